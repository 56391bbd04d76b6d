// Clarity for now on a phone: the endeavour, what is agreed for now, the proposals to give energy
// to (within the budget), and a proposal of one's own.
import { $, app, changed, page, say, showState, statusLine, statusesFor } from './page.js';
import { formatDate, t } from './i18n.js';
import { submit } from './outbox.js';

export const name = 'clarity';
export const screen = 'clarity';

let mineEnergy = new Set(); // clarity items this participant put energy into

export function canShow() { return true; }

export function welcome(msg) {
  if (msg.mine_energy) mineEnergy = new Set(msg.mine_energy);
}

function propose(what) {
  submit('proposal', { type: 'proposal', what });
  page.renderBoard();
}

function energy(item, on) {
  const show = () => {
    const before = mineEnergy.has(item);
    if (on) mineEnergy.add(item); else mineEnergy.delete(item);
    // Refused (the budget is used up, the item closed): the tap is taken back.
    return () => { if (before) mineEnergy.add(item); else mineEnergy.delete(item); };
  };
  submit('e:' + item, { type: 'energy', item, on }, { show });
  page.renderBoard(); // through keepFocus: the button tapped keeps the focus
}

function agreedCard(item) {
  const card = document.createElement('div');
  card.className = 'card item';
  const what = document.createElement('p');
  what.className = 'statement';
  what.textContent = item.what;
  const facts = document.createElement('p');
  facts.className = 'hint';
  const parts = [item.owner || t('clarity.noOwner')];
  if (item.resources) parts.push(item.resources);
  if (item.review_date) parts.push(t('clarity.review', { date: formatDate(item.review_date) }));
  facts.textContent = parts.join(' · ');
  card.append(what, facts);
  return card;
}

function proposalCard(p) {
  const card = document.createElement('div');
  card.className = 'card';
  const what = document.createElement('p');
  what.className = 'statement';
  what.textContent = p.what;
  const mine = mineEnergy.has(p.id);
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'energy';
  b.setAttribute('aria-pressed', String(mine));
  b.dataset.key = 'energy:' + p.id;
  b.textContent = t(mine ? 'clarity.energyMine' : 'clarity.energyPut', { count: p.energy });
  b.setAttribute('aria-label', t(mine ? 'clarity.energyMineLabel' : 'clarity.energyPutLabel', { what: p.what, count: p.energy }));
  b.addEventListener('click', () => energy(p.id, !mine));
  card.append(what, b, statusLine('e:' + p.id, false, t(mine ? 'clarity.savedOn' : 'clarity.savedOff')));
  return card;
}

export function render() {
  const c = app.state && app.state.clarity;
  if (!c) return;
  if (!changed('clarity', [c, [...mineEnergy], statusesFor('e:'), app.status.proposal])) return;
  if (c.endeavour) { $('endeavour').textContent = c.endeavour; delete $('endeavour').dataset.i18n; } else say($('endeavour'), 'clarity.noEndeavour');
  const agreed = $('agreed-list');
  agreed.replaceChildren();
  if (!c.agreed.length) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = t('clarity.nothingAgreed');
    agreed.append(none);
  }
  for (const item of c.agreed) agreed.append(agreedCard(item));
  const used = [...mineEnergy].filter((id) => c.proposals.some((p) => p.id === id)).length;
  if (!c.proposals.length) say($('energy-left'), 'clarity.noProposals');
  else say($('energy-left'), used > 0 ? 'clarity.energyLeftTakeBack' : 'clarity.energyLeft',
    { count: Math.max(0, c.energy_budget - used), budget: c.energy_budget });
  const list = $('proposal-list');
  list.replaceChildren();
  for (const p of c.proposals) list.append(proposalCard(p));
  showState($('proposal-state'), app.status.proposal, t('status.sending'), t('status.awaitingApproval'));
}

export function init() {
  $('proposal-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const what = $('proposal-text').value.trim();
    if (!what) return;
    propose(what);
    $('proposal-text').value = '';
  });
}
