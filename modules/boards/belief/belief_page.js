// The belief check on a phone: each belief on the round's scale, the answer's status, and the
// room's results once the facilitator reveals them.
import { $, app, changed, page, renderResults, say, scaleGroup, statusLine, statusesFor, withoutCount }
  from './page.js';
import { t } from './i18n.js';
import { submit } from './outbox.js';

export const name = 'belief';
export const screen = 'belief';

const mine = {}; // round -> [value per belief] as acknowledged or pending

export function canShow(s) { return !!s.round; }
export function item(s) { return 'round ' + s.round.number; }

export function welcome(msg) {
  if (msg.mine) mine[msg.mine.round] = msg.mine.answers.slice();
}

function answer(round, belief, value) {
  const show = () => { (mine[round] = mine[round] || [-1, -1, -1])[belief] = value; };
  submit('b:' + round + ':' + belief, { type: 'answer', round, belief, value }, { show });
  page.renderBoard();
}

export function render() {
  const s = app.state;
  if (!s || !s.round) return;
  const r = s.round;
  if (!changed('belief', [withoutCount(r), mine[r.number], statusesFor('b:' + r.number + ':')])) return;
  if (r.open) say($('belief-status'), 'belief.open', { round: r.number, min: r.scale_min, max: r.scale_max });
  else say($('belief-status'), r.revealed ? 'belief.closedRevealed' : 'belief.closedHidden');
  const answers = mine[r.number] || [-1, -1, -1];
  const root = $('statements');
  root.replaceChildren();
  r.statements.forEach((text, belief) => {
    const card = document.createElement('div');
    card.className = 'card';
    const h = document.createElement('h2');
    h.id = 'belief-' + belief;
    h.textContent = text;
    const scale = scaleGroup(r.scale_min, r.scale_max, answers[belief], h.id, !r.open, (v) => answer(r.number, belief, v));
    const ends = document.createElement('div');
    ends.className = 'ends';
    const lo = document.createElement('span');
    lo.textContent = t('scale.disagree');
    const hi = document.createElement('span');
    hi.textContent = t('scale.agree');
    ends.append(lo, hi);
    const state = statusLine('b:' + r.number + ':' + belief, answers[belief] >= r.scale_min);
    card.append(h, scale, ends, state);
    if (r.results) card.append(...renderResults(r.results[belief], r.scale_min, r.open));
    root.append(card);
  });
}
