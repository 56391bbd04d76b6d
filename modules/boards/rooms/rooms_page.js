// The rooms board on a phone: each room's belief means, to read up close. Nothing to answer here.
import { $, app, changed, oneDecimal, say } from './page.js';

export const name = 'rooms';
export const screen = 'rooms';

export function canShow(s) { return !!s.rooms; }

export function render() {
  const r = app.state && app.state.rooms;
  if (!r || !changed('rooms', r)) return;
  const table = $('rooms-table');
  table.replaceChildren();
  if (!r.rooms.length) {
    const row = table.insertRow();
    say(row.insertCell(), 'rooms.none');
    return;
  }
  const head = table.createTHead().insertRow();
  const corner = document.createElement('th');
  say(corner, 'rooms.room');
  head.append(corner);
  for (const s of r.statements) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = s;
    head.append(th);
  }
  const body = table.createTBody();
  for (const room of r.rooms) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = room.room;
    if (room.link !== 'live') {
      const state = document.createElement('span');
      state.className = 'muted';
      say(state, 'rooms.' + room.link);
      th.append(' ', state);
    }
    row.append(th);
    for (let i = 0; i < r.statements.length; i++) {
      const m = room.means[i];
      row.insertCell().textContent = m === null || m === undefined ? '–' : oneDecimal(m);
    }
  }
}
