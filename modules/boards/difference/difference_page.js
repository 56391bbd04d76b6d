// Difference surfacing on a phone: the prompt rated from where the participant sits, with an
// optional note; the approved statements to agree or disagree with; and a statement of one's own.
import { $, app, changed, page, radioKeys, scaleGroup, showState, statusLine, statusesFor, withoutCount }
  from './page.js';
import { t } from './i18n.js';
import { submit } from './outbox.js';

export const name = 'difference';
export const screen = 'difference';
export function item(s) { return s.difference && s.difference.prompt ? 'prompt ' + s.difference.prompt.number : ''; }

const minePrompt = {}; // prompt -> {rating, note}
const mineVotes = {};  // statement id -> 'agree' | 'disagree' | 'pass'
const noteDraft = {};  // prompt -> text being typed, kept across re-renders

export function canShow() { return true; }

export function welcome(msg) {
  if (msg.mine_prompt) minePrompt[msg.mine_prompt.prompt] = { rating: msg.mine_prompt.rating, note: msg.mine_prompt.note };
  if (msg.mine_votes) Object.assign(mineVotes, msg.mine_votes);
}

function answerPrompt(prompt, rating, note) {
  const show = () => {
    const mine = minePrompt[prompt] || { rating: null, note: '' };
    minePrompt[prompt] = { rating, note: note || mine.note };
  };
  const msg = { type: 'prompt_answer', prompt, rating };
  if (note) msg.note = note;
  submit('d:' + prompt, msg, { show });
  page.renderBoard();
}

function vote(statement, choice) {
  const show = () => { mineVotes[statement] = choice; };
  submit('s:' + statement, { type: 'vote', statement, vote: choice }, { show });
  page.renderBoard();
}

function submitStatement(text) {
  submit('new-statement', { type: 'statement', text });
  page.renderBoard(); // not just the status line: the board must remember "saving", or the ack changes nothing
}

function renderStatementState() {
  showState($('statement-state'), app.status['new-statement'], t('status.sending'), t('status.awaitingApproval'));
}

function promptCard(p) {
  const mine = minePrompt[p.number] || { rating: null, note: '' };
  const card = document.createElement('div');
  card.className = 'card';
  const kind = document.createElement('p');
  kind.className = 'hint';
  kind.textContent = t({ statement: 'difference.askStatement', risk: 'difference.askRisk' }[p.kind] || 'difference.askCase');
  const h = document.createElement('h2');
  h.id = 'prompt-text';
  h.textContent = p.text;
  const scale = scaleGroup(p.scale_min, p.scale_max, mine.rating, h.id, false, (v) => answerPrompt(p.number, v, ''));
  const ends = document.createElement('div');
  ends.className = 'ends';
  // The ends of the scale in the words of the prompt's kind.
  const [low, high] = { statement: ['scale.disagree', 'scale.agree'], risk: ['scale.unlikely', 'scale.veryLikely'] }[p.kind] ||
    ['scale.notAtAll', 'scale.veryMuch'];
  const lo = document.createElement('span');
  lo.textContent = t(low);
  const hi = document.createElement('span');
  hi.textContent = t(high);
  ends.append(lo, hi);
  card.append(kind, h, scale, ends);
  if (p.notes) {
    const label = document.createElement('label');
    label.htmlFor = 'note-text';
    label.textContent = t('difference.noteLabel');
    const area = document.createElement('textarea');
    area.id = 'note-text';
    area.maxLength = 280;
    area.rows = 3;
    area.value = noteDraft[p.number] !== undefined ? noteDraft[p.number] : mine.note;
    area.addEventListener('input', () => { noteDraft[p.number] = area.value; });
    const save = document.createElement('button');
    save.type = 'button';
    save.className = 'quiet';
    save.textContent = t('difference.addNote');
    save.dataset.key = 'note-save:' + p.number;
    save.disabled = mine.rating === null;
    save.addEventListener('click', () => {
      const text = area.value.trim();
      if (text) answerPrompt(p.number, mine.rating, text);
    });
    card.append(label, area, save);
  }
  card.append(statusLine('d:' + p.number, mine.rating !== null,
    t(mine.note ? 'difference.savedRatingNote' : 'difference.savedRating')));
  const where = document.createElement('p');
  where.className = 'hint';
  where.textContent = t('difference.where');
  card.append(where);
  return card;
}

function statementCard(st) {
  const card = document.createElement('div');
  card.className = 'card';
  const text = document.createElement('p');
  text.className = 'statement';
  text.id = 'statement-' + st.id;
  text.textContent = st.text;
  const group = document.createElement('div');
  group.className = 'votes';
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-labelledby', text.id);
  for (const [choice, label] of [['agree', 'vote.agree'], ['disagree', 'vote.disagree'], ['pass', 'vote.pass']]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = t(label);
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', String(mineVotes[st.id] === choice));
    b.dataset.key = 'vote:' + st.id + ':' + choice;
    b.addEventListener('click', () => vote(st.id, choice));
    group.append(b);
  }
  radioKeys(group);
  card.append(text, group, statusLine('s:' + st.id, mineVotes[st.id] !== undefined));
  return card;
}

export function render() {
  const d = app.state.difference;
  if (!changed('difference', [withoutCount(d.prompt), d.statements, minePrompt, mineVotes,
    statusesFor('d:'), statusesFor('s:'), app.status['new-statement']])) return;
  const promptRoot = $('prompt-card');
  const p = d.prompt;
  const typingNote = document.activeElement && document.activeElement.id === 'note-text';
  if (typingNote && p && promptRoot.dataset.prompt === String(p.number)) {
    // Leave the note being typed alone; the statements below still update.
  } else if (!p) {
    const wait = document.createElement('p');
    wait.className = 'hint';
    wait.textContent = t('difference.waitPrompt');
    promptRoot.replaceChildren(wait);
  } else {
    promptRoot.replaceChildren(promptCard(p));
    promptRoot.dataset.prompt = String(p.number);
  }

  const list = $('statement-list');
  list.replaceChildren();
  if (d.statements.length) {
    const h = document.createElement('h2');
    h.className = 'section';
    h.textContent = t('difference.doYouAgree');
    list.append(h);
  }
  for (const st of d.statements) list.append(statementCard(st));
  renderStatementState();
}

export function init() {
  $('statement-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('statement-text').value.trim();
    if (!text) return;
    submitStatement(text);
    $('statement-text').value = '';
  });
}
