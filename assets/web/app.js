// Balcony participant page. Plain JavaScript, no framework, nothing from outside.
// Participant and server text is only ever set with textContent, never parsed as HTML.
'use strict';

const PROTOCOL = 1;
const $ = (id) => document.getElementById(id);

const app = {
  ws: null,
  room: '',
  token: '',
  group: '',
  joined: false,
  state: null,          // the latest board state from the server
  mine: {},             // round -> [value per belief] as acknowledged or pending
  minePoll: {},         // poll -> [choices] as acknowledged or pending
  minePrompt: {},       // prompt -> {rating, note}
  mineVotes: {},        // statement id -> 'agree' | 'disagree' | 'pass'
  noteDraft: {},        // prompt -> text being typed, kept across re-renders
  mineEnergy: new Set(),  // clarity items this participant put energy into
  pending: new Map(),   // request id -> {round, belief, value}
  status: {},           // belief index -> 'saving' | 'saved' | error text
  nextId: 1,
  retry: 0,
  retryTimer: null,
  waitingSince: null,   // when the oldest unacknowledged message was sent (null: nothing awaited)
};

// A connection can die without a word (Wi-Fi gone, the phone moved to another network): the page
// would say "Connected" and "Saving…" for minutes. An answer left unacknowledged this long, or the
// phone coming back online, starts a fresh connection; unacknowledged answers are sent again.
const kAckTimeoutMs = 6000;

function storageKey(room) { return 'balcony.token.' + room.toUpperCase(); }

function show(id) {
  for (const s of document.querySelectorAll('.screen')) s.hidden = s.id !== id;
}

function setLink(text, down) {
  const el = $('link');
  el.textContent = text;
  el.classList.toggle('down', !!down);
}

function send(msg) {
  if (app.ws && app.ws.readyState === WebSocket.OPEN) {
    app.ws.send(JSON.stringify(Object.assign({ v: PROTOCOL }, msg)));
    if (msg.id !== undefined && app.waitingSince === null) app.waitingSince = Date.now();
    return true;
  }
  return false;
}

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

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  const ws = new WebSocket(scheme + location.host + '/ws');
  app.ws = ws;
  setLink('Connecting…');
  ws.onopen = () => {
    app.retry = 0;
    setLink('Connected');
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
    app.joined = false;
    app.waitingSince = null;
    // A sleeping phone or a dropped Wi-Fi: try again, a little slower each time, up to 10 s.
    const delay = Math.min(10000, 500 * Math.pow(2, app.retry++));
    setLink('Reconnecting…', true);
    app.retryTimer = setTimeout(connect, delay);
  };
}

setInterval(() => {
  if (app.waitingSince !== null && app.pending.size > 0 && Date.now() - app.waitingSince > kAckTimeoutMs) {
    reconnectNow();
  }
}, 1000);
window.addEventListener('offline', () => setLink('Offline: your answers are sent when the phone is back online', true));
window.addEventListener('online', () => {
  if (app.pending.size > 0 || !app.ws || app.ws.readyState !== WebSocket.OPEN) reconnectNow();
  else setLink('Connected');
});

function join() {
  const msg = { type: 'join', room: app.room };
  if (app.token) msg.token = app.token;
  send(msg);
}

