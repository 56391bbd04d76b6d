// Reflection from a real phone: the participant writes privately first, and the draft is in no
// database (not the laptop's, not its log) until they share it; a reload keeps the draft on the
// phone; a shared reflection waits for the facilitator, then the room sees it, with its dimension.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');

// Every byte Balcony has written for this session: the database and its write-ahead log.
function stored(balcony) {
  let all = '';
  for (const suffix of ['', '-wal', '-journal']) {
    const file = balcony.dbPath + suffix;
    if (fs.existsSync(file)) all += fs.readFileSync(file).toString('latin1');
  }
  return all;
}

test('a reflection stays on the phone until it is shared, then waits for approval', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('reflect sense-making sage'), /^ok: reflection 1 is open/);
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(balcony.url);
    await page.getByRole('button', { name: 'Police' }).click();
    await page.getByRole('heading', { name: 'Reflection' }).waitFor();
    await page.getByText('Conceptualisation: sense making').waitFor();
    await page.getByText('As the sage: what is the learning?').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'What keeps repeating?' }).waitFor();

    // Written privately: kept on the phone, and nowhere on the laptop.
    const secret = 'I am scared the budget cut lands on my team';
    const other = 'We avoid naming who decides';
    for (const words of [secret, other]) {
      await page.getByLabel(/Write for yourself first/).fill(words);
      await page.getByRole('button', { name: 'Keep on this phone' }).click();
      await page.locator('#reflection-drafts').getByText(words).waitFor();
    }
    assert.match(await balcony.command('reflections'), /^reflections: untouched: feeling perceiving thinking relating doing being$/);
    assert.equal(stored(balcony).includes(secret), false, 'a draft is not in the database');

    // A reload (or a dropped connection) keeps the drafts: they live on the phone.
    await page.reload();
    await page.locator('#reflection-drafts').getByText(other).waitFor();

    // Shared, with the dimension it touches: now it reaches the laptop, anonymously, and waits.
    const card = page.locator('#reflection-drafts .card', { hasText: other });
    await card.getByLabel('Which dimension does it touch? (optional)').selectOption('relating');
    await card.getByRole('button', { name: 'Share with the room, anonymously' }).click();
    await card.getByText('It appears for everyone once the facilitator approves it').waitFor();
    assert.match(await balcony.command('reflections'),
      /^reflections: 1 waiting sense-making relating "We avoid naming who decides"; untouched: feeling perceiving thinking relating doing being$/);
    assert.equal(stored(balcony).includes(secret), false, 'the draft not shared is still not in the database');
    await page.locator('#reflection-shared').getByText('Nothing shared yet.').waitFor();

    // Approved: the room sees it, and "relating" is touched.
    assert.match(await balcony.command('approvereflection 1'), /^ok/);
    await page.locator('#reflection-shared').getByText(other).waitFor();
    await page.locator('#reflection-shared').getByText('Relating').waitFor();
    assert.match(await balcony.command('reflections'), /untouched: feeling perceiving thinking doing being$/);
    if (shots) await page.screenshot({ path: path.join(shots, 'participant-reflection.png'), fullPage: true });

    // The view from the balcony names what reflection has not touched; one command makes it a topic.
    assert.match(await balcony.command('patterns'),
      /^patterns: 1 "The room's reflection has not touched feeling, perceiving, thinking, doing and being\.";$/);
    assert.match(await balcony.command('patterntopic 1'), /^ok: topic added: Reflecting on feeling, perceiving, thinking, doing and being$/);
    assert.match(await balcony.command('patternclarity 1'), /^error: that pattern has nothing to propose/);
    assert.match(await balcony.command('show reflection'), /^ok/);

    // Closed: the phone says so, keeps its drafts, and cannot share.
    assert.match(await balcony.command('close'), /^ok/);
    await page.getByText('This reflection is closed. Your drafts stay on this phone.').waitFor();
    const left = page.locator('#reflection-drafts .card', { hasText: secret });
    assert.equal(await left.getByRole('button', { name: 'Share with the room, anonymously' }).isDisabled(), true);
  } finally {
    await browser.close();
    await balcony.stop();
  }
});
