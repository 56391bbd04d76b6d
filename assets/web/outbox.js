// Answers on their way: each is kept until the server acknowledges it (after it is stored), sent
// again on a fresh connection if the old one dropped, and its status line shows where it is.
import { announce, app, PROTOCOL, page } from './page.js';
import { serverText, t } from './i18n.js';

export function send(msg) {
  if (app.ws && app.ws.readyState === WebSocket.OPEN) {
    app.ws.send(JSON.stringify(Object.assign({ v: PROTOCOL }, msg)));
    if (msg.id !== undefined && app.waitingSince === null) app.waitingSince = Date.now();
    return true;
  }
  return false;
}

// Sends `message` under a fresh id. `key` names what it answers ("b:<round>:<belief>", "flag",
// ...). `show` puts the participant's choice on the page ahead of the server (again after a
// reconnect, over what the welcome brought back) and may return how to undo it if the server
// refuses. Once acknowledged or refused, `settled` redraws (default: the board on show).
export function submit(key, message, { settled, show } = {}) {
  const id = app.nextId++;
  const failed = show ? show() : undefined;
  app.pending.set(id, { key, message, settled, show, failed });
  app.status[key] = 'saving';
  send(Object.assign({ id }, message));
}

function latestPendingFor(key) {
  let found;
  for (const p of app.pending.values()) if (p.key === key) found = p;
  return found;
}

// Answers not yet acknowledged when the connection dropped are sent again; the server keeps one
// answer per question, so a repeat changes nothing.
export function resendPending() {
  const again = [...app.pending.values()];
  app.pending.clear();
  for (const p of again) submit(p.key, p.message, p);
}

// Redraws, then reads out what the answer's status line now says (that it is in, or why not).
function settle(p) {
  if (app.pending.size === 0) app.waitingSince = null;
  (p.settled || page.renderBoard)();
  // The words of the status line, unless it was not redrawn (a note being typed keeps its card).
  const st = app.status[p.key];
  if (st === 'saving') return;
  const line = document.querySelector('[data-status-key="' + CSS.escape(p.key) + '"]');
  const shown = line ? line.textContent : '';
  announce(st === 'saved' ? (shown.startsWith('✓') ? shown : t('status.savedShort')) : serverText(st));
}

export function acknowledged(msg) {
  const p = app.pending.get(msg.id);
  if (!p) return;
  app.pending.delete(msg.id);
  if (latestPendingFor(p.key) === undefined) app.status[p.key] = 'saved';
  settle(p);
}

// An error for a message we sent: its status line says why. False when it answers none of ours.
export function refused(msg) {
  const p = app.pending.get(msg.id);
  if (!p) return false;
  app.pending.delete(msg.id);
  app.status[p.key] = msg.message;
  app.refusedCode[p.key] = msg.code;
  if (p.failed) p.failed();
  settle(p);
  return true;
}
