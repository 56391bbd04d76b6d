// Raising an anonymous flag from a phone, from any screen, in one tap and a confirm; the words
// reach the projector only after the facilitator approves them; one flag per two minutes.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');


test('a participant raises a flag from the belief check; a second one waits', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('topic 20 Who funds step-down beds'), /^ok: topic 1 added/);
    assert.match(await balcony.command('start 1'), /^ok: topic 1 is current/);
    assert.match(await balcony.command('open'), /^ok/);
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(balcony.url);
    await page.getByRole('button', { name: 'Schools' }).click();
    await page.getByRole('heading', { name: 'Belief check' }).waitFor();

    await page.getByRole('button', { name: /Flag/ }).click();
    await page.getByRole('heading', { name: 'Raise a flag' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Raise the flag' }).isDisabled(), true);
    await page.getByRole('radio', { name: "There's an elephant in the room" }).click();
    await page.getByLabel(/Name it/).fill('The budget has already gone');
    await page.getByRole('button', { name: 'Raise the flag' }).click();
    await page.locator('#flag-state').getByText('Your flag is in').waitFor();
    // A screen reader hears it once: the page's one live region says the status line's words.
    await page.waitForFunction(() => document.getElementById('announce').textContent.includes('Your flag is in'));
    assert.equal(await page.locator('[aria-live]', { hasText: 'Your flag is in' }).count(), 1);
    if (shots) await page.screenshot({ path: path.join(shots, 'participant-flag.png') });

    assert.match(await balcony.command('flags'), /flags: 1 elephant waiting "The budget has already gone";/);
    assert.match(await balcony.command('approveflag 1'), /^ok/);
    assert.match(await balcony.command('flags'), /1 elephant approved/);

    // Straight away again: refused with a clear reason, nothing stored.
    await page.getByRole('radio', { name: "We're going round in circles" }).click();
    await page.getByRole('button', { name: 'Raise the flag' }).click();
    await page.locator('#flag-state').getByText(/You can raise another in \d+ seconds/).waitFor();
    assert.match(await balcony.command('flags'), /^flags: 1 [^;]*;$/);

    // Back to where they were.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Belief check' }).waitFor();
  } finally {
    await browser.close();
    await balcony.stop();
  }
});
