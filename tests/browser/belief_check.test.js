// Two participants join from real browser pages (Debian's chromium), choose their groups and
// answer the belief check; the answers are checked against the server's own state, and survive
// a restart of Balcony on the same database.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');


function exportJson(balcony) {
  const out = execFileSync(process.env.BALCONY_BIN, ['export', '--db', balcony.dbPath, '--format', 'json']);
  return JSON.parse(String(out));
}

async function answerAll(page, values) {
  for (let belief = 0; belief < values.length; belief++) {
    const group = page.getByRole('radiogroup').nth(belief);
    await group.getByRole('radio', { name: values[belief] + ' of 5' }).click();
    await page.locator('.card').nth(belief).getByText('Your answer is in').waitFor();
  }
}

test('two participants join from browsers and answer the belief check', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('open'), /^ok: belief check round 1 is open/);

    const alice = await (await browser.newContext(PHONE)).newPage();
    const bob = await (await browser.newContext(PHONE)).newPage();
    const consoleErrors = [];
    for (const p of [alice, bob]) p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

    // Alice scans the QR code: the room code comes in the address.
    await alice.goto(balcony.url);
    await alice.getByRole('button', { name: 'Health' }).click();
    // Bob types the address and the room code himself, in lower case.
    await bob.goto(balcony.origin + '/');
    await bob.getByLabel(/Room code/).fill(balcony.room.toLowerCase());
    await bob.getByRole('button', { name: 'Join' }).click();
    await bob.getByRole('button', { name: 'Police' }).click();

    await alice.getByRole('heading', { name: 'Belief check' }).waitFor();
    await bob.getByRole('heading', { name: 'Belief check' }).waitFor();
    await answerAll(alice, [5, 4, 2]);
    await answerAll(bob, [4, 2, 1]);
    if (shots) await alice.screenshot({ path: path.join(shots, 'participant.png') });

    // Bob changes his mind while the check is open.
    await bob.getByRole('radiogroup').nth(2).getByRole('radio', { name: '3 of 5' }).click();
    await bob.locator('.card').nth(2).getByText('Your answer is in').waitFor();

    assert.match(await balcony.command('status'), /2 present, 2 joined, round 1 open, 2 answered/);

    // Bob's phone reloads the page: he comes back as the same participant with his answers.
    await bob.reload();
    await bob.getByRole('heading', { name: 'Belief check' }).waitFor();
    assert.equal(await bob.getByRole('radiogroup').nth(2).getByRole('radio', { name: '3 of 5' })
      .getAttribute('aria-checked'), 'true');

    // Results are hidden from participants until revealed.
    assert.equal(await alice.locator('.results').count(), 0);
    assert.match(await balcony.command('reveal'), /^ok: results revealed/);
    // Two answers, under the privacy threshold of 3: not even the whole room's result shows.
    await alice.locator('.summary').first().waitFor();
    assert.match(await alice.locator('.summary').first().textContent(), /Too few answers to show/);
    assert.equal(await alice.locator('.results').count(), 0);
    assert.match(await balcony.command('threshold 2'), /^ok/);
    await alice.getByText(/median 4\.5/).first().waitFor();
    await alice.locator('.results').first().waitFor();
    const summary = await alice.locator('.summary').first().textContent();
    assert.match(summary, /median 4\.5, mean 4\.5, 2 answered/);
    if (shots) await alice.screenshot({ path: path.join(shots, 'participant-revealed.png') });
    assert.deepEqual(consoleErrors, []);

    const stopped = await balcony.stop();
    assert.equal(stopped.code, 0, stopped.stderr);

    // The server's own record: two participants in their groups, one answer each per belief.
    const log = exportJson(balcony);
    const joined = log.events.filter((e) => e.type === 'participant_joined');
    const groups = log.events.filter((e) => e.type === 'group_chosen');
    assert.equal(joined.length, 2);
    assert.deepEqual(groups.map((g) => g.data.group).sort(), ['Health', 'Police']);
    const answers = new Map();
    for (const e of log.events.filter((x) => x.type === 'belief_answered')) {
      answers.set(e.data.participant + ':' + e.data.belief, e.data.value);
    }
    const byGroup = {};
    for (const g of groups) byGroup[g.data.group] = g.data.participant;
    const values = (p) => [0, 1, 2].map((b) => answers.get(p + ':' + b));
    assert.deepEqual(values(byGroup.Health), [5, 4, 2]);
    assert.deepEqual(values(byGroup.Police), [4, 2, 3]);
    assert.ok(!JSON.stringify(log).includes('"token"'), 'tokens stay out of exports');
  } finally {
    await browser.close();
    await balcony.stop().catch(() => {});
  }
});

test('after a restart the session and every acknowledged answer come back', async () => {
  const first = await startBalcony();
  const browser = await launchBrowser();
  try {
    await first.command('open');
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(first.url);
    await page.getByRole('button', { name: 'Schools' }).click();
    await answerAll(page, [3, 3, 3]);
    await first.stop('SIGINT');

    // Same laptop, same port: the phone's saved identity belongs to that address.
    const second = await startBalcony({ db: first.dbPath, port: Number(new URL(first.url).port) });
    try {
      assert.equal(second.room, first.room);
      assert.match(await second.command('status'), /1 joined, round 1 open, 1 answered/);
      // The same phone reloads the page and is recognised.
      await page.reload();
      await page.getByRole('heading', { name: 'Belief check' }).waitFor();
      for (let b = 0; b < 3; b++) {
        assert.equal(await page.getByRole('radiogroup').nth(b).getByRole('radio', { name: '3 of 5' })
          .getAttribute('aria-checked'), 'true');
      }
      assert.match(await second.command('status'), /1 present, 1 joined/);
    } finally {
      await second.stop();
    }
  } finally {
    await browser.close();
  }
});
