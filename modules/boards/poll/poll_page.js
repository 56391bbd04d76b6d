// A quick poll on a phone: one question on a scale, or options with one or several choices, and
// the results once revealed.
import { $, app, changed, page, percent, radioKeys, renderResults, say, scaleGroup, statusLine, statusesFor,
  withheldNote, withoutCount } from './page.js';
import { t } from './i18n.js';
import { submit } from './outbox.js';

export const name = 'poll';
export const screen = 'poll';

const mine = {}; // poll -> [choices] as acknowledged or pending

export function canShow(s) { return !!s.poll; }
export function item(s) { return 'poll ' + s.poll.number; }

export function welcome(msg) {
  if (msg.mine_poll) mine[msg.mine_poll.poll] = msg.mine_poll.choices.slice();
}

function answerPoll(poll, choices) {
  const show = () => { mine[poll] = choices.slice(); };
  submit('p:' + poll, { type: 'poll_answer', poll, choices }, { show });
  page.renderBoard();
}

export function render() {
  const p = app.state.poll;
  if (!changed('poll', [withoutCount(p), mine[p.number], statusesFor('p:' + p.number)])) return;
  const chosen = mine[p.number] || [];
  const key = 'p:' + p.number;
  const hint = p.kind === 'scale' ? 'poll.openScale' : p.multiple ? 'poll.openMultiple' : 'poll.openOne';
  if (p.open) say($('poll-status'), hint, { min: p.scale_min, max: p.scale_max });
  else say($('poll-status'), p.revealed ? 'poll.closedRevealed' : 'poll.closedHidden');
  const card = document.createElement('div');
  card.className = 'card';
  const h = document.createElement('h2');
  h.id = 'poll-question';
  h.textContent = p.question;
  card.append(h);
  if (p.kind === 'scale') {
    card.append(scaleGroup(p.scale_min, p.scale_max, chosen[0], h.id, !p.open, (v) => answerPoll(p.number, [v])));
    const ends = document.createElement('div');
    ends.className = 'ends';
    const lo = document.createElement('span');
    lo.textContent = t('poll.least', { value: p.scale_min });
    const hi = document.createElement('span');
    hi.textContent = t('poll.most', { value: p.scale_max });
    ends.append(lo, hi);
    card.append(ends);
  } else {
    const list = document.createElement('div');
    list.className = 'choices';
    list.setAttribute('role', p.multiple ? 'group' : 'radiogroup');
    list.setAttribute('aria-labelledby', h.id);
    p.options.forEach((text, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.setAttribute('role', p.multiple ? 'checkbox' : 'radio');
      b.setAttribute('aria-checked', String(chosen.includes(i)));
      b.dataset.key = 'poll:' + p.number + ':' + i;
      b.disabled = !p.open;
      b.addEventListener('click', () => {
        let next;
        if (!p.multiple) next = [i];
        else if (chosen.includes(i)) next = chosen.filter((c) => c !== i);
        else next = [...chosen, i].sort((a, b2) => a - b2);
        if (next.length === 0) return;  // at least one choice: unticking the last one is not an answer
        answerPoll(p.number, next);
      });
      list.append(b);
    });
    if (!p.multiple) radioKeys(list);
    card.append(list);
  }
  card.append(statusLine(key, chosen.length > 0));
  if (p.results) card.append(...renderPollResults(p));
  $('poll-card').replaceChildren(card);
}

function renderPollResults(p) {
  if (p.results.withheld) return [withheldNote(p.open)];
  const total = Math.max(1, p.results.answered);
  if (p.kind === 'scale') {
    return renderResults({ counts: p.results.counts, answered: p.results.answered, median: p.results.median,
      mean: p.results.mean }, p.scale_min, p.open);
  }
  const rows = document.createElement('div');
  rows.className = 'option-results';
  p.options.forEach((text, i) => {
    const row = document.createElement('div');
    row.className = 'option-result';
    const label = document.createElement('span');
    label.textContent = t('poll.optionResult', { option: text, count: p.results.counts[i],
      percent: percent(p.results.counts[i] / total) });
    const bar = document.createElement('div');
    bar.className = 'hbar';
    bar.style.width = (100 * p.results.counts[i] / total) + '%';
    row.append(label, bar);
    rows.append(row);
  });
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = t('poll.answered', { count: p.results.answered });
  return [rows, summary];
}
