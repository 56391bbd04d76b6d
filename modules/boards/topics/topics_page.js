// Topics and flags on a phone: the anonymous flag, raised from any board, and the waiting screen
// with the topic under discussion, which also shows whenever the board on the projector has
// nothing for phones yet.
import { $, app, page, radioKeys, say, show, showState } from './page.js';
import { t } from './i18n.js';
import { submit } from './outbox.js';

export const name = 'topics';
export const screen = 'waiting';
export const fallback = true; // the screen while there is nothing to answer

let flagOpen = false;
let flagKind = '';
let flagSent = false; // a flag sent since the form opened: its status line shows

export function canShow() { return true; }

export function render() {
  const s = app.state;
  if (s && s.topic) say($('waiting-text'), 'waiting.topic', { topic: s.topic });
  else say($('waiting-text'), 'waiting.text');
}

// The flag button is there once the participant has a group; the form, while open, is the screen.
export function beforeRender() {
  $('raise-flag').hidden = !app.group;
  if (!flagOpen) return false;
  if (flagSent) renderFlagState(); // in the language chosen, should it change while the form is open
  show('flag');
  return true;
}

function openFlag(open) {
  flagOpen = open;
  if (open) {
    flagKind = '';
    flagSent = false;
    for (const b of document.querySelectorAll('#flag [data-kind]')) b.setAttribute('aria-checked', 'false');
    $('flag-send').disabled = true;
    $('flag-state').textContent = '';
    $('flag-state').className = 'state';
  }
  page.render();
}

function renderFlagState() {
  const el = showState($('flag-state'), app.status.flag, t('status.sending'), t('flag.saved'));
  // A flag raised again too soon is an ordinary wait (the first still counts), not an error.
  if (el.classList.contains('error') && app.refusedCode.flag === 'conflict') el.className = 'state';
}

function raiseFlag(kind, words) {
  const msg = { type: 'flag', kind };
  if (words) msg.words = words;
  flagSent = true;
  submit('flag', msg, { settled: renderFlagState });
  renderFlagState();
}

export function init() {
  // The flag button, in the header: reachable from every board, covering none of it.
  const raise = document.createElement('button');
  raise.id = 'raise-flag';
  raise.type = 'button';
  raise.className = 'quiet flag';
  raise.hidden = true;
  say(raise, 'flag.button');
  $('link').after(raise);
  raise.addEventListener('click', () => openFlag(true));
  $('flag-back').addEventListener('click', () => openFlag(false));
  radioKeys(document.querySelector('#flag .choices'));
  for (const b of document.querySelectorAll('#flag [data-kind]')) {
    b.addEventListener('click', () => {
      flagKind = b.dataset.kind;
      for (const other of document.querySelectorAll('#flag [data-kind]')) {
        other.setAttribute('aria-checked', String(other === b));
      }
      $('flag-send').disabled = false;
    });
  }
  $('flag-send').addEventListener('click', () => {
    if (!flagKind) return;
    raiseFlag(flagKind, $('flag-words').value.trim());
    $('flag-words').value = '';
  });
}
