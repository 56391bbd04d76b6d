// Difference surfacing from real phones: rate a prompt from where you sit with a note, send a
// statement, and vote once the facilitator approves it. Moderated text never reaches a page.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');


test('participants answer a prompt by perspective, send and vote on statements', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('prompt case A 14-year-old missing from school three times this month'), /^ok: prompt 1 added/);
    assert.match(await balcony.command('showprompt 1'), /^ok/);

    const nurse = await (await browser.newContext(PHONE)).newPage();
    await nurse.goto(balcony.url);
    await nurse.getByRole('button', { name: 'Health' }).click();
    const officer = await (await browser.newContext(PHONE)).newPage();
    await officer.goto(balcony.url);
    await officer.getByRole('button', { name: 'Police' }).click();

    await nurse.getByRole('heading', { name: 'From where I sit' }).waitFor();
    await nurse.getByRole('radio', { name: '5 of 5' }).click();
    await nurse.locator('#prompt-card').getByText('Your rating is in').waitFor();
    await nurse.getByLabel('What I see from where I sit').fill('We only ever see him in A&E at night');
    await nurse.getByRole('button', { name: 'Add my note' }).click();
    await nurse.locator('#prompt-card').getByText('Your rating and note are in').waitFor();

    await officer.getByRole('radio', { name: '2 of 5' }).click();
    await officer.locator('#prompt-card').getByText('Your rating is in').waitFor();
    await officer.getByLabel('What I see from where I sit').fill('<img src=x onerror=alert(1)> rude words');
    await officer.getByRole('button', { name: 'Add my note' }).click();
    await officer.locator('#prompt-card').getByText('Your rating and note are in').waitFor();

    // The facilitator hides the second note from the terminal console.
    const notes = await balcony.command('notes');
    const rude = /(\d+) "<img/.exec(notes);
    assert.ok(rude, notes);
    assert.match(await balcony.command('hidenote ' + rude[1]), /^ok: note \d+ hidden/);

    // A statement waits for approval, then everyone can vote on it.
    await officer.getByLabel(/Add a statement/).fill('We should keep one shared chronology');
    await officer.getByRole('button', { name: 'Send to the facilitator' }).click();
    await officer.locator('#statement-state').getByText('It appears for everyone once the facilitator approves it').waitFor();
    assert.equal(await nurse.locator('.statement').count(), 0);
    assert.match(await balcony.command('statements'), /1 waiting "We should keep one shared chronology"/);
    assert.match(await balcony.command('approve 1'), /^ok: statement 1 approved/);
    await nurse.locator('.statement', { hasText: 'We should keep one shared chronology' }).waitFor();
    await nurse.getByRole('radio', { name: 'Agree', exact: true }).click();
    await nurse.locator('#statement-list').getByText('Your answer is in').waitFor();
    await officer.getByRole('radio', { name: 'Disagree', exact: true }).click();
    await officer.locator('#statement-list').getByText('Your answer is in').waitFor();
    if (shots) await nurse.screenshot({ path: path.join(shots, 'participant-difference.png'), fullPage: true });

    // A reload brings back the rating, the note and the vote.
    await nurse.reload();
    await nurse.getByRole('heading', { name: 'From where I sit' }).waitFor();
    assert.equal(await nurse.getByRole('radio', { name: '5 of 5' }).getAttribute('aria-checked'), 'true');
    assert.equal(await nurse.getByLabel('What I see from where I sit').inputValue(), 'We only ever see him in A&E at night');
    assert.equal(await nurse.getByRole('radio', { name: 'Agree', exact: true }).getAttribute('aria-checked'), 'true');

    // Nothing hidden or private ever appears on another participant's page.
    const html = await nurse.content();
    assert.ok(!html.includes('rude words'));
    assert.ok(!html.includes('onerror'));
    assert.match(await balcony.command('status'), /2 present, 2 joined, 1 statements \(0 waiting\)/);
  } finally {
    await browser.close();
    await balcony.stop();
  }
});
