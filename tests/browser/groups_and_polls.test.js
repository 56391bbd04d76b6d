// Participants from several groups in real browser pages: the belief check by group (with the
// privacy threshold), and a quick poll from the terminal console, answered and revealed.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');


async function joinAs(browser, balcony, group) {
  const page = await (await browser.newContext(PHONE)).newPage();
  await page.goto(balcony.url);
  await page.getByRole('button', { name: group }).click();
  return page;
}

test('participants from several groups answer a belief check and a quick poll', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('open'), /^ok/);
    const groups = ['Health', 'Health', 'Health', 'Police', 'Police', 'Police', 'Schools'];
    const pages = [];
    for (const g of groups) pages.push(await joinAs(browser, balcony, g));
    // Health believes it will happen, police do not; the lone school is never shown alone.
    for (let i = 0; i < pages.length; i++) {
      const value = groups[i] === 'Health' ? 5 : groups[i] === 'Police' ? 1 : 3;
      const radio = pages[i].getByRole('radiogroup').nth(2).getByRole('radio', { name: value + ' of 5' });
      await radio.click();
      await pages[i].locator('.card').nth(2).getByText('Your answer is in').waitFor();
    }
    assert.match(await balcony.command('status'), /7 present, 7 joined, round 1 open, 7 answered/);

    // A quick poll goes live from the terminal console and replaces the belief check on phones.
    assert.match(await balcony.command('pollmulti Who else should be in the room? | Housing | GPs | Voluntary sector'),
      /^ok: poll 1 is live/);
    const first = pages[0];
    await first.getByRole('heading', { name: 'Quick poll' }).waitFor();
    await first.getByText('Who else should be in the room?').waitFor();
    await first.getByRole('checkbox', { name: 'Housing' }).click();
    await first.locator('#poll-card').getByText('Your answer is in').waitFor();
    await first.getByRole('checkbox', { name: 'GPs' }).click();
    await first.locator('#poll-card').getByText('Your answer is in').waitFor();
    assert.equal(await first.getByRole('checkbox', { name: 'Housing' }).getAttribute('aria-checked'), 'true');
    assert.equal(await first.getByRole('checkbox', { name: 'GPs' }).getAttribute('aria-checked'), 'true');
    for (const page of pages.slice(1, 4)) {
      await page.getByRole('checkbox', { name: 'Housing' }).click();
      await page.locator('#poll-card').getByText('Your answer is in').waitFor();
    }
    assert.equal(await first.locator('.option-results').count(), 0, 'results hidden until revealed');
    if (shots) await first.screenshot({ path: path.join(shots, 'participant-poll.png') });

    assert.match(await balcony.command('reveal'), /^ok: poll results revealed/);
    await first.locator('.option-results').waitFor();
    assert.match(await first.locator('.option-results').textContent(), /Housing: 4 \(100%\).*GPs: 1 \(25%\).*Voluntary sector: 0 \(0%\)/);
    if (shots) await first.screenshot({ path: path.join(shots, 'participant-poll-revealed.png') });

    // Back to the belief check: phones follow the projector.
    assert.match(await balcony.command('show belief'), /^ok/);
    await first.getByRole('heading', { name: 'Belief check' }).waitFor();
    assert.match(await balcony.command('status'), /poll 1 open, 4 answered/);
  } finally {
    await browser.close();
    await balcony.stop();
  }
});
