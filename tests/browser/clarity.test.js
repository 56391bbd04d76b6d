// Clarity for now from real phones: propose an item (it waits for approval), put energy into
// proposals up to the limit, move it, and see what is agreed for now. Then the next session of
// the series opens with the endeavour and the open items.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');


test('participants propose and put energy into clarity items; the next session carries them', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('endeavour Every child grows up safe, well and learning'), /^ok/);
    assert.match(await balcony.command('clear Weekly huddle on missing children | Schools and police | One officer | 2027-01-10'),
      /^ok: item 1 is agreed for now/);
    assert.match(await balcony.command('show clarity'), /^ok/);

    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(balcony.url);
    await page.getByRole('button', { name: 'Police' }).click();
    await page.getByRole('heading', { name: 'Clarity for now' }).waitFor();
    await page.getByText('Every child grows up safe, well and learning').waitFor();
    await page.getByText('Weekly huddle on missing children').waitFor();
    await page.getByText('Schools and police · One officer · review 10 Jan 2027').waitFor();

    await page.getByLabel('Propose something we could do now').fill('Share the nurse rota with GPs');
    await page.getByRole('button', { name: 'Send to the facilitator' }).click();
    await page.locator('#proposal-state').getByText('It appears for everyone once the facilitator approves it').waitFor();
    assert.match(await balcony.command('items'), /2 proposed waiting energy 0 "Share the nurse rota with GPs"/);
    assert.match(await balcony.command('approveitem 2'), /^ok/);
    await page.getByText('Share the nurse rota with GPs').waitFor();

    // Energy: up to three, then a clear refusal; taking one back frees it.
    for (const what of ['Front door now', 'Joint training now', 'Chronology now']) {
      await page.getByLabel('Propose something we could do now').fill(what);
      await page.getByRole('button', { name: 'Send to the facilitator' }).click();
      await page.locator('#proposal-state').getByText('It appears for everyone once the facilitator approves it').waitFor();
    }
    for (const n of [3, 4, 5]) assert.match(await balcony.command('approveitem ' + n), /^ok/);
    await page.getByText('Chronology now').waitFor();
    // The page shows a vote at once; "Your energy is on this" (or "taken back") comes with the
    // server's acknowledgement.
    const acknowledged = (what) => page.locator('#proposal-list .card', { hasText: what })
      .getByText(/Your energy is (on this|taken back)/).waitFor();
    for (const what of ['Share the nurse rota with GPs', 'Front door now', 'Joint training now']) {
      await page.getByRole('button', { name: 'Put my energy into: ' + what }).click();
      await page.getByRole('button', { name: 'Take my energy back from: ' + what }).waitFor();
      await acknowledged(what);
    }
    await page.getByText('You have 0 of 3 energy votes left').waitFor();
    await page.getByRole('button', { name: 'Put my energy into: Chronology now' }).click();
    await page.getByText(/You have used all 3 of your energy votes/).waitFor();
    await page.getByRole('button', { name: 'Put my energy into: Chronology now' }).waitFor();  // rolled back
    await page.getByRole('button', { name: 'Take my energy back from: Front door now' }).click();
    await acknowledged('Front door now');
    await page.getByRole('button', { name: 'Put my energy into: Chronology now' }).click();
    await page.getByRole('button', { name: 'Take my energy back from: Chronology now' }).waitFor();
    await acknowledged('Chronology now');
    assert.match(await balcony.command('items'), /5 proposed energy 1 "Chronology now"/);
    assert.match(await balcony.command('items'), /3 proposed energy 0 "Front door now"/);
    assert.match(await balcony.command('drop 3'), /^ok/);
    if (shots) await page.screenshot({ path: path.join(shots, 'participant-clarity.png'), fullPage: true });
  } finally {
    await browser.close();
    await balcony.stop();
  }

  // The next meeting of the series starts with the endeavour and the open items.
  const next = await startBalcony({ db: balcony.dbPath, args: ['--new-session'] });
  try {
    const items = await next.command('items');
    assert.match(items, /"Weekly huddle on missing children"/);
    assert.match(items, /"Chronology now"/);
    assert.doesNotMatch(items, /"Front door now"/);  // dropped items stay behind
  } finally {
    const stopped = await next.stop();
    assert.match(stopped.stderr, /carried the endeavour and \d+ open items/);
  }
});