function handle(msg) {
  switch (msg.type) {
    case 'welcome': {
      app.joined = true;
      app.token = msg.token;
      app.group = msg.group || '';
      try {
        localStorage.setItem(storageKey(app.room), app.token);
        localStorage.setItem('balcony.room', app.room);
      } catch { /* private browsing: the participant rejoins by hand after a reload */ }
      if (new URLSearchParams(location.search).get('room') !== app.room) {
        history.replaceState(null, '', '/?room=' + encodeURIComponent(app.room));
      }
      if (msg.mine) app.mine[msg.mine.round] = msg.mine.answers.slice();
      if (msg.mine_poll) app.minePoll[msg.mine_poll.poll] = msg.mine_poll.choices.slice();
      if (msg.mine_prompt) app.minePrompt[msg.mine_prompt.prompt] = { rating: msg.mine_prompt.rating, note: msg.mine_prompt.note };
      if (msg.mine_votes) Object.assign(app.mineVotes, msg.mine_votes);
      if (msg.mine_energy) app.mineEnergy = new Set(msg.mine_energy);
      $('join-error').textContent = '';
      resendPending();
      render();
      break;
    }
    case 'state':
      app.state = msg;
      render();
      break;
    case 'ack': {
      const p = app.pending.get(msg.id);
      if (p) {
        app.pending.delete(msg.id);
        if (app.pending.size === 0) app.waitingSince = null;
        if (latestPendingFor(p.key) === undefined) app.status[p.key] = 'saved';
        if (p.key === 'flag') renderFlagState();
        else renderBoard();
      }
      break;
    }
    case 'error':
      handleError(msg);
      break;
  }
}

function handleError(msg) {
  if (msg.code === 'wrong_room' || (!app.joined && msg.code === 'bad_field')) {
    app.room = '';
    show('join');
    $('join-error').textContent = msg.message;
    return;
  }
  const p = app.pending.get(msg.id);
  if (p) {
    app.pending.delete(msg.id);
    if (app.pending.size === 0) app.waitingSince = null;
    app.status[p.key] = msg.message;
    if (p.item !== undefined) {
      if (p.before) app.mineEnergy.add(p.item); else app.mineEnergy.delete(p.item);
    }
    if (p.key === 'flag') renderFlagState();
    else renderBoard();
    return;
  }
  setLink(msg.message, true);
}

// Status and pending answers are keyed by what they answer: "b:<round>:<belief>" or "p:<poll>".
function latestPendingFor(key) {
  let found;
  for (const p of app.pending.values()) if (p.key === key) found = p;
  return found;
}

function resendPending() {
  // Answers not yet acknowledged when the connection dropped are sent again; the server keeps one
  // answer per question, so a repeat changes nothing.
  const again = [...app.pending.values()];
  app.pending.clear();
  for (const p of again) {
    if (p.key === 'flag') raiseFlag(p.kind, p.words);
    else if (p.key === 'proposal') propose(p.what);
    else if (p.item !== undefined) energy(p.item, p.on);
    else if (p.poll !== undefined) answerPoll(p.poll, p.choices);
    else if (p.prompt !== undefined) answerPrompt(p.prompt, p.rating, p.note);
    else if (p.statement !== undefined) vote(p.statement, p.vote);
    else if (p.text !== undefined) submitStatement(p.text);
    else answer(p.round, p.belief, p.value);
  }
}

function answer(round, belief, value) {
  const id = app.nextId++;
  const key = 'b:' + round + ':' + belief;
  app.pending.set(id, { key, round, belief, value });
  (app.mine[round] = app.mine[round] || [-1, -1, -1])[belief] = value;
  app.status[key] = 'saving';
  send({ type: 'answer', id, round, belief, value });
  renderBoard();
}

function answerPoll(poll, choices) {
  const id = app.nextId++;
  const key = 'p:' + poll;
  app.pending.set(id, { key, poll, choices });
  app.minePoll[poll] = choices.slice();
  app.status[key] = 'saving';
  send({ type: 'poll_answer', id, poll, choices });
  renderBoard();
}

function answerPrompt(prompt, rating, note) {
  const id = app.nextId++;
  const key = 'd:' + prompt;
  app.pending.set(id, { key, prompt, rating, note });
  const mine = app.minePrompt[prompt] || { rating: null, note: '' };
  app.minePrompt[prompt] = { rating, note: note || mine.note };
  app.status[key] = 'saving';
  const msg = { type: 'prompt_answer', id, prompt, rating };
  if (note) msg.note = note;
  send(msg);
  renderBoard();
}

