// More new participants from one address than a room behind one guest network brings: past the
// burst of 100, a real phone (Debian's chromium) waits for the facilitator, says so in plain words,
// and joins by itself once the facilitator lets that address in; kept out, it is told so.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const WebSocket = require('ws');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');

// One scripted participant: connects, joins, and resolves with the server's first answer.
function scriptedJoin(origin, room) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(origin.replace('http', 'ws') + '/ws');
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ v: 1, type: 'join', room, group: 'Health' })));
    ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.type === 'welcome' || msg.type === 'error') resolve({ ws, msg });
    });
  });
}

test('past 100 newcomers from one address, a phone waits for "Let them in", saying so, then joins', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const sockets = [];
  try {
    for (let i = 0; i < 100; i++) {
      const { ws, msg } = await scriptedJoin(balcony.origin, balcony.room);
      assert.equal(msg.type, 'welcome');
      sockets.push(ws);
    }
    const extra = await scriptedJoin(balcony.origin, balcony.room);
    assert.equal(extra.msg.code, 'waiting_admission');
    sockets.push(extra.ws);

    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(balcony.url); // the QR code's address: the page joins at once
    const link = page.locator('#link');
    await assert.doesNotReject(link.getByText('the facilitator is asked to let you in').waitFor({ timeout: 10000 }));
    const shots = path.join(process.env.BALCONY_TEST_TMP || balcony.dir, 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'phone-waiting-to-be-let-in.png') });
    assert.match(await balcony.command('status'), /100 joined.*2 waiting to join from 127\.0\.0\.1/);

    // The terminal's twin of the console's button: the phone joins on its own next try.
    assert.match(await balcony.command('letin 127.0.0.1'), /^ok: new participants from 127\.0\.0\.1 are let in/);
    await page.getByRole('button', { name: 'Health' }).click({ timeout: 10000 });
    let status = '';
    for (let i = 0; i < 50 && !/101 joined/.test(status); i++) {
      await page.waitForTimeout(100);
      status = await balcony.command('status');
    }
    assert.match(status, /101 joined/);
    assert.doesNotMatch(status, /waiting to join/); // the console's notice is gone
    await page.screenshot({ path: path.join(shots, 'phone-let-in.png') });
    assert.equal(await link.getByText('the facilitator is asked to let you in').count(), 0);

    // Kept out: a new phone is told so and stays on the join screen.
    assert.match(await balcony.command('keepout 127.0.0.1'), /^ok: new participants from 127\.0\.0\.1 are kept out/);
    const out = await scriptedJoin(balcony.origin, balcony.room);
    assert.equal(out.msg.code, 'kept_out');
    sockets.push(out.ws);
    assert.match(await balcony.command('keepout 10.0.0.x'), /^error: That is not a network address/);
  } finally {
    for (const ws of sockets) ws.close();
    await browser.close();
    await balcony.stop();
  }
});
