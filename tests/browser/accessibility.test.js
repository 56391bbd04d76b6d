// The participant page for every person: a keyboard-only participant joins, picks a group and
// answers with the keys alone; focus lands on each new screen's heading; answers are announced;
// every screen passes axe-core's WCAG 2.1 AA audit in light and dark; touch targets are at least
// 44x44 CSS px at 360 px wide; and nothing needs horizontal scrolling at 200% text.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { startBalcony, launchBrowser } = require('./balcony_process');

const SMALL_PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, text: el.textContent.trim(), id: el.id, label: el.getAttribute('aria-label') || '' };
});

// Tab until `matches` holds for the focused element (at most `limit` presses).
async function tabTo(page, matches, limit = 15) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('Tab never reached the element; last: ' + JSON.stringify(await focused(page)));
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  });
}

// Visible controls smaller than 44x44 CSS px, named.
const smallTargets = (page) => page.evaluate(() => [...document.querySelectorAll('button, input, textarea, select, a')]
  .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
  .map((el) => ({ el, r: el.getBoundingClientRect() }))
  .filter(({ r }) => r.width < 44 || r.height < 44)
  .map(({ el, r }) => (el.getAttribute('aria-label') || el.textContent.trim() || el.id) + ' ' +
    Math.round(r.width) + 'x' + Math.round(r.height)));

// Whether the page is wider than the screen with the text at twice its size.
const scrollsSideways = (page) => page.evaluate(async () => {
  const html = document.documentElement;
  const before = html.style.fontSize;
  html.style.fontSize = '225%'; // the page's 112.5%, doubled
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const wide = html.scrollWidth > html.clientWidth + 1;
  html.style.fontSize = before;
  return wide;
});

async function checkScreen(page, name, problems) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const v of await axeViolations(page)) problems.push(name + ' (' + scheme + '): ' + v);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  for (const t of await smallTargets(page)) problems.push(name + ': small target ' + t);
  if (await scrollsSideways(page)) problems.push(name + ': scrolls sideways at 200% text');
}

test('keyboard alone: join, a group, three answers in the database; focus and announcements follow', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  try {
    assert.match(await balcony.command('open'), /^ok: belief check round 1 is open/);
    const page = await (await browser.newContext(SMALL_PHONE)).newPage();
    await page.goto(balcony.origin + '/');
    await page.getByRole('heading', { name: 'Join the session' }).waitFor();
    await tabTo(page, (f) => f.id === 'room');
    await page.keyboard.type(balcony.room);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: /Which group/ }).waitFor();
    assert.match((await focused(page)).text, /Which group/, 'focus on the group screen\'s heading');
    await tabTo(page, (f) => f.text === 'Police');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Belief check' }).waitFor();
    assert.equal((await focused(page)).text, 'Belief check', 'focus on the board\'s heading');
    // First statement: into its scale, End chooses 5.
    await tabTo(page, (f) => f.label === '1 of 5');
    await page.keyboard.press('End');
    await page.locator('.card').nth(0).getByText('Your answer is in').waitFor();
    assert.equal((await focused(page)).label, '5 of 5', 'focus stays on the value chosen');
    await page.waitForFunction(() => document.getElementById('announce').textContent.includes('Your answer is in'));
    // One Tab goes on to the second statement's scale (not back to the first): Enter chooses 1.
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).label, '1 of 5');
    await page.keyboard.press('Enter');
    await page.locator('.card').nth(1).getByText('Your answer is in').waitFor();
    // Third: the arrow keys move along the scale, choosing as they go; Left comes back to 3.
    await page.keyboard.press('Tab');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
    await page.waitForFunction(() => document.querySelectorAll('.card')[2].textContent.includes('Your answer is in') &&
      document.activeElement.getAttribute('aria-label') === '3 of 5');
    // What was said is in the accessibility tree, as a live status.
    await page.waitForFunction(() => document.getElementById('announce').textContent.includes('Your answer is in'));
    assert.match(await page.locator('body').ariaSnapshot(), /- status: ✓ Your answer is in/);

    // A board change puts focus on the new board's heading.
    assert.match(await balcony.command('poll Lunch here? | Yes | No'), /^ok/);
    await page.getByRole('heading', { name: 'Quick poll' }).waitFor();
    await page.waitForFunction(() => document.activeElement.tagName === 'H1');
    assert.equal((await focused(page)).text, 'Quick poll');
    // The next poll on the same screen starts at its top, its heading focused, like a new board.
    await page.getByRole('radio', { name: 'Yes' }).focus();
    await page.evaluate(() => window.scrollTo(0, 400));
    assert.match(await balcony.command('poll Coffee first? | Yes | No'), /^ok/);
    await page.getByRole('heading', { name: 'Coffee first?' }).waitFor();
    await page.waitForFunction(() => document.activeElement.tagName === 'H1' && window.scrollY === 0);
    // Arrow keys in the options: Down from Yes takes No.
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Yes');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement.textContent === 'No' &&
      document.activeElement.getAttribute('aria-checked') === 'true');

    const stopped = await balcony.stop();
    assert.equal(stopped.code, 0, stopped.stderr);
    const log = JSON.parse(String(execFileSync(process.env.BALCONY_BIN,
      ['export', '--db', balcony.dbPath, '--format', 'json'])));
    const last = {};
    for (const e of log.events) if (e.type === 'belief_answered') last[e.data.belief] = e.data.value;
    assert.deepEqual(last, { 0: 5, 1: 1, 2: 3 });
  } finally {
    await browser.close();
    await balcony.stop().catch(() => {});
  }
});