function vote(statement, choice) {
  const id = app.nextId++;
  const key = 's:' + statement;
  app.pending.set(id, { key, statement, vote: choice });
  app.mineVotes[statement] = choice;
  app.status[key] = 'saving';
  send({ type: 'vote', id, statement, vote: choice });
  renderBoard();
}

function submitStatement(text) {
  const id = app.nextId++;
  app.pending.set(id, { key: 'new-statement', text });
  app.status['new-statement'] = 'saving';
  send({ type: 'statement', id, text });
  renderBoard(); // not just the status line: the board must remember "saving", or the ack changes nothing
}

// One status line for anything sent: pending, in (after the server's acknowledgement), or why not.
function showState(el, st, pendingText, savedText) {
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

const kAwaitingApproval = '✓ Sent. It appears for everyone once the facilitator approves it.';

function renderStatementState() {
  showState($('statement-state'), app.status['new-statement'], 'Sending…', kAwaitingApproval);
}

function propose(what) {
  const id = app.nextId++;
  app.pending.set(id, { key: 'proposal', what });
  app.status.proposal = 'saving';
  send({ type: 'proposal', id, what });
  renderClarity();
}

function energy(item, on) {
  const id = app.nextId++;
  const key = 'e:' + item;
  const before = app.mineEnergy.has(item);
  app.pending.set(id, { key, item, on, before });
  if (on) app.mineEnergy.add(item); else app.mineEnergy.delete(item);
  app.status[key] = 'saving';
  send({ type: 'energy', id, item, on });
  renderClarity();
}

function renderClarity() {
  const c = app.state && app.state.clarity;
  if (!c) return;
  if (!changed('clarity', [c, [...app.mineEnergy], statusesFor('e:'), app.status.proposal])) return;
  $('endeavour').textContent = c.endeavour || 'Not written yet.';
  const agreed = $('agreed-list');
  agreed.replaceChildren();
  if (!c.agreed.length) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = 'Nothing agreed yet.';
    agreed.append(none);
  }
  for (const item of c.agreed) {
    const card = document.createElement('div');
    card.className = 'card item';
    const what = document.createElement('p');
    what.className = 'statement';
    what.textContent = item.what;
    const facts = document.createElement('p');
    facts.className = 'hint';
    const parts = [item.owner || 'no owner yet'];
    if (item.resources) parts.push(item.resources);
    if (item.review_date) parts.push('review ' + item.review_date);
    facts.textContent = parts.join(' · ');
    card.append(what, facts);
    agreed.append(card);
  }
  const used = [...app.mineEnergy].filter((id) => c.proposals.some((p) => p.id === id)).length;
  $('energy-left').textContent = 'You have ' + Math.max(0, c.energy_budget - used) + ' of ' + c.energy_budget +
    ' energy votes left. Tap again to take one back.';
  const list = $('proposal-list');
  list.replaceChildren();
  for (const p of c.proposals) {
    const card = document.createElement('div');
    card.className = 'card';
    const what = document.createElement('p');
    what.className = 'statement';
    what.textContent = p.what;
    const mine = app.mineEnergy.has(p.id);
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'energy';
    b.setAttribute('aria-pressed', String(mine));
    b.textContent = (mine ? '⚡ My energy is here' : 'Put my energy here') + ' · ' + p.energy;
    b.setAttribute('aria-label', (mine ? 'Take my energy back from: ' : 'Put my energy into: ') + p.what +
      '. ' + p.energy + ' so far.');
    b.addEventListener('click', () => energy(p.id, !mine));
    card.append(what, b, statusLine('e:' + p.id, false));
    list.append(card);
  }
  showState($('proposal-state'), app.status.proposal, 'Sending…', kAwaitingApproval);
}

