// Words typed to break the room's screens: a word too long for a phone, a right-to-left override,
// invisible characters and a flood of combining marks. They arrive as plain, tidy text, and the
// page keeps its shape.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startBalcony, launchBrowser, PHONE } = require('./balcony_process');

const HOSTILE = [
  { typed: 'x'.repeat(190), shown: 'x'.repeat(190) },
  { typed: 'Agree \u202Eecnalab\u202C on hours', shown: 'Agree ecnalab on hours' },
  { typed: 'in\u200Bvis\u2060ible\uFEFF words', shown: 'invisible words' },
  { typed: 'Z' + '\u0336\u0317'.repeat(40) + 'algo', shown: 'Z\u0336\u0317\u0336\u0317algo' },
];

test('hostile statements are shown as plain text without breaking the page', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  const shots = process.env.BALCONY_SCREENSHOT_DIR;
  try {
    assert.match(await balcony.command('prompt case Who follows up after a missed appointment?'), /^ok/);
    assert.match(await balcony.command('showprompt 1'), /^ok/);
    const author = await (await browser.newContext(PHONE)).newPage();
    await author.goto(balcony.url);
    await author.getByRole('button', { name: 'Health' }).click();
    const reader = await (await browser.newContext(PHONE)).newPage();
    await reader.goto(balcony.url);
    await reader.getByRole('button', { name: 'Police' }).click();

    // One at a time: a participant may have three statements waiting for the facilitator.
    for (const [i, { typed }] of HOSTILE.entries()) {
      await author.getByLabel(/Add a statement/).fill(typed);
      await author.getByRole('button', { name: 'Send to the facilitator' }).click();
      await author.locator('#statement-state').getByText('It appears for everyone once the facilitator approves it').waitFor();
      const waiting = await balcony.command('statements');
      assert.match(waiting, new RegExp(`${i + 1} waiting "`));
      assert.ok(!/[\u202E\u200B\u2060\uFEFF]/.test(waiting), 'the console sees the cleaned words');
      assert.match(await balcony.command('approve ' + (i + 1)), /^ok/);
    }

    const statements = reader.locator('.statement');
    await reader.waitForFunction(() => document.querySelectorAll('.statement').length === 4);
    const texts = await statements.allTextContents();
    assert.deepEqual(texts.slice().sort(), HOSTILE.map((h) => h.shown).sort());

    // Nothing wider than the phone, and the flood of marks stays within a line or two.
    const layout = await reader.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      boxes: [...document.querySelectorAll('.statement')].map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, right: r.right, height: r.height, lineHeight: parseFloat(getComputedStyle(e).lineHeight) || 24 };
      }),
    }));
    assert.ok(layout.page <= layout.viewport, `page ${layout.page}px wide on a ${layout.viewport}px phone`);
    for (const box of layout.boxes) {
      assert.ok(box.right <= layout.viewport, `"${box.text.slice(0, 20)}" runs off the screen`);
      if (box.text.startsWith('Z')) assert.ok(box.height <= 2.5 * box.lineHeight, `marks climb to ${box.height}px`);
    }
    if (shots) await reader.screenshot({ path: path.join(shots, 'participant-hostile-text.png'), fullPage: true });
  } finally {
    await browser.close();
    await balcony.stop();
  }
});