test('every screen: no WCAG 2.1 AA violation in light or dark, 44 px targets, no sideways scrolling at 200% text',
  async () => {
    const balcony = await startBalcony();
    const browser = await launchBrowser();
    const problems = [];
    try {
      // The page's own Content-Security-Policy forbids inline scripts: the audit's script is let in.
      const page = await (await browser.newContext({ ...SMALL_PHONE, bypassCSP: true })).newPage();
      await page.goto(balcony.origin + '/');
      await page.getByRole('heading', { name: 'Join the session' }).waitFor();
      await checkScreen(page, 'join', problems);
      await page.getByLabel(/Room code/).fill('AB');
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByText('The room code is 4 letters or digits.').waitFor();
      await checkScreen(page, 'join with an error', problems);
      await page.getByLabel(/Room code/).fill(balcony.room);
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByRole('heading', { name: /Which group/ }).waitFor();
      await checkScreen(page, 'group', problems);
      await page.getByRole('button', { name: 'Health' }).click();
      await page.getByRole('heading', { name: "You're in" }).waitFor();
      await checkScreen(page, 'waiting', problems);

      await balcony.command('open 0-10');
      await page.getByRole('heading', { name: 'Belief check' }).waitFor();
      await page.getByRole('radio', { name: '7 of 10' }).first().click();
      await page.getByText('Your answer is in').first().waitFor();
      await checkScreen(page, 'belief check 0-10', problems);
      await balcony.command('close');
      await balcony.command('reveal');
      await page.locator('.summary').first().waitFor();
      await checkScreen(page, 'belief results', problems);

      await balcony.command('pollmulti Who else should be here? | Housing | GPs | Voluntary sector');
      await page.getByRole('heading', { name: 'Quick poll' }).waitFor();
      await checkScreen(page, 'poll', problems);

      await balcony.command('prompt risk A placement breakdown before Christmas');
      await balcony.command('showprompt 1');
      await page.getByRole('heading', { name: 'From where I sit' }).waitFor();
      await page.getByRole('radio', { name: '4 of 5' }).click();
      await checkScreen(page, 'difference', problems);

      await page.getByRole('button', { name: /Flag/ }).click();
      await page.getByRole('heading', { name: 'Raise a flag' }).waitFor();
      await checkScreen(page, 'flag', problems);
      await page.getByRole('button', { name: 'Back' }).click();

      await balcony.command('show clarity');
      await page.locator('#clarity:not([hidden])').waitFor();
      await checkScreen(page, 'clarity', problems);
    } finally {
      await browser.close();
      await balcony.stop();
    }
    assert.deepEqual(problems, []);
  });