// A row of scale buttons (a radio group labelled by a heading); `onPick` gets the value tapped.
function scaleGroup(min, max, selected, labelledBy, disabled, onPick) {
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

function renderBoard() {
  const s = app.state;
  if (!s) return;
  if (s.board === 'poll' && s.poll) renderPoll();
  else if (s.board === 'difference') renderDifference();
  else if (s.board === 'clarity') renderClarity();
  else renderBelief();
}

function renderDifference() {
  const d = app.state.difference;
  if (!changed('difference', [withoutCount(d.prompt), d.statements, app.minePrompt, app.mineVotes,
    statusesFor('d:'), statusesFor('s:'), app.status['new-statement']])) return;
  const promptRoot = $('prompt-card');
  const p = d.prompt;
  const typingNote = document.activeElement && document.activeElement.id === 'note-text';
  if (typingNote && p && promptRoot.dataset.prompt === String(p.number)) {
    // Leave the note being typed alone; the statements below still update.
  } else if (!p) {
    const wait = document.createElement('p');
    wait.className = 'hint';
    wait.textContent = 'The facilitator will show a prompt soon.';
    promptRoot.replaceChildren(wait);
  } else {
    const mine = app.minePrompt[p.number] || { rating: null, note: '' };
    const key = 'd:' + p.number;
    const card = document.createElement('div');
    card.className = 'card';
    const kind = document.createElement('p');
    kind.className = 'hint';
    kind.textContent = 'A ' + p.kind + '. How do you see it, from where you sit?';
    const h = document.createElement('h2');
    h.id = 'prompt-text';
    h.textContent = p.text;
    const scale = scaleGroup(p.scale_min, p.scale_max, mine.rating, h.id, false, (v) => answerPrompt(p.number, v, ''));
    const ends = document.createElement('div');
    ends.className = 'ends';
    const lo = document.createElement('span');
    lo.textContent = 'Not at all';
    const hi = document.createElement('span');
    hi.textContent = 'Very much';
    ends.append(lo, hi);
    card.append(kind, h, scale, ends);
    if (p.notes) {
      const label = document.createElement('label');
      label.htmlFor = 'note-text';
      label.textContent = 'What I see from where I sit (optional)';
      const area = document.createElement('textarea');
      area.id = 'note-text';
      area.maxLength = 280;
      area.rows = 3;
      area.value = app.noteDraft[p.number] !== undefined ? app.noteDraft[p.number] : mine.note;
      area.addEventListener('input', () => { app.noteDraft[p.number] = area.value; });
      const save = document.createElement('button');
      save.type = 'button';
      save.className = 'quiet';
      save.textContent = 'Add my note';
      save.disabled = mine.rating === null;
      save.addEventListener('click', () => {
        const text = area.value.trim();
        if (text) answerPrompt(p.number, mine.rating, text);
      });
      card.append(label, area, save);
    }
    card.append(statusLine(key, mine.rating !== null));
    promptRoot.replaceChildren(card);
    promptRoot.dataset.prompt = String(p.number);
  }

  const list = $('statement-list');
  list.replaceChildren();
  if (d.statements.length) {
    const h = document.createElement('h2');
    h.className = 'section';
    h.textContent = 'Do you agree?';
    list.append(h);
  }
  for (const st of d.statements) {
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
    for (const [choice, label] of [['agree', 'Agree'], ['disagree', 'Disagree'], ['pass', 'Pass']]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-checked', String(app.mineVotes[st.id] === choice));
      b.addEventListener('click', () => vote(st.id, choice));
      group.append(b);
    }
    card.append(text, group, statusLine('s:' + st.id, app.mineVotes[st.id] !== undefined));
    list.append(card);
  }
  renderStatementState();
}

function statusLine(key, answered) {
  const st = app.status[key] === undefined && answered ? 'saved' : app.status[key];
  return showState(document.createElement('p'), st, 'Saving…', '✓ Your answer is in');
}

// A board is rebuilt only when what it shows has changed. Broadcasts arrive up to ten times a
// second in a busy room (other people's answers change the counts); rebuilding the buttons each
// time would swallow a tap that lands while its button is being replaced.
const renderedKeys = {};
function changed(name, value) {
  const key = JSON.stringify(value);
  if (renderedKeys[name] === key) return false;
  renderedKeys[name] = key;
  return true;
}

function statusesFor(prefix) {
  const out = {};
  for (const [k, v] of Object.entries(app.status)) if (k.startsWith(prefix)) out[k] = v;
  return out;
}

function withoutCount(obj) {
  if (!obj) return obj;
  const { answered, ...rest } = obj;  // eslint-disable-line no-unused-vars
  return rest;
}

let flagOpen = false;
let flagKind = '';

function render() {
  if (!app.joined) return;
  $('raise-flag').hidden = !app.group;
  if (flagOpen) {
    show('flag');
    return;
  }
  const s = app.state;
  $('title').textContent = s ? s.title : '';
  $('me').textContent = app.group ? 'You are answering as: ' + app.group : '';
  $('change-group').hidden = !app.group;
  if (!s) return;
  if (!app.group) {
    renderGroups();
    show('group');
    return;
  }
  if (s.board === 'poll' && s.poll) {
    renderPoll();
    show('poll');
    return;
  }
  if (s.board === 'difference') {
    renderDifference();
    show('difference');
    return;
  }
  if (s.board === 'clarity') {
    renderClarity();
    show('clarity');
    return;
  }
  if (s.board === 'topics' || !s.round) {
    $('waiting-text').textContent = s.topic
      ? 'Now: ' + s.topic + '. If the meeting goes round in circles, or something is being avoided, raise a flag.'
      : 'Waiting for the facilitator. Keep this page open.';
    show('waiting');
    return;
  }
  renderBelief();
  show('belief');
}

function openFlag(open) {
  flagOpen = open;
  if (open) {
    flagKind = '';
    for (const b of document.querySelectorAll('#flag [data-kind]')) b.setAttribute('aria-checked', 'false');
    $('flag-send').disabled = true;
    $('flag-state').textContent = '';
    $('flag-state').className = 'state';
  }
  render();
}

function raiseFlag(kind, words) {
  const id = app.nextId++;
  app.pending.set(id, { key: 'flag', kind, words });
  app.status.flag = 'saving';
  const msg = { type: 'flag', id, kind };
  if (words) msg.words = words;
  send(msg);
  renderFlagState();
}

function renderFlagState() {
  showState($('flag-state'), app.status.flag, 'Sending…', '✓ Your flag is in. Thank you.');
}

function renderPoll() {
  const p = app.state.poll;
  if (!changed('poll', [withoutCount(p), app.minePoll[p.number], statusesFor('p:' + p.number)])) return;
  const mine = app.minePoll[p.number] || [];
  const key = 'p:' + p.number;
  const hint = p.kind === 'scale' ? 'Choose from ' + p.scale_min + ' to ' + p.scale_max + '.'
    : p.multiple ? 'Choose any that apply.' : 'Choose one.';
  $('poll-status').textContent = p.open ? hint + ' You can change your answer while the poll is open.'
    : 'This poll is closed.' + (p.revealed ? ' Here is what the room said.' : ' Results will show here once revealed.');
  const card = document.createElement('div');
  card.className = 'card';
  const h = document.createElement('h2');
  h.id = 'poll-question';
  h.textContent = p.question;
  card.append(h);
  if (p.kind === 'scale') {
    card.append(scaleGroup(p.scale_min, p.scale_max, mine[0], h.id, !p.open, (v) => answerPoll(p.number, [v])));
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
      b.setAttribute('aria-checked', String(mine.includes(i)));
      b.disabled = !p.open;
      b.addEventListener('click', () => {
        let next;
        if (!p.multiple) next = [i];
        else if (mine.includes(i)) next = mine.filter((c) => c !== i);
        else next = [...mine, i].sort((a, b2) => a - b2);
        if (next.length === 0) return;  // at least one choice: unticking the last one is not an answer
        answerPoll(p.number, next);
      });
      list.append(b);
    });
    card.append(list);
  }
  card.append(statusLine(key, mine.length > 0));
  if (p.results) card.append(...renderPollResults(p));
  $('poll-card').replaceChildren(card);
}

