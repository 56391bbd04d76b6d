// The live connection: joining (with the token this phone kept), reconnecting by itself when the
// phone sleeps or the Wi-Fi drops, and handing each message from the server to whoever it is for.
import { $, app, page, sayServer, setLink, show } from './page.js';
import { acknowledged, refused, resendPending, send } from './outbox.js';
import { boards } from './boards.js';

// A connection can die without a word (Wi-Fi gone, the phone moved to another network): the page
// would say "Connected" and "Saving…" for minutes. An answer left unacknowledged this long, or the
// phone coming back online, starts a fresh connection; unacknowledged answers are sent again.
const kAckTimeoutMs = 6000;

export function storageKey(room) { return 'balcony.token.' + room.toUpperCase(); }

// Leaves the current connection (it may be dead without knowing it) and connects again at once.
function reconnectNow() {
  const old = app.ws;
  if (old) {
    old.onopen = old.onmessage = old.onclose = null;
    try { old.close(); } catch { /* already closed */ }
  }
  clearTimeout(app.retryTimer);
  app.ws = null;
  app.joined = false;
  app.retry = 0;
  app.waitingSince = null;
  connect();
}

export function connect() {
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  const ws = new WebSocket(scheme + location.host + '/ws');
  app.ws = ws;
  setLink('link.connecting');
  ws.onopen = () => {
    app.retry = 0;
    setLink('link.connected');
    if (app.room) join();
    else show('join');
  };
  ws.onmessage = (e) => {
    let msg;
    try { msg = JSON.parse(e.data); } catch { return; }
    // Anything from the server shows the connection is alive: keep waiting for the ack.
    if (app.waitingSince !== null) app.waitingSince = Date.now();
    handle(msg);
  };
  ws.onclose = () => {
    app.ws = null;
    const onTheForm = !app.room && !app.joined;
    app.joined = false;
    app.waitingSince = null;
    if (onTheForm) {
      // Someone still typing the room code: the server lets an idle connection go after a while;
      // connect again quietly so the form works when they press Join.
      app.retryTimer = setTimeout(connect, 500);
      return;
    }
    // A sleeping phone or a dropped Wi-Fi: try again, a little slower each time, up to 10 s.
    const delay = Math.min(10000, 500 * Math.pow(2, app.retry++));
    setLink('link.reconnecting', true);
    app.retryTimer = setTimeout(connect, delay);
  };
}

setInterval(() => {
  if (app.waitingSince !== null && app.pending.size > 0 && Date.now() - app.waitingSince > kAckTimeoutMs) {
    reconnectNow();
  }
}, 1000);
window.addEventListener('offline', () => setLink('link.offline', true));
window.addEventListener('online', () => {
  if (app.pending.size > 0 || !app.ws || app.ws.readyState !== WebSocket.OPEN) reconnectNow();
  else setLink('link.connected');
});

export function join() {
  const msg = { type: 'join', room: app.room };
  if (app.token) msg.token = app.token;
  return send(msg);
}

function welcome(msg) {
  app.joined = true;
  setLink('link.connected');
  app.token = msg.token;
  app.group = msg.group || '';
  try {
    localStorage.setItem(storageKey(app.room), app.token);
    localStorage.setItem('balcony.room', app.room);
  } catch { /* private browsing: the participant rejoins by hand after a reload */ }
  if (new URLSearchParams(location.search).get('room') !== app.room) {
    history.replaceState(null, '', '/?room=' + encodeURIComponent(app.room));
  }
  // Each board takes back what this participant had answered (its "mine_..." fields).
  for (const board of boards) if (board.welcome) board.welcome(msg);
  sayServer($('join-error'), '');
  $('group-back').hidden = true; // a group chosen (or the same again): back to the board
  resendPending();
  page.render();
}

function handle(msg) {
  switch (msg.type) {
    case 'welcome':
      welcome(msg);
      break;
    case 'state':
      app.state = msg;
      page.render();
      break;
    case 'ack':
      acknowledged(msg);
      break;
    case 'error':
      handleError(msg);
      break;
  }
}

// A join the server could not take yet (many joining from this network, waiting for the
// facilitator to let them in; the engine busy; wrong room codes from here): tried again by itself,
// the longer wait after wrong codes.
const kJoinRetryMs = { waiting_admission: 3000, busy_joining: 2000, busy: 2000, slow_down: 60000 };

function handleError(msg) {
  if (!app.joined && kJoinRetryMs[msg.code] !== undefined && app.room) {
    setLink(msg.message, true, true);
    clearTimeout(app.retryTimer);
    app.retryTimer = setTimeout(() => {
      if (!app.joined && app.ws && app.ws.readyState === WebSocket.OPEN) join();
    }, kJoinRetryMs[msg.code]);
    return;
  }
  if (msg.code === 'wrong_room' || msg.code === 'session_ended' || msg.code === 'kept_out' ||
      (!app.joined && msg.code === 'bad_field')) {
    app.room = '';
    app.group = '';
    // A code from a session that has ended is no use to correct: the field waits for the new one.
    if (msg.code === 'session_ended') $('room').value = '';
    show('join');
    sayServer($('join-error'), msg.message);
    return;
  }
  if (!refused(msg)) setLink(msg.message, true, true);
}
