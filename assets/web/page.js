// What every part of the participant page shares: its state, its screens, and the small builders
// of status lines, scale buttons and result bars. Plain JavaScript, no framework, nothing from
// outside. Participant and server text is only ever set with textContent, never parsed as HTML.

export const PROTOCOL = 1;
export const $ = (id) => document.getElementById(id);

export const app = {
  ws: null,
  room: '',
  token: '',
  group: '',
  joined: false,
  state: null,          // the latest board state from the server
  pending: new Map(),   // request id -> {key, message, settled, failed}, until acknowledged
  status: {},           // what an answer is keyed by -> 'saving' | 'saved' | error text
  nextId: 1,
  retry: 0,
  retryTimer: null,
  waitingSince: null,   // when the oldest unacknowledged message was sent (null: nothing awaited)
};

// Set by main.js: draw the whole page, or only the board on show (after an acknowledgement).
export const page = {
  render: () => {},
  renderBoard: () => {},
};

export function show(id) {
  for (const s of document.querySelectorAll('.screen')) s.hidden = s.id !== id;
  document.body.dataset.screen = id; // the join screen has no group line and no flag (style.css)
}

export function setLink(text, down) {
  const el = $('link');
  el.textContent = text;
  el.classList.toggle('down', !!down);
}

// One status line for anything sent: pending, in (after the server's acknowledgement), or why not.
export function showState(el, st, pendingText, savedText) {
  el.className = 'state';
  if (st === 'saving') el.textContent = pendingText;
  else if (st === 'saved') {
    el.textContent = savedText;
    el.classList.add('saved');
  } else if (st) {
    el.textContent = st;
    el.classList.add('error');
  } else el.textContent = '';
  return el;
}

export const kAwaitingApproval = '✓ Sent. It appears for everyone once the facilitator approves it.';

export function statusLine(key, answered) {
  const st = app.status[key] === undefined && answered ? 'saved' : app.status[key];
  return showState(document.createElement('p'), st, 'Saving…', '✓ Your answer is in');
}

// A board is rebuilt only when what it shows has changed. Broadcasts arrive up to ten times a
// second in a busy room (other people's answers change the counts); rebuilding the buttons each
// time would swallow a tap that lands while its button is being replaced.
const renderedKeys = {};
export function changed(name, value) {
  const key = JSON.stringify(value);
  if (renderedKeys[name] === key) return false;
  renderedKeys[name] = key;
  return true;
}

export function statusesFor(prefix) {
  const out = {};
  for (const [k, v] of Object.entries(app.status)) if (k.startsWith(prefix)) out[k] = v;
  return out;
}

export function withoutCount(obj) {
  if (!obj) return obj;
  const { answered, ...rest } = obj;  // eslint-disable-line no-unused-vars
  return rest;
}

// A row of scale buttons (a radio group labelled by a heading); `onPick` gets the value tapped.
export function scaleGroup(min, max, selected, labelledBy, disabled, onPick) {
  const scale = document.createElement('div');
  scale.className = 'scale' + (max - min + 1 > 7 ? ' wide' : '');
  scale.setAttribute('role', 'radiogroup');
  scale.setAttribute('aria-labelledby', labelledBy);
  for (let v = min; v <= max; v++) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = String(v);
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', String(selected === v));
    b.setAttribute('aria-label', v + ' of ' + max);
    b.disabled = disabled;
    b.addEventListener('click', () => onPick(v));
    scale.append(b);
  }
  return scale;
}

// The room's answers on a scale, as bars and as words.
export function renderResults(res, scaleMin) {
  const chart = document.createElement('div');
  chart.className = 'results';
  chart.setAttribute('aria-hidden', 'true');
  const max = Math.max(1, ...res.counts);
  res.counts.forEach((c) => {
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.style.height = (100 * c / max) + '%';
    const label = document.createElement('span');
    label.textContent = String(c);
    bar.append(label);
    chart.append(bar);
  });
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = res.answered === 0 ? 'No answers.' :
    'The room: median ' + res.median.toFixed(1) + ', mean ' + res.mean.toFixed(1) + ', ' + res.answered +
    ' answered. Counts from ' + scaleMin + ' upwards: ' + res.counts.join(', ') + '.';
  return [chart, summary];
}