function renderPollResults(p) {
  const total = Math.max(1, p.results.answered);
  if (p.kind === 'scale') {
    return renderResults({ counts: p.results.counts, answered: p.results.answered, median: p.results.median,
      mean: p.results.mean }, p.scale_min);
  }
  const rows = document.createElement('div');
  rows.className = 'option-results';
  p.options.forEach((text, i) => {
    const row = document.createElement('div');
    row.className = 'option-result';
    const label = document.createElement('span');
    label.textContent = text + ': ' + p.results.counts[i] + ' (' + Math.round(100 * p.results.counts[i] / total) + '%)';
    const bar = document.createElement('div');
    bar.className = 'hbar';
    bar.style.width = (100 * p.results.counts[i] / total) + '%';
    row.append(label, bar);
    rows.append(row);
  });
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = p.results.answered + ' answered.';
  return [rows, summary];
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
    b.addEventListener('click', () => send({ type: 'group', group: g }));
    list.append(b);
  }
}

function renderBelief() {
  const s = app.state;
  if (!s || !s.round) return;
  const r = s.round;
  if (!changed('belief', [withoutCount(r), app.mine[r.number], statusesFor('b:' + r.number + ':')])) return;
  $('belief-status').textContent = r.open
    ? 'Round ' + r.number + ': choose from ' + r.scale_min + ' (disagree) to ' + r.scale_max +
      ' (agree). You can change your answers while the check is open.'
    : 'This belief check is closed.' + (r.revealed ? ' Here is what the room said.' : ' Results will show here once revealed.');
  const mine = app.mine[r.number] || [-1, -1, -1];
  const root = $('statements');
  root.replaceChildren();
  r.statements.forEach((text, belief) => {
    const card = document.createElement('div');
    card.className = 'card';
    const h = document.createElement('h2');
    h.id = 'statement-' + belief;
    h.textContent = text;
    const scale = scaleGroup(r.scale_min, r.scale_max, mine[belief], h.id, !r.open, (v) => answer(r.number, belief, v));
    const ends = document.createElement('div');
    ends.className = 'ends';
    const lo = document.createElement('span');
    lo.textContent = 'Disagree';
    const hi = document.createElement('span');
    hi.textContent = 'Agree';
    ends.append(lo, hi);
    const state = statusLine('b:' + r.number + ':' + belief, mine[belief] >= r.scale_min);
    card.append(h, scale, ends, state);
    if (r.results) card.append(...renderResults(r.results[belief], r.scale_min));
    root.append(card);
  });
}

function renderResults(res, scaleMin) {
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

$('join-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const room = $('room').value.trim().toUpperCase();
  if (!/^[A-Z0-9]{4}$/.test(room)) {
    $('join-error').textContent = 'The room code is 4 letters or digits.';
    return;
  }
  app.room = room;
  try { app.token = localStorage.getItem(storageKey(room)) || ''; } catch { app.token = ''; }
  if (!send(Object.assign({ type: 'join', room: app.room }, app.token ? { token: app.token } : {}))) {
    $('join-error').textContent = 'Not connected yet. Trying again…';
  }
});

$('statement-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('statement-text').value.trim();
  if (!text) return;
  submitStatement(text);
  $('statement-text').value = '';
});

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
$('raise-flag').addEventListener('click', () => openFlag(true));
$('flag-back').addEventListener('click', () => openFlag(false));

$('proposal-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const what = $('proposal-text').value.trim();
  if (!what) return;
  propose(what);
  $('proposal-text').value = '';
});

$('change-group').addEventListener('click', () => {
  renderGroups();
  show('group');
});

(function start() {
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
})();
