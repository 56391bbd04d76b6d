// The command line as a user meets it: help, version, bad arguments, the default database in the
// user's data folder, clear messages for trouble, and a clean stop on SIGINT and SIGTERM.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startBalcony, tempDir } = require('../browser/balcony_process');

const bin = process.env.BALCONY_BIN;
const run = (args, env = {}) =>
  spawnSync(bin, args, { encoding: 'utf8', timeout: 20000, env: { ...process.env, ...env } });

test('--help and --version answer and exit 0', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  for (const option of ['--headless', '--port', '--bind', '--db', 'export']) assert.match(help.stdout, new RegExp(option));
  const version = run(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^balcony \d+\.\d+\.\d+/);
});

test('unknown or bad arguments give a clear message and a non-zero exit', () => {
  for (const args of [['--frobnicate'], ['--port', 'eighty'], ['--port', '70000'], ['export', '--format', 'pdf']]) {
    const r = run(args);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.ok((r.stderr + r.stdout).length > 0, 'says why: ' + args.join(' '));
  }
});

test('--headless prints the join address first and creates the default database on first run', async () => {
  const home = tempDir();
  const { spawn } = require('node:child_process');
  const child = spawn(bin, ['--headless', '--bind', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, XDG_DATA_HOME: path.join(home, 'data') },
  });
  const first = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(String(d).split('\n')[0])));
  assert.match(first, /^http:\/\/127\.0\.0\.1:\d+\/\?room=[A-Z0-9]{4}$/);
  assert.ok(fs.existsSync(path.join(home, 'data', 'balcony', 'balcony.sqlite')));
  child.kill('SIGINT');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 0);
});

test('a port already in use gets a plain message with what to do', async () => {
  const blocker = net.createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  try {
    const port = blocker.address().port;
    const r = run(['--headless', '--bind', '127.0.0.1', '--port', String(port), '--db', path.join(tempDir(), 'b.sqlite')]);
    assert.equal(r.status, 3);
    assert.match(r.stderr, new RegExp('Port ' + port + ' is already in use.*--port 0'));
  } finally {
    blocker.close();
  }
});

