// Reflection on a phone: the stage of the learning cycle with its questions (and the lens, if
// any); the participant writes privately first. Drafts are kept in this phone's own storage and
// never sent; "Share with the room" sends one draft, anonymously, for the facilitator to approve,
// with the dimension it touches if the participant says. Below, what the room has shared.
import { $, announce, app, changed, page, say, statusLine, statusesFor } from './page.js';
import { t } from './i18n.js';
import { submit } from './outbox.js';

export const name = 'reflection';
export const screen = 'reflection';
export function item(s) { return s.reflection && s.reflection.round ? 'round ' + s.reflection.round.number : ''; }

const DIMENSIONS = ['feeling', 'perceiving', 'thinking', 'relating', 'doing', 'being'];
let drafts = [];   // [{id, text, dimension, shared}] on this phone only
let loadedFor = '';

export function canShow(s) { return !!(s.reflection && s.reflection.round); }

// Drafts are kept per room, in this browser's storage: a reload or a dropped connection loses none.
function storageKey() { return 'balcony.reflection.' + (app.room || '').toUpperCase(); }
function load() {
  if (loadedFor === storageKey()) return;
  loadedFor = storageKey();
  try { drafts = JSON.parse(localStorage.getItem(loadedFor) || '[]'); } catch { drafts = []; }
  if (!Array.isArray(drafts)) drafts = [];
}
function save() {
  try { localStorage.setItem(storageKey(), JSON.stringify(drafts)); } catch { /* storage full or off: kept in the page */ }
}

export function welcome(msg) {
  load();
  // What this phone shared before a reload: marked shared again, so it is not sent twice.
  for (const m of msg.mine_reflections || []) {
    const d = drafts.find((x) => x.text === m.text);
    if (d) d.shared = true;
  }
}

function share(d) {
  const msg = { type: 'reflection', text: d.text };
  if (d.dimension) msg.dimension = d.dimension;
  const key = 'r:' + d.id;
  // Marked shared on this phone only once Balcony has it (acknowledged): a reload before then
  // leaves the draft as it was, to share again (Balcony keeps one copy of the same words).
  submit(key, msg, {
    settled: () => {
      if (app.status[key] === 'saved') { d.shared = true; save(); }
      page.renderBoard();
    },
  });
  page.renderBoard();
}

function draftCard(d, open) {
  const card = document.createElement('div');
  card.className = 'card';
  const text = document.createElement('p');
  text.className = 'statement';
  text.textContent = d.text;
  card.append(text);
  if (!d.shared) {
    const label = document.createElement('label');
    label.htmlFor = 'dim-' + d.id;
    label.textContent = t('reflection.dimensionLabel');
    const select = document.createElement('select');
    select.id = 'dim-' + d.id;
    select.dataset.key = 'dim:' + d.id; // keeps the focus when the list is drawn again
    const none = document.createElement('option');
    none.value = '';
    none.textContent = t('reflection.dimensionNone');
    select.append(none);
    for (const dim of DIMENSIONS) {
      const o = document.createElement('option');
      o.value = dim;
      o.textContent = t('reflection.dim.' + dim);
      o.selected = d.dimension === dim;
      select.append(o);
    }
    select.addEventListener('change', () => { d.dimension = select.value; save(); });
    const shareButton = document.createElement('button');
    shareButton.type = 'button';
    shareButton.className = 'primary';
    shareButton.disabled = !open || app.status['r:' + d.id] === 'saving';
    shareButton.dataset.key = 'share:' + d.id;
    shareButton.textContent = t('reflection.share');
    shareButton.setAttribute('aria-label', t('reflection.shareLabel', { text: d.text.slice(0, 40) }));
    shareButton.addEventListener('click', () => share(d));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'quiet';
    remove.dataset.key = 'delete:' + d.id;
    remove.textContent = t('reflection.delete');
    remove.setAttribute('aria-label', t('reflection.deleteLabel', { text: d.text.slice(0, 40) }));
    remove.addEventListener('click', () => {
      drafts = drafts.filter((x) => x !== d);
      save();
      page.renderBoard();
    });
    card.append(label, select, shareButton, remove);
  }
  const key = 'r:' + d.id;
  if (d.shared || app.status[key]) card.append(statusLine(key, d.shared, t('status.awaitingApproval')));
  return card;
}

export function render() {
  const r = app.state && app.state.reflection;
  if (!r || !r.round) return;
  load();
  if (!changed('reflection', [r, drafts, statusesFor('r:')])) return;
  const round = r.round;
  say($('reflection-stage'), 'reflection.stage.' + round.stage.replace(/-/g, ''));
  const lens = $('reflection-lens');
  lens.hidden = round.lens === 'none';
  if (!lens.hidden) say(lens, 'reflection.lens.' + round.lens.replace(/[ -]/g, ''));
  const questions = $('reflection-questions');
  questions.replaceChildren();
  for (const q of round.questions) {
    const li = document.createElement('li');
    li.textContent = q; // the facilitator's words, as typed
    questions.append(li);
  }
  $('reflection-closed').hidden = round.open;
  const list = $('reflection-drafts');
  list.replaceChildren();
  if (!drafts.length) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = t('reflection.noDrafts');
    list.append(none);
  }
  for (const d of drafts) list.append(draftCard(d, round.open));
  const shared = $('reflection-shared');
  shared.replaceChildren();
  if (!r.shared.length) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = t('reflection.nothingShared');
    shared.append(none);
  }
  for (const s of r.shared) {
    const card = document.createElement('div');
    card.className = 'card';
    const text = document.createElement('p');
    text.className = 'statement';
    text.textContent = s.text;
    card.append(text);
    if (s.dimension !== 'none') {
      const tag = document.createElement('p');
      tag.className = 'hint';
      tag.textContent = t('reflection.dim.' + s.dimension);
      card.append(tag);
    }
    shared.append(card);
  }
}

export function init() {
  $('reflection-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('reflection-text').value.trim();
    if (!text) return;
    load();
    drafts.push({ id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), text, dimension: '', shared: false });
    save();
    $('reflection-text').value = '';
    announce(t('reflection.kept'));
    page.renderBoard();
  });
}
