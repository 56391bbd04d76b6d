// What every part of the participant page shares: its state, its screens, and the small builders
// of status lines, scale buttons and result bars. Plain JavaScript, no framework, nothing from
// outside. Participant and server text is only ever set with textContent, never parsed as HTML.
// The page's own words come from i18n.js (t); the facilitator's and participants' text as typed.
import { direction, haveCatalogues, serverText, t } from './i18n.js';

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
  refusedCode: {},      // the same key -> the code of the server's last refusal
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

// Says something to screen readers without moving focus (the page's one polite live region).
// Set afresh each time, so that the same words said twice are read twice.
let announceTimer = null;
export function announce(text) {
  const el = $('announce');
  if (!el || !text) return;
  clearTimeout(announceTimer);
  el.textContent = '';
  announceTimer = setTimeout(() => { el.textContent = text; }, 50);
}

// Sets a live region's words only when they change: a redraw for someone else's vote is not news.
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

// Shows one screen. A new screen, or a new item on it (the next poll, prompt or round: `item`),
// starts at its top with its heading focused, which a screen reader reads out, so a keyboard or
// screen-reader user is where a sighted one looks; the same item again keeps its place.
let shownScreen = '';
export function show(id, item = '') {
  for (const s of document.querySelectorAll('.screen')) s.hidden = s.id !== id;
  document.body.dataset.screen = id; // the join screen has no group line and no flag (style.css)
  const key = id + '|' + item;
  if (key === shownScreen) return;
  const first = shownScreen === '';
  shownScreen = key;
  window.scrollTo(0, 0);
  const heading = document.querySelector('#' + id + ' h1');
  if (!heading || first) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

// Redraws with `draw` and puts the keyboard focus back where it was: a board is rebuilt when what
// it shows changes, and the button that had focus is then a new one with the same data-key.
export function keepFocus(draw) {
  const active = document.activeElement;
  const key = active && active.dataset ? active.dataset.key : undefined;
  draw();
  if (key === undefined || document.body.contains(active)) return;
  const again = document.querySelector('[data-key="' + CSS.escape(key) + '"]');
  if (again) again.focus({ preventScroll: true });
}

// Puts the words for `key` in an element that stays on the page (a heading, a status line), marked
// so that choosing another language puts them in that language; a live region is told only of
// words that changed.
export function say(el, key, vars) {
  el.dataset.i18n = key;
  if (vars) el.dataset.i18nVars = JSON.stringify(vars); else delete el.dataset.i18nVars;
  delete el.dataset.server;
  setText(el, t(key, vars));
}

// Empties an element said with say() or sayServer().
export function unsay(el) {
  delete el.dataset.i18n;
  delete el.dataset.i18nVars;
  delete el.dataset.server;
  setText(el, '');
}

// The same for a message from the server (kept in English, shown in the language chosen).
export function sayServer(el, message) {
  delete el.dataset.i18n;
  delete el.dataset.i18nVars;
  el.dataset.server = message;
  setText(el, serverText(message));
}

// Everything said with say() or sayServer(), and each data-i18n-label, in the language now chosen.
export function translateMarked(root = document) {
  if (!haveCatalogues()) return; // the words already in the page stay
  for (const el of root.querySelectorAll('[data-i18n]')) {
    setText(el, t(el.dataset.i18n, el.dataset.i18nVars ? JSON.parse(el.dataset.i18nVars) : undefined));
  }
  for (const el of root.querySelectorAll('[data-server]')) setText(el, serverText(el.dataset.server));
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
}

// The connection's state in the header: a key of the catalogue, or the server's own message.
export function setLink(key, down, fromServer = false) {
  const el = $('link');
  if (fromServer) sayServer(el, key); else say(el, key);
  el.classList.toggle('down', !!down);
}

// One status line for anything sent: pending, in (after the server's acknowledgement), or why not.
// `pendingText` and `savedText` are the page's own words; a refusal is the server's message.
export function showState(el, st, pendingText, savedText) {
  el.className = 'state';
  if (st === 'saving') setText(el, pendingText);
  else if (st === 'saved') {
    setText(el, savedText);
    el.classList.add('saved');
  } else if (st) {
    setText(el, serverText(st));
    el.classList.add('error');
  } else setText(el, '');
  return el;
}

// The status line of one answer; what it says once saved is read out when the answer goes in.
export function statusLine(key, answered, savedText = t('status.saved')) {
  const st = app.status[key] === undefined && answered ? 'saved' : app.status[key];
  const el = showState(document.createElement('p'), st, t('status.saving'), savedText);
  el.dataset.statusKey = key;
  return el;
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

// Every board drawn afresh on the next render (another language was chosen).
export function forgetRendered() {
  for (const name of Object.keys(renderedKeys)) delete renderedKeys[name];
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
// As a radio group should: one Tab stop (the chosen value, else the first), the arrow keys, Home
// and End move to a value and choose it.
export function scaleGroup(min, max, selected, labelledBy, disabled, onPick) {
  const scale = document.createElement('div');
  scale.className = 'scale' + (max - min + 1 > 7 ? ' wide' : '');
  scale.setAttribute('role', 'radiogroup');
  scale.setAttribute('aria-labelledby', labelledBy);
  const stop = selected >= min && selected <= max ? selected : min;
  for (let v = min; v <= max; v++) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = String(v);
    b.dataset.key = labelledBy + ':' + v;
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', String(selected === v));
    b.setAttribute('aria-label', t('scale.valueOf', { value: v, max }));
    b.tabIndex = v === stop ? 0 : -1;
    b.disabled = disabled;
    b.addEventListener('click', () => onPick(v));
    scale.append(b);
  }
  scale.addEventListener('keydown', (e) => {
    const at = Number(e.target.textContent);
    const forward = direction() === 'rtl' ? -1 : 1; // right to left, the next value is to the left
    const to = { ArrowRight: at + forward, ArrowDown: at + 1, ArrowLeft: at - forward, ArrowUp: at - 1, Home: min,
      End: max }[e.key];
    if (to === undefined || disabled) return;
    e.preventDefault();
    const v = Math.min(max, Math.max(min, to));
    const target = scale.querySelector('[data-key="' + CSS.escape(labelledBy + ':' + v) + '"]');
    if (target) target.focus();
    if (v !== selected) onPick(v);
  });
  return scale;
}

// Below the privacy threshold even the whole room's result would be someone's own answer.
export function withheldNote(open) {
  const few = document.createElement('p');
  few.className = 'summary';
  few.textContent = t(open ? 'results.withheldOpen' : 'results.withheld');
  return few;
}

// Makes a role="radiogroup" of buttons keyboard-friendly after they are added: one Tab stop (the
// checked one, else the first), and the arrow keys, Home and End move to a choice and take it.
export function radioKeys(group) {
  const buttons = [...group.querySelectorAll('[role="radio"]')];
  const checked = buttons.findIndex((b) => b.getAttribute('aria-checked') === 'true');
  buttons.forEach((b, i) => { b.tabIndex = i === Math.max(0, checked) ? 0 : -1; });
  // A group that is not rebuilt on a choice (the flag's) moves its Tab stop itself.
  for (const b of buttons) b.addEventListener('click', () => { for (const o of buttons) o.tabIndex = o === b ? 0 : -1; });
  group.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(e.target);
    const forward = direction() === 'rtl' ? -1 : 1;
    const to = { ArrowRight: at + forward, ArrowDown: at + 1, ArrowLeft: at - forward, ArrowUp: at - 1,
      Home: 0, End: buttons.length - 1 }[e.key];
    if (at < 0 || to === undefined) return;
    e.preventDefault();
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, to))];
    if (next.disabled) return;
    next.focus();
    if (next.getAttribute('aria-checked') !== 'true') next.click();
  });
  return group;
}

// One decimal, halves away from zero: the rule the exports and the projector use too (3.25 is 3.3).
export function oneDecimal(x) {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9) / 10).toFixed(1);
}

// A share, 0 to 1, as a whole percentage, by the same rule (core::percentFigure): 0.125 is 13.
export function percent(share) {
  return Math.sign(share) * Math.round(Math.abs(share) * 100 + 1e-9);
}

// The room's answers on a scale, as bars and as words.
export function renderResults(res, scaleMin, open) {
  if (res.withheld) return [withheldNote(open)];
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
  summary.textContent = res.answered === 0 ? t('results.none') : t('results.summary', {
    median: oneDecimal(res.median), mean: oneDecimal(res.mean), count: res.answered, min: scaleMin,
    counts: res.counts.join(', '),
  });
  return [chart, summary];
}
