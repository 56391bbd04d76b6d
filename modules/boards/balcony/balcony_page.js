// The view from the balcony on a phone: the patterns the screen shows, to read up close. Nothing
// to answer here.
import { $, app, changed, say } from './page.js';

export const name = 'balcony';
export const screen = 'balcony';

export function canShow(s) { return !!s.balcony; }

export function render() {
  const b = app.state && app.state.balcony;
  if (!b || !changed('balcony', b)) return;
  const list = $('balcony-patterns');
  list.replaceChildren();
  if (!b.patterns.length) {
    const none = document.createElement('li');
    say(none, 'balcony.none');
    list.append(none);
  }
  for (const p of b.patterns) {
    const li = document.createElement('li');
    const heading = document.createElement('strong');
    heading.textContent = p.heading + ': ';
    li.append(heading, document.createTextNode(p.sentence));
    list.append(li);
  }
}
