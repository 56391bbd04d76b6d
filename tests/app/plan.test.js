// A meeting prepared in a template file and run from the terminal: `balcony --template FILE.json`
// with a good file and with bad ones (the field named, nothing set up), and `next` / `prev` moving
// a phone, on a real WebSocket, through a three-step plan; every shipped template has a plan.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const WebSocket = require('ws');
const { startBalcony, tempDir } = require('../browser/balcony_process');

const plan = {
  name: 'Winter review',
  title: 'Winter pressures review',
  groups: ['Health', 'Police', 'Schools'],
  endeavour: 'Every child safe, well and learning',
  plan: [
    { kind: 'belief', scale_min: 1, scale_max: 5, note: 'Answer alone first' },
    { kind: 'poll', text: 'Who else should be here?', options: ['Housing', 'GPs'] },
    { kind: 'topic', text: 'Data sharing', minutes: 20, note: 'Keep it to twenty minutes' },
  ],
};

function writeTemplate(content) {
  const file = path.join(tempDir(), 'plan.json');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

// A phone: joins, and hands over each board state the server sends.
async function phone(origin, room) {
  const ws = new WebSocket(origin.replace('http', 'ws') + '/ws');
  const states = [];
  const waiters = [];
  ws.on('message', (d) => {
    const msg = JSON.parse(String(d));
    if (msg.type !== 'state' && msg.type !== 'welcome') return;
    const state = msg.type === 'welcome' ? msg.state : msg;
    if (!state) return;
    states.push(state);
    for (const w of waiters.splice(0)) w();
  });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  ws.send(JSON.stringify({ v: 1, type: 'join', room }));
  // Waits until a state the phone was sent satisfies the test.
  const until = async (match, what) => {
    const deadline = Date.now() + 10000;
    for (;;) {
      const found = states.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('the phone never saw ' + what + '; last: ' + JSON.stringify(states.at(-1)));
      await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
    }
  };
  return { until, reset: () => states.splice(0), close: () => ws.close() };
}

test('a template file with a plan sets the session up, and next / prev move the phones through it', async () => {
  const b = await startBalcony({ args: ['--template', writeTemplate(plan)] });
  try {
    assert.match(b.stderr(), /set up from the "Winter review" template \(3 plan steps\)/);
    assert.equal(await b.command('plan'), 'plan: 1. Belief check (1\u20135) | 2. Quick poll: Who else should be here? | ' +
      '3. Topic: Data sharing (20 min) | next: Start: Belief check (1\u20135)');
    const p = await phone(b.origin, b.room);

    assert.match(await b.command('next'), /^ok: Start: Belief check.*\(step 1 of 3\)/);
    await p.until((s) => s.board === 'belief' && s.round && s.round.open, 'the belief check open');
    assert.match(await b.command('next'), /^ok: Reveal the results/);
    assert.match(await b.command('next'), /^ok: Close the belief check/);
    p.reset();
    assert.match(await b.command('next'), /^ok: Next: Quick poll: Who else should be here\? \(step 2 of 3\)/);
    await p.until((s) => s.board === 'poll' && s.poll && s.poll.question === 'Who else should be here?', 'the poll');
    assert.match(await b.command('next'), /^ok: Reveal the results/);
    assert.match(await b.command('next'), /^ok: Close the poll/);
    p.reset();
    assert.match(await b.command('next'), /^ok: Next: Topic: Data sharing \(20 min\) \(step 3 of 3\)/);
    await p.until((s) => s.board === 'topics', 'the topics board');
    assert.match(await b.command('next'), /^error: End of the plan/);
    p.reset();
    assert.match(await b.command('prev'), /^ok: Back: Quick poll: Who else should be here\? \(step 2 of 3\)/);
    await p.until((s) => s.board === 'poll', 'the poll again');
    p.close();
  } finally {
    await b.stop();
  }
});

test('a plan saved as a template runs the same on another laptop, and carries into the next session', async () => {
  const first = await startBalcony({ args: ['--template', writeTemplate(plan)] });
  const saved = path.join(tempDir(), 'saved', 'winter.json');
  let listed;
  try {
    listed = await first.command('plan');
    assert.match(await first.command('savetemplate ' + saved), /^ok: saved the plan/);
  } finally {
    await first.stop();
  }
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(file.plan.length, 3);
  assert.equal(file.plan[2].note, 'Keep it to twenty minutes');
  // Another laptop: a fresh database, set up from the saved file.
  const second = await startBalcony({ args: ['--template', saved] });
  try {
    assert.equal(await second.command('plan'), listed);
    assert.match(await second.command('next'), /^ok: Start: Belief check/);
  } finally {
    await second.stop();
  }
  // The next session of the series on that database starts with the same plan, from its first step.
  const next = await startBalcony({ db: second.dbPath, args: ['--new-session'] });
  try {
    assert.equal(await next.command('plan'), listed);
  } finally {
    await next.stop();
  }
});

test('a bad template file names the field and sets nothing up', async (t) => {
  const cases = [
    [{ ...plan, plan: [{ kind: 'poll', text: 'Who?', options: ['Only one'] }] }, /plan step 1: A poll has 2 to 8 options/],
    [{ ...plan, plan: [{ kind: 'topic', text: 'Budget', minutes: 'twenty' }] }, /plan\[1\]\.minutes: must be a whole number/],
    [{ ...plan, plan: [{ kind: 'party' }] }, /plan\[1\]\.kind: must be belief, poll, prompt, topic, board or break/],
    [{ ...plan, groups: 'Health' }, /groups: must be a list of texts/],
    ['{ "name": "broken", ', /not JSON/],
  ];
  for (const [content, message] of cases) {
    await t.test(String(message), () => {
      const db = path.join(tempDir(), 'balcony.sqlite');
      const r = spawnSync(process.env.BALCONY_BIN,
        ['--headless', '--bind', '127.0.0.1', '--port', '0', '--db', db, '--template', writeTemplate(content)],
        { encoding: 'utf8', timeout: 20000 });
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Nothing was set up/);
      assert.equal(r.stdout, '', 'no join address: Balcony did not start');
      // Nothing half-applied: the session in the file has no events (no title, no plan).
      const sessions = spawnSync(process.env.BALCONY_BIN, ['sessions', '--db', db], { encoding: 'utf8' });
      assert.doesNotMatch(sessions.stdout, /Winter pressures review/);
    });
  }
  await t.test('a missing file says so', () => {
    const r = spawnSync(process.env.BALCONY_BIN, ['--headless', '--port', '0', '--bind', '127.0.0.1', '--db',
      path.join(tempDir(), 'b.sqlite'), '--template', path.join(tempDir(), 'nowhere.json')], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /cannot be read/);
  });
});

test('every shipped template starts with a plan, and its first step opens the belief check', async () => {
  for (const [name, steps] of [['Partnership board', 9], ['Case review', 5], ['Belief check only', 2]]) {
    const b = await startBalcony({ args: ['--template', name] });
    try {
      assert.match(b.stderr(), new RegExp(`set up from the "${name}" template \\(${steps} plan steps\\)`));
      const listed = await b.command('plan');
      assert.match(listed, /^plan: 1\. Belief check \(1\u20135\) \| 2\. /, name);
      assert.match(listed, /next: Start: Belief check/, name);
      assert.match(await b.command('next'), new RegExp(`^ok: Start: Belief check.*\\(step 1 of ${steps}\\)`), name);
    } finally {
      await b.stop();
    }
  }
});