test('a database that cannot be created gets a plain message', () => {
  const dir = tempDir();
  const file = path.join(dir, 'a-file');
  fs.writeFileSync(file, 'not a folder');
  const r = run(['--headless', '--port', '0', '--db', path.join(file, 'balcony.sqlite')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Cannot create the folder/);
});

test('a second Balcony on the same database is refused', async () => {
  const first = await startBalcony();
  try {
    const r = run(['--headless', '--bind', '127.0.0.1', '--port', '0', '--db', first.dbPath]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Another Balcony is already using/);
  } finally {
    await first.stop();
  }
});

test('mid-meeting, exports read beside the running Balcony: from the command line and the terminal', async () => {
  const balcony = await startBalcony();
  try {
    assert.match(await balcony.command('open'), /^ok: belief check round 1 is open/);
    assert.match(await balcony.command('poll Lunch here? | Yes | No'), /^ok/);
    // Another process, while the meeting runs: what is stored so far, with a word on stderr.
    const md = run(['export', '--db', balcony.dbPath, '--format', 'markdown']);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /Lunch here\?/);
    assert.match(md.stderr, /a meeting is running on this database/);
    const json = run(['export', '--db', balcony.dbPath, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    assert.ok(JSON.parse(json.stdout).events.some((e) => e.type === 'poll_opened'));
    // The facilitator at the terminal: every export into a folder, the meeting going on.
    const folder = path.join(balcony.dir, 'exports');
    assert.match(await balcony.command('export ' + folder), /^ok: Exported/);
    assert.ok(fs.readdirSync(folder).some((f) => f.endsWith('.md')), fs.readdirSync(folder).join(', '));
    // With no folder given, beside the database the meeting runs on (not the default one).
    const beside = path.join(path.dirname(balcony.dbPath), 'exports');
    const answer = await balcony.command('export');
    assert.ok(answer.startsWith('ok: Exported') && answer.includes(beside), answer);
    assert.ok(fs.readdirSync(beside).some((f) => f.endsWith('.html')), fs.readdirSync(beside).join(', '));
    assert.match(await balcony.command('help'), /export \[FOLDER\]/);
    assert.match(await balcony.command('status'), /^status: /); // still answering
  } finally {
    await balcony.stop();
  }
});

test('SIGTERM stops cleanly and the terminal console runs facilitator commands', async () => {
  const balcony = await startBalcony();
  const help = await balcony.command('help');
  assert.match(help, /^commands: open/);
  // The help comes from the boards themselves: every board can be put on the projector, and each
  // board's own commands are listed.
  assert.match(help, /show belief\|poll\|difference\|topics\|clarity/);
  for (const word of ['pollscale', 'showprompt', 'decide N', 'approveitem N', 'threshold N']) assert.ok(help.includes(word), word);
  assert.match(await balcony.command('show stage'), /^error: show belief\|poll\|difference\|topics\|clarity/);
  assert.match(await balcony.command('close'), /^error: No belief check is open/);
  assert.match(await balcony.command('open 0-10'), /^ok: belief check round 1 is open/);
  assert.match(await balcony.command('launch rockets'), /^error: unknown command 'launch'/);
  assert.match(await balcony.command('topic 1 Winter plan'), /^ok: topic 1 added/);
  assert.match(await balcony.command('start 1'), /^ok: topic 1 is current/); // left running
  const stopped = await balcony.stop('SIGTERM');
  assert.equal(stopped.code, 0);
  // The round, the topic, its start, and the clean stop itself: the exports count to it.
  assert.match(stopped.stderr, /stopped cleanly; 5 events stored/);
  const md = run(['export', '--db', balcony.dbPath, '--format', 'markdown']);
  assert.equal(md.status, 0);
  assert.match(md.stdout, /## Belief check, round 1 \(scale 0–10\)/);
  assert.match(md.stdout, /Session: 0 min, to the moment Balcony was closed\./);
  const json = JSON.parse(run(['export', '--db', balcony.dbPath, '--format', 'json']).stdout);
  assert.equal(json.events.at(-1).type, 'session_stopped');
});

test('exports: Markdown, JSON, CSV and iCalendar, and the list of sessions', async () => {
  const balcony = await startBalcony();
  assert.match(await balcony.command('open'), /^ok/);
  assert.match(await balcony.command('clear Weekly huddle | Schools and police | One officer | 2027-01-10'), /^ok/);
  assert.match(await balcony.command('prompt case =HYPERLINK("x") a hostile prompt'), /^ok/);
  await balcony.stop();
  const out = (format) => run(['export', '--db', balcony.dbPath, '--format', format]);
  const md = out('markdown');
  assert.equal(md.status, 0);
  assert.match(md.stdout, /Clear for now \(provisional\)/);
  const json = JSON.parse(out('json').stdout);
  assert.equal(json.format, 'balcony-events');
  assert.ok(json.events.some((e) => e.type === 'clarity_item_added'));
  const ics = out('ics');
  assert.match(ics.stdout, /DTSTART;VALUE=DATE:20270110\r\n/);
  const file = path.join(tempDir(), 'responses.csv');
  const csv = run(['export', '--db', balcony.dbPath, '--format', 'csv', '-o', file]);
  assert.equal(csv.status, 0);
  assert.match(fs.readFileSync(file, 'utf8'), /^board,item,question,participant,group,answer\r\n/);
  const sessions = run(['sessions', '--db', balcony.dbPath]);
  assert.match(sessions.stdout, /^1\t\d{4}-\d\d-\d\d\tseries 1\t0 participants\tPartnership meeting/);
  const folder = path.join(tempDir(), 'outcomes');
  const all = run(['export', '--db', balcony.dbPath, '--format', 'all', '-o', folder]);
  assert.equal(all.status, 0, all.stderr);
  assert.match(all.stderr, /export 5 of 5/);
  const written = fs.readdirSync(folder).sort();
  assert.equal(written.length, 5);
  assert.ok(written.some((f) => f.endsWith('.html')) && written.some((f) => f.endsWith('-events.json')));
  const html = fs.readFileSync(path.join(folder, written.find((f) => f.endsWith('.html'))), 'utf8');
  assert.match(html, /<svg/);
  assert.doesNotMatch(html, /<script|https?:\/\//);  // self-contained, nothing fetched or run
  const reopened = await startBalcony({ db: balcony.dbPath, args: ['--session', '1'] });
  assert.match(await reopened.command('items'), /Weekly huddle/);
  await reopened.stop();
  const noSuch = run(['--headless', '--port', '0', '--bind', '127.0.0.1', '--db', balcony.dbPath, '--session', '7']);
  assert.equal(noSuch.status, 2);
  assert.match(noSuch.stderr, /there is no session 7/);
  const missing = run(['export', '--db', balcony.dbPath, '--session', '9']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /there is no session 9/);
});

test('the terminal quotes participant text so a script can tell where it ends', async () => {
  const balcony = await startBalcony();
  try {
    assert.match(await balcony.command('clear Say "yes"; then \\ "no" | Ann'), /^ok: item 1 is agreed for now/);
    assert.equal(await balcony.command('items'), 'items: 1 agreed for now energy 0 "Say \\"yes\\"; then \\\\ \\"no\\"";');
  } finally {
    await balcony.stop();
  }
});

test('on a system that allows few open files, Balcony says how many phones it can take', async () => {
  const { spawn } = require('node:child_process');
  const db = path.join(tempDir(), 'few.sqlite');
  // A soft and hard limit of 300 open files: 172 phones after the 128 kept for Balcony itself.
  const child = spawn('bash', ['-c', 'ulimit -n 300 && exec "$0" "$@"', bin, '--headless', '--bind', '127.0.0.1',
    '--port', '0', '--db', db]);
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  child.kill('SIGINT');
  assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 0);
  assert.match(stderr, /allows 300 open files, so Balcony takes at most 172 phones at once/);
});

test('an event of many rooms: each mistake in its options gets a plain message; the plenary shows what rooms type',
  async () => {
    const db = path.join(tempDir(), 'balcony.sqlite');
    const base = ['--headless', '--bind', '127.0.0.1', '--port', '0', '--db', db];
    const cases = [
      [['--event', 'spring'], /--event needs --room NAME/],
      [['--event', 'spring', '--room', 'room-1'], /needs the broker's address/],
      [['--room', 'room-1'], /--room requires --event/],
      [['--event', 'spring/x', '--room', 'room-1', '--broker', '127.0.0.1:1884'], /An event's name is letters, digits/],
      [['--event', 'spring', '--room', 'plenary', '--broker', '127.0.0.1:1884'], /not 'plenary'/],
      [['--event', 'spring', '--room', 'room-1', '--broker', '127.0.0.1:port'], /must be ADDRESS:PORT/],
      [['--event', 'spring', '--plenary', '--start-broker'], /Name the event's rooms/],
    ];
    for (const [args, message] of cases) {
      const r = run([...base, ...args]);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
    }
    // The plenary starts its own broker and says, per room, what its facilitator types.
    const port = await new Promise((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    });
    const plenary = await startBalcony({ args: ['--event', 'spring', '--plenary', '--start-broker', '--rooms',
      'room-1,room-2', '--broker-port', String(port)] });
    try {
      // The link shows with the next snapshot: asked until it does (a moment).
      let line = '';
      for (let i = 0; i < 50 && !line.startsWith('event: event'); i++) {
        line = await plenary.command('event');
        if (!line.startsWith('event: event')) await new Promise((r) => setTimeout(r, 100));
      }
      assert.match(line, new RegExp(`^event: event spring as plenary, broker 127\\.0\\.0\\.1:${port}`));
      const stopped = await plenary.stop('SIGTERM');
      assert.equal(stopped.code, 0);
      for (const room of ['room-1', 'room-2']) {
        assert.match(stopped.stderr, new RegExp(`${room}: balcony --event spring --room ${room} --broker 127\\.0\\.0\\.1:${port} --broker-password [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}`));
      }
      // The broker went with the plenary: its port is free again.
      const free = await new Promise((resolve) => {
        const c = net.connect(port, '127.0.0.1');
        c.once('connect', () => { c.destroy(); resolve(false); });
        c.once('error', () => resolve(true));
      });
      assert.ok(free, 'the broker stopped with the plenary');
    } finally {
      try { process.kill(plenary.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  });
