// A phone whose network drops and comes back: a real page (Debian's chromium) reaches Balcony
// through a TCP relay the test controls, so a connection can die without a close handshake, an
// acknowledgement can be lost after the answer was saved, and an answer can vanish on the way.
// Each time the answer must be counted exactly once and the phone must show it as given.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const net = require('node:net');
const { execFileSync } = require('node:child_process');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');

// 127.0.0.1 port 0 relayed to Balcony. Modes: 'pass'; 'frozen' (bytes in both directions are
// dropped and nothing is closed: Wi-Fi gone); 'no-replies' (the phone's bytes reach Balcony, the
// replies are dropped). cut() ends every relayed connection abruptly (no close handshake).
async function relay(port) {
  const pairs = new Set();
  const r = { mode: 'pass', connections: 0 };
  const server = net.createServer((client) => {
    r.connections++;
    const upstream = net.connect(port, '127.0.0.1');
    const pair = { client, upstream, mode: null };
    pairs.add(pair);
    const modeOf = () => pair.mode || r.mode;
    // The page asks for the relay's address; Balcony serves only requests for its own, so the
    // relay says Balcony's (a relay this simple stands in for the network, not for a proxy).
    const toBalcony = (d) => Buffer.from(String(d.toString('latin1')).split('127.0.0.1:' + r.port).join('127.0.0.1:' + port), 'latin1');
    client.on('data', (d) => { if (modeOf() === 'pass' || modeOf() === 'no-replies') upstream.write(toBalcony(d)); });
    upstream.on('data', (d) => { if (modeOf() === 'pass') client.write(d); });
    const end = () => { pairs.delete(pair); client.destroy(); upstream.destroy(); };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.port = server.address().port;
  // Only the connections open now take the mode: a new connection after a reconnect is healthy.
  r.breakOpen = (mode) => { for (const p of pairs) p.mode = mode; };
  r.cut = () => { for (const p of pairs) { p.client.resetAndDestroy(); p.upstream.destroy(); } pairs.clear(); };
  r.close = () => new Promise((resolve) => { r.cut(); server.close(resolve); });
  return r;
}

function beliefAnswers(balcony) {
  const log = JSON.parse(String(execFileSync(process.env.BALCONY_BIN,
    ['export', '--db', balcony.dbPath, '--format', 'json'])));
  return log.events.filter((e) => e.type === 'belief_answered').map((e) => e.data);
}

async function waitForAnswers(balcony, n) {
  for (let i = 0; i < 100; i++) {
    const m = /(\d+) answered/.exec(await balcony.command('status'));
    if (m && Number(m[1]) >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail('the answer never reached Balcony');
}

test('a phone that drops off the network resumes with every answer counted exactly once', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const port = Number(new URL(balcony.url).port);
  const r = await relay(port);
  try {
    assert.match(await balcony.command('open'), /^ok: belief check round 1 is open/);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${r.port}/?room=${balcony.room}`);
    await page.getByRole('button', { name: 'Health' }).click();
    await page.getByRole('heading', { name: 'Belief check' }).waitFor();
    const card = (belief) => page.locator('.card').nth(belief);
    const choose = (belief, value) =>
      page.getByRole('radiogroup').nth(belief).getByRole('radio', { name: value + ' of 5' }).click();
    const checked = (belief, value) =>
      page.getByRole('radiogroup').nth(belief).getByRole('radio', { name: value + ' of 5' }).getAttribute('aria-checked');

    // 1. The answer is saved but its acknowledgement is lost, then the connection dies abruptly.
    r.breakOpen('no-replies');
    await choose(0, 4);
    await waitForAnswers(balcony, 1);
    assert.equal(await card(0).locator('.state').textContent(), 'Saving…');
    r.cut();
    await card(0).getByText('Your answer is in').waitFor({ timeout: 15000 });

    // 2. The answer is lost on the way (Wi-Fi gone, nothing closed): the phone notices by itself
    //    that no acknowledgement came, connects again and sends it again.
    r.breakOpen('frozen');
    await choose(1, 2);
    await page.waitForTimeout(1000);
    assert.equal(await card(1).locator('.state').textContent(), 'Saving…');
    await card(1).getByText('Your answer is in').waitFor({ timeout: 15000 });
    // The welcome on the new connection brought back what the server held (not this answer);
    // the answer sent again still shows as chosen.
    assert.equal(await checked(1, 2), 'true');

    // 3. The phone goes offline (the browser's own switch) while answering and comes back.
    await context.setOffline(true);
    await choose(2, 5);
    await page.waitForTimeout(500);
    assert.equal(await card(2).locator('.state').textContent(), 'Saving…');
    await context.setOffline(false);
    await card(2).getByText('Your answer is in').waitFor({ timeout: 15000 });

    assert.ok(r.connections >= 3, 'the page connected again after each drop: ' + r.connections);
    for (const [belief, value] of [[0, 4], [1, 2], [2, 5]]) assert.equal(await checked(belief, value), 'true');
    assert.match(await balcony.command('status'), /1 joined, round 1 open, 1 answered/);

    // After a reload the page shows what the server holds: the same three answers.
    await page.reload();
    await page.getByRole('heading', { name: 'Belief check' }).waitFor();
    for (const [belief, value] of [[0, 4], [1, 2], [2, 5]]) assert.equal(await checked(belief, value), 'true');

    const stopped = await balcony.stop();
    assert.equal(stopped.code, 0, stopped.stderr);
    // Exactly one stored answer per belief: the resends added nothing.
    assert.deepEqual(beliefAnswers(balcony), [
      { participant: 1, round: 1, belief: 0, value: 4 },
      { participant: 1, round: 1, belief: 1, value: 2 },
      { participant: 1, round: 1, belief: 2, value: 5 },
    ]);
  } finally {
    await r.close();
    await browser.close();
    await balcony.stop('SIGKILL');
  }
});
