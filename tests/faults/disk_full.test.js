// A real full disk and a real read-only file system under Balcony: a small tmpfs mounted in a
// private mount namespace (unshare -m, so nothing outside this test sees it) holds the database.
// The facilitator must be told at once, participants must get an error instead of an ack, nothing
// acknowledged may be lost, and answers must be saved again once there is room.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const WebSocket = require('ws');
const { tempDir } = require('../browser/balcony_process');
const { startServer } = require('./kill9_harness');

const bin = process.env.BALCONY_BIN;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A process that only holds the private mount namespace with the tmpfs in it; every command of
// the test (Balcony included) joins that namespace through nsenter.
async function smallDisk(t, size) {
  const mnt = path.join(tempDir(), 'disk');
  fs.mkdirSync(mnt);
  const root = process.getuid() === 0;
  const holder = spawn('unshare', [...(root ? ['-m'] : ['-r', '-m']), '--propagation', 'private', 'sh', '-c',
    'mount -t tmpfs -o size="$1" tmpfs "$0" && echo mounted && exec sleep 600', mnt, size], { stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = await new Promise((resolve) => {
    let err = '';
    holder.stderr.on('data', (d) => { err += d; });
    holder.stdout.once('data', () => resolve(''));
    holder.on('exit', () => resolve(err || 'the namespace holder ended'));
  });
  assert.equal(ready, '', 'a private mount namespace with a tmpfs (needs root or user namespaces)');
  t.after(() => holder.kill('SIGKILL'));
  const enter = ['nsenter', '-t', String(holder.pid), ...(root ? [] : ['-U', '--preserve-credentials']), '-m', '--'];
  const run = (...args) => spawnSync(enter[0], [...enter.slice(1), ...args], { encoding: 'utf8' });
  return { mnt, enter, run, db: path.join(mnt, 'balcony.sqlite') };
}

// A phone over a real WebSocket: join, answer, and wait for the server's reply to that answer.
async function phone(port, room, token) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
  const inbox = [];
  const waiters = [];
  ws.on('message', (d) => {
    const msg = JSON.parse(String(d));
    const i = waiters.findIndex((w) => w.match(msg));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(msg); else inbox.push(msg);
  });
  const next = (match) => new Promise((resolve, reject) => {
    const i = inbox.findIndex(match);
    if (i >= 0) return resolve(inbox.splice(i, 1)[0]);
    const timer = setTimeout(() => reject(new Error('no reply')), 10000);
    waiters.push({ match, resolve: (m) => { clearTimeout(timer); resolve(m); } });
  });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  ws.send(JSON.stringify({ v: 1, type: 'join', room, ...(token ? { token } : {}) }));
  const welcome = await next((m) => m.type === 'welcome');
  let id = 0;
  return {
    welcome,
    token: welcome.token,
    async answer(round, belief, value) {
      const mine = ++id;
      ws.send(JSON.stringify({ v: 1, type: 'answer', id: mine, round, belief, value }));
      return next((m) => (m.type === 'ack' || m.type === 'error') && m.id === mine);
    },
    close: () => ws.close(),
  };
}

async function waitFor(what, check) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await sleep(50);
  }
  assert.fail('timed out waiting for ' + what);
}

function storedAnswers(disk) {
  const r = disk.run('/usr/bin/sqlite3', '-readonly', '-json', disk.db,
    "SELECT json_extract(body, '$.participant') AS p, json_extract(body, '$.belief') AS b, " +
    "json_extract(body, '$.value') AS v FROM events WHERE type = 'belief_answered' ORDER BY seq");
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim() ? JSON.parse(r.stdout) : [];
}

test('a full disk: the facilitator is told at once, phones get an error, and saving resumes once there is room',
  async (t) => {
    const disk = await smallDisk(t, '600k');
    const server = await startServer(bin, disk.db, disk.enter);
    t.after(() => server.child.kill('SIGKILL'));
    assert.match(await server.command('open'), /^ok: belief check round 1 is open/);
    const port = Number(server.url.port);
    const room = server.url.searchParams.get('room');
    const phones = [];
    for (let i = 0; i < 3; i++) phones.push(await phone(port, room));
    for (const p of phones) assert.equal((await p.answer(1, 0, 3)).type, 'ack');

    // Fill every byte left on the file system.
    const fill = disk.run('sh', '-c', 'cat /dev/zero > "$0/fill"; df -k "$0" | tail -1', disk.mnt);
    assert.match(fill.stderr, /No space left on device/);

    const refused = [];
    for (const p of phones) refused.push(await p.answer(1, 1, 4));
    for (const r of refused) {
      assert.equal(r.type, 'error', 'no ack for an answer that could not be saved');
      assert.equal(r.message, 'Your answer could not be saved. Please try again in a moment.');
    }
    await waitFor('the warning on the terminal', () => /WARNING/.test(server.stderr()));
    const warning = server.stderr().split('\n').find((l) => /WARNING/.test(l));
    assert.match(warning, /^balcony: WARNING: Answers could not be saved: .*(full|disk)/i);
    t.diagnostic('terminal: ' + warning);
    t.diagnostic('phone: ' + JSON.stringify(refused[0]));

    // What a returning phone is told about its answers is what is saved, not what was refused.
    const again = await phone(port, room, phones[0].token);
    assert.deepEqual(again.welcome.mine.answers, [3, -1, -1]);
    again.close();

    assert.doesNotMatch(server.stderr(), /being saved again/, 'a phone connecting is not taken for a saved answer');

    // Room again: the same answers are saved and acknowledged, and the terminal says so.
    assert.equal(disk.run('rm', path.join(disk.mnt, 'fill')).status, 0);
    for (const p of phones) assert.equal((await p.answer(1, 1, 2)).type, 'ack');
    await waitFor('the all-clear on the terminal', () => /answers are being saved again/.test(server.stderr()));
    t.diagnostic('terminal: ' + server.stderr().split('\n').find((l) => /answers are being saved again/.test(l)));

    const stored = storedAnswers(disk);
    assert.deepEqual(stored.map((a) => `${a.b}=${a.v}`).sort(), ['0=3', '0=3', '0=3', '1=2', '1=2', '1=2']);
    const check = disk.run('/usr/bin/sqlite3', '-readonly', disk.db, 'PRAGMA integrity_check');
    assert.equal(check.stdout.trim(), 'ok');
    for (const p of phones) p.close();
    server.child.kill('SIGTERM');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    assert.match(server.stderr(), /stopped cleanly/);
  });

test('a read-only database: a plain message and a non-zero exit, no crash', async (t) => {
  const disk = await smallDisk(t, '2m');
  const first = await startServer(bin, disk.db, disk.enter);
  assert.match(await first.command('open'), /^ok/);
  first.child.kill('SIGTERM');
  assert.equal((await first.exited).code, 0);

  // The kernel refuses to make a file system read-only under an open writer (EBUSY), so the
  // file system goes read-only between two runs, as a stick with a write-protect switch would.
  const ro = disk.run('mount', '-o', 'remount,ro', disk.mnt);
  assert.equal(ro.status, 0, ro.stderr);
  const r = spawnSync(disk.enter[0], [...disk.enter.slice(1), bin, '--headless', '--bind', '127.0.0.1', '--port', '0',
    '--db', disk.db], { encoding: 'utf8', timeout: 20000 });
  t.diagnostic('read-only: exit ' + r.status + ', stderr: ' + r.stderr.trim());
  assert.equal(r.signal, null, 'no crash');
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '', 'no join address for a session that cannot be saved');
  assert.match(r.stderr, /read-only/i);
});
