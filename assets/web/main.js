// The participant page's frame: which screen shows (joining, the group, the board on the
// projector), the group chooser, and the start. Each board's part is its own module
// (modules/boards/<board>/<board>_page.js), listed in the generated boards.js.
import { $, app, changed, forgetRendered, keepFocus, page, say, show, translateMarked,
  unsay } from './page.js';
import { direction, haveCatalogues, language, languages, preferredLanguage, setCatalogues, storeLanguage, storedLanguage,
  useLanguage } from './i18n.js';
import { connect, join, storageKey } from './connection.js';
import { send } from './outbox.js';
import { boards } from './boards.js';

// The board on the projector, if it has something for phones now; else the board that shows
// while there is nothing to answer (the waiting screen).
function boardShowing(s) {
  return boards.find((b) => b.name === s.board && b.canShow(s)) || boards.find((b) => b.fallback);
}

function renderGroups() {
  if (!changed('groups', [app.state.groups, app.group])) return;
  const list = $('group-list');
  list.replaceChildren();
  for (const g of app.state.groups) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = g;
    b.setAttribute('aria-pressed', String(g === app.group));
    b.dataset.key = 'group:' + g;
    b.addEventListener('click', () => send({ type: 'group', group: g }));
    list.append(b);
  }
}

page.render = () => {
  if (!app.joined) return;
  // A board may take the whole screen for a moment (the flag form).
  for (const b of boards) if (b.beforeRender && b.beforeRender()) return;
  const s = app.state;
  $('title').textContent = s ? s.title : '';
  if (app.group) say($('me'), 'footer.answeringAs', { group: app.group }); else unsay($('me'));
  $('change-group').hidden = !app.group;
  if (!s) return;
  if (!app.group) {
    renderGroups();
    $('group-back').hidden = true;
    show('group');
    return;
  }
  if (!$('group-back').hidden) return; // choosing another group: the board waits behind it
  const board = boardShowing(s);
  keepFocus(() => board.render());
  show(board.screen, board.item ? board.item(s) : '');
};

page.renderBoard = () => {
  if (app.state) keepFocus(() => boardShowing(app.state).render());
};

$('join-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const room = $('room').value.trim().toUpperCase();
  if (!/^[A-Z0-9]{4}$/.test(room)) {
    say($('join-error'), 'join.badCode');
    return;
  }
  app.room = room;
  try { app.token = localStorage.getItem(storageKey(room)) || ''; } catch { app.token = ''; }
  if (!join()) {
    say($('join-error'), 'join.notConnected');
  }
});

$('change-group').addEventListener('click', () => {
  renderGroups();
  $('group-back').hidden = false;
  show('group');
});

// Back from "Change group" to the board, in the group already chosen.
$('group-back').addEventListener('click', () => {
  $('group-back').hidden = true;
  page.render();
});

// The page's words in the chosen language, the page laid out in its direction, and every board
// drawn again in it (the facilitator's text stays as typed).
function applyLanguage() {
  document.documentElement.lang = language();
  document.documentElement.dir = direction();
  translateMarked();
  const picker = $('language');
  if (picker.value !== language()) picker.value = language();
  forgetRendered();
  page.render();
  // Not joined (reconnecting): the board behind still shows, so it is drawn again in the language too.
  if (!app.joined) page.renderBoard();
}

function setUpLanguages() {
  setCatalogues(window.balconyCatalogues);
  if (!haveCatalogues()) {
    // catalogues.js did not arrive: the page's English stays, and says to reload.
    $('link').textContent = 'The page did not load completely. Please reload it.';
    $('link').classList.add('down');
    return;
  }
  useLanguage(preferredLanguage(storedLanguage(), navigator.languages || [navigator.language]));
  const picker = $('language');
  for (const l of languages()) {
    const option = document.createElement('option');
    option.value = l.code;
    option.lang = l.code;
    option.textContent = l.name;
    picker.append(option);
  }
  picker.addEventListener('change', () => {
    useLanguage(picker.value);
    storeLanguage(language());
    applyLanguage();
  });
  applyLanguage();
}

setUpLanguages();
for (const board of boards) if (board.init) board.init();

const params = new URLSearchParams(location.search);
let room = (params.get('room') || '').toUpperCase();
if (!room) {
  try { room = localStorage.getItem('balcony.room') || ''; } catch { room = ''; }
}
if (/^[A-Z0-9]{4}$/.test(room)) {
  app.room = room;
  $('room').value = room;
  try { app.token = localStorage.getItem(storageKey(room)) || ''; } catch { app.token = ''; }
}
connect();
