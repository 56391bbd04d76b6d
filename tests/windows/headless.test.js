// balcony.exe, the Windows build, under Wine: it serves the participant page, a phone on the Linux
// side joins over a real WebSocket and answers a belief check, the acknowledgement comes only once
// the answer is on disk (checked by killing Balcony the moment it arrives), and a clean stop on
// Ctrl+C keeps every answer.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { startBalcony, tempDir } = require('../browser/balcony_process.js');
const { phone, answers } = require('./wine_phone.js');

process.env.BALCONY_BIN = process.env.BALCONY_EXE;
process.env.BALCONY_LAUNCHER = process.env.BALCONY_WINE;

function get(origin, path) {
  return new Promise((resolve, reject) => {
    http.get(origin + path, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
    }).on('error', reject);
  });
}

test('balcony.exe under Wine serves the page, acknowledges only what is stored, and stops cleanly', async () => {
  // A facilitator's folder may be named in any language: the path must arrive as typed.
  const folder = path.join(tempDir(), 'Zoë 会議');
  let balcony = await startBalcony({ db: path.join(folder, 'balcony.sqlite') });
  assert.deepStrictEqual(fs.readdirSync(folder).filter((f) => !f.includes('-')).sort(), ['balcony.sqlite', 'balcony.sqlite.lock']);
  try {
    const page = await get(balcony.origin, '/');
    assert.strictEqual(page.status, 200);
    assert.match(page.type, /text\/html/);
    assert.match(page.body, /<html/i);
    assert.strictEqual((await get(balcony.origin, '/app.js')).status, 200);

    assert.match(await balcony.command('open'), /^ok: belief check round 1 is open/);
    const first = await phone(balcony);
    await first.waitFor((m) => m.type === 'state' && m.round && m.round.open);
    first.ws.send(JSON.stringify({ v: 1, id: 7, type: 'answer', round: 1, belief: 0, value: 4 }));
    const ack = await first.waitFor((m) => (m.type === 'ack' || m.type === 'error') && m.id === 7);
    assert.strictEqual(ack.type, 'ack');
    // Killed the moment the acknowledgement arrives: what was acknowledged must already be on disk.
    process.kill(balcony.pid, 'SIGKILL');
    await balcony.exited;
    first.ws.terminate();
    assert.deepStrictEqual(answers(balcony.dbPath), ['0=4']);

    // Started again on the same file: the same participant, the answer back, a second answer, then
    // Ctrl+C (Wine turns SIGINT into the console's Ctrl+C event).
    const db = balcony.dbPath;
    balcony = await startBalcony({ db });
    const again = await phone(balcony, first.welcome.token);
    assert.strictEqual(again.welcome.token, first.welcome.token);
    assert.deepStrictEqual(again.welcome.mine.answers.slice(0, 1), [4]);
    again.ws.send(JSON.stringify({ v: 1, id: 8, type: 'answer', round: 1, belief: 2, value: 2 }));
    assert.strictEqual((await again.waitFor((m) => (m.type === 'ack' || m.type === 'error') && m.id === 8)).type, 'ack');
    const stopped = await balcony.stop('SIGINT');
    again.ws.terminate();
    assert.strictEqual(stopped.code, 0, stopped.stderr);
    assert.match(stopped.stderr, /stopped cleanly/);
    assert.deepStrictEqual(answers(db), ['0=4', '2=2']);
    const integrity = execFileSync('/usr/bin/sqlite3', ['-readonly', db, 'PRAGMA integrity_check'], { encoding: 'utf8' });
    assert.strictEqual(integrity.trim(), 'ok');

    // The exports, into a folder named with accents too.
    const exports = path.join(folder, 'Exportés');
    execFileSync(process.env.BALCONY_WINE, [process.env.BALCONY_EXE, 'export', '--db', db, '--format', 'all', '-o', exports],
      { stdio: 'pipe' });
    const written = fs.readdirSync(exports).map((f) => f.replace(/^balcony-session-1-\d{4}-\d\d-\d\d/, '')).sort();
    assert.deepStrictEqual(written, ['-events.json', '-responses.csv', '-review-dates.ics', '.html', '.md']);
    const csv = fs.readFileSync(path.join(exports, fs.readdirSync(exports).find((f) => f.endsWith('.csv'))), 'utf8');
    assert.match(csv, /belief,round 1,/);
  } finally {
    try { process.kill(balcony.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});
