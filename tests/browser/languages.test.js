// The page in the participant's language: every catalogue complete (each message, each plural form
// its language has, the same values to fill in) and able to say every message the server may send
// a phone; a phone set to Welsh gets Welsh, with Welsh plurals, and the facilitator's words as
// typed; the switch on the page changes language and is remembered; and a right-to-left catalogue
// (made up here from the English one) lays the page out right to left, with nothing sideways.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startBalcony, launchBrowser } = require('./balcony_process');

const ROOT = path.join(__dirname, '..', '..');
const LANG_DIR = path.join(ROOT, 'assets', 'web', 'lang');
const SMALL_PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

function catalogues() {
  const all = {};
  for (const file of fs.readdirSync(LANG_DIR).filter((f) => f.endsWith('.json'))) {
    all[file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(LANG_DIR, file), 'utf8'));
  }
  return all;
}

const forms = (entry) => (typeof entry === 'string' ? { other: entry } : entry);
const slots = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

// What is wrong with one catalogue's section against the English one.
function sectionProblems(code, section, english, theirs) {
  const problems = [];
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  for (const key of Object.keys(english)) {
    if (theirs[key] === undefined) { problems.push(code + ': ' + section + '.' + key + ' is missing'); continue; }
    const want = new Set(Object.values(forms(english[key])).flatMap((t) => [...slots(t)]));
    const entry = theirs[key];
    if (typeof entry !== 'string') {
      if (!want.has('count')) problems.push(code + ': ' + section + '.' + key + ' has plural forms but no {count}');
      for (const c of categories) {
        if (typeof entry[c] !== 'string') problems.push(code + ': ' + section + '.' + key + ' lacks the "' + c + '" form');
      }
      for (const c of Object.keys(entry)) {
        if (!categories.includes(c)) problems.push(code + ': ' + section + '.' + key + ' has a form "' + c + '" the language lacks');
      }
    }
    for (const [form, text] of Object.entries(forms(entry))) {
      const have = slots(text);
      for (const s of want) {
        // A plural form may spell its number out ("un bleidlais"); every other value must be there.
        if (!have.has(s) && s !== 'count') problems.push(code + ': ' + section + '.' + key + ' (' + form + ') lacks {' + s + '}');
      }
      for (const s of have) if (!want.has(s)) problems.push(code + ': ' + section + '.' + key + ' (' + form + ') has {' + s + '}, unknown');
      if (!text.trim()) problems.push(code + ': ' + section + '.' + key + ' (' + form + ') is empty');
    }
  }
  for (const key of Object.keys(theirs)) {
    if (english[key] === undefined) problems.push(code + ': ' + section + '.' + key + ' is not in the English catalogue');
  }
  return problems;
}

test('every catalogue has every message, every plural form of its language and the same values', () => {
  const all = catalogues();
  assert.ok(all.en && all.cy, 'English and Welsh are shipped');
  const problems = [];
  for (const [code, cat] of Object.entries(all)) {
    if (typeof cat.name !== 'string' || !cat.name) problems.push(code + ': no name');
    if (cat.dir !== 'ltr' && cat.dir !== 'rtl') problems.push(code + ': dir is "ltr" or "rtl"');
    assert.equal(Intl.getCanonicalLocales(code)[0].toLowerCase(), code.toLowerCase(), code + ' is a language tag');
    problems.push(...sectionProblems(code, 'messages', all.en.messages, cat.messages || {}));
    problems.push(...sectionProblems(code, 'server', all.en.server, cat.server || {}));
  }
  assert.deepEqual(problems, []);
});

// Every message the server can put in an error, from the C++ sources: literal pieces joined, a
// computed piece standing for one value.
function serverMessages() {
  const found = new Set();
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(cpp|hpp)$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(ROOT, 'modules'));
  const literal = /"((?:[^"\\]|\\.)*)"/g;
  const join = (expr) => {
    let text = '';
    let last = 0;
    for (const m of expr.matchAll(literal)) {
      if (expr.slice(last, m.index).replace(/[\s+]/g, '') !== '') text += '{}';
      text += m[1];
      last = m.index + m[0].length;
    }
    if (expr.slice(last).replace(/[\s+)]/g, '') !== '') text += '{}';
    return text.replace(/\{\}\{\}/g, '{}');
  };
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/fail\(ErrorCode::\w+,\s*([\s\S]*?)\);/g)) {
      if (m[1].includes('"')) {
        // A choice of two messages (cond ? "a" : "b"): each on its own.
        const parts = m[1].split(/\s:\s/).map((p) => p.replace(/^[^"]*\?\s*/, ''));
        if (parts.length === 2 && !m[1].includes('+')) for (const p of parts) found.add(join(p));
        else found.add(join(m[1]));
      }
    }
    for (const m of src.matchAll(/encodeError\([^,]+,\s*"\w+",\s*([\s\S]*?)\)\);/g)) if (m[1].includes('"')) found.add(join(m[1]));
    for (const m of src.matchAll(/DecodeError\{"\w+",\s*([\s\S]*?)\}/g)) found.add(join(m[1]));
    for (const m of src.matchAll(/constexpr[^=]*\bk(?:WrongRoom|NotJoined)\w*\s*=\s*"((?:[^"\\]|\\.)*)"/g)) found.add(m[1]);
    for (const m of src.matchAll(/return \{"bad_field",\s*([\s\S]*?)\};/g)) found.add(join(m[1]));
  }
  return found;
}

// Messages only the facilitator can meet (from the console or the terminal), never a phone.
const FACILITATOR_ONLY = [
  /^A decision /, /^A poll needs /, /^A prompt (is|needs) /, /^A session needs /, /^A signal setting /,
  /^A topic/, /^Each belief statement /, /^Each participant has /, /^Group names /, /^Options must /,
  /^Owner and resources /, /^Say what, /, /^The endeavour /, /^The poll needs /, /^The review date /,
  /^The scale must /, /^The session needs /, /^The smallest group /, /^There is no such (alert|flag with words|item\b.*to move|note|topic)/,
  /^There is no (belief check|poll) to /, /^This session already exists/, /^A hidden statement /, /^That place is outside /,
  /^There is no poll to show/, /^A plan holds /, /^There is no such (place|step) in the plan/,
  /^That is not a stage of the learning cycle/, /^That is not one of the lenses/, /^A question can be at most /,
  /^Ask at most six questions/, /^No reflection has been opened/, /^There is no such reflection/,
  /^A room's name is /, /^That room's summary is /, /^That is not a network address/,
];

test('the catalogues can say every message the server may send a phone', () => {
  const english = catalogues().en.server;
  const patterns = Object.values(english).flatMap((e) => Object.values(forms(e)))
    .map((t) => new RegExp('^' + t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w*\\?\}/g, '.+') + '$'));
  const messages = [...serverMessages()];
  assert.ok(messages.length > 60, 'the server\'s messages are found in its sources (' + messages.length + ')');
  const unknown = messages.filter((m) => !FACILITATOR_ONLY.some((f) => f.test(m)))
    .filter((m) => !patterns.some((p) => p.test(m.replace(/\{\}/g, '7'))));
  assert.deepEqual(unknown, []);
});

// i18n.js on its own (it imports nothing), with the shipped catalogues.
async function translator() {
  const src = fs.readFileSync(path.join(ROOT, 'assets', 'web', 'i18n.js'), 'utf8');
  const i18n = await import('data:text/javascript;base64,' + Buffer.from(src).toString('base64'));
  i18n.setCatalogues(catalogues());
  return i18n;
}

test('plural forms, the phone\'s language, and the server\'s messages in Welsh', async () => {
  const i18n = await translator();
  assert.equal(i18n.preferredLanguage('', ['cy-GB', 'en-GB']), 'cy');
  assert.equal(i18n.preferredLanguage('', ['fr-FR', 'cy']), 'cy');
  assert.equal(i18n.preferredLanguage('', ['fr-FR']), 'en');
  assert.equal(i18n.preferredLanguage('en', ['cy-GB']), 'en', 'a language chosen on the page wins');
  i18n.useLanguage('cy');
  const left = (n) => i18n.t('clarity.energyLeft', { count: n, budget: 8 });
  assert.equal(left(0), 'Does gennych chi ddim pleidleisiau egni ar ôl, o 8.');
  assert.equal(left(1), 'Mae gennych chi un bleidlais egni ar ôl, o 8.');
  assert.equal(left(2), 'Mae gennych chi ddwy bleidlais egni ar ôl, o 8.');
  assert.equal(left(3), 'Mae gennych chi dair pleidlais egni ar ôl, o 8.');
  assert.equal(left(6), 'Mae gennych chi chwe phleidlais egni ar ôl, o 8.');
  assert.equal(left(5), 'Mae gennych chi 5 o bleidleisiau egni ar ôl, o 8.');
  assert.equal(i18n.serverText('You have used all 3 of your energy votes. Take one back to move it.'),
    'Rydych chi wedi defnyddio\'r tair pleidlais egni sydd gennych chi. Tynnwch un yn ôl i\'w symud.');
  assert.equal(i18n.serverText('Your flag is in and still counts. You can raise another in 45 seconds.'),
    'Mae eich baner i mewn ac yn dal i gyfrif. Gallwch godi un arall mewn 45 eiliad.');
  assert.equal(i18n.serverText("The field 'room' is missing or has the wrong type."),
    "Mae'r maes 'room' ar goll neu o'r math anghywir.");
  assert.equal(i18n.serverText('Something no catalogue knows.'), 'Something no catalogue knows.');
  i18n.useLanguage('en');
  assert.equal(i18n.t('clarity.energyLeft', { count: 1, budget: 3 }), 'You have 1 of 3 energy votes left.');
  assert.equal(i18n.serverText('Your flag is in and still counts. You can raise another in 1 second.'),
    'Your flag is in and still counts. You can raise another in 1 second.');
});

test('a Welsh phone: Welsh words, Welsh plurals and errors, the facilitator\'s text as typed; the switch remembered',
  async () => {
    const balcony = await startBalcony();
    const browser = await launchBrowser();
    try {
      assert.match(await balcony.command('topic 20 Ein cynllun: the plan'), /^ok/);
      assert.match(await balcony.command('start 1'), /^ok/);
      const context = await browser.newContext({ ...SMALL_PHONE, locale: 'cy-GB' });
      const page = await context.newPage();
      await page.goto(balcony.origin + '/');
      await page.getByRole('heading', { name: 'Ymuno â\'r sesiwn' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
      await page.getByLabel(/Cod yr ystafell/).fill('ZZZZ');
      await page.getByRole('button', { name: 'Ymuno' }).click();
      await page.getByText('Nid cod yr ystafell hon yw hwnnw. Gwiriwch y cod ar y sgrin.').waitFor();
      await page.getByLabel(/Cod yr ystafell/).fill(balcony.room);
      await page.getByRole('button', { name: 'Ymuno' }).click();
      await page.getByRole('heading', { name: 'Gyda pha grŵp ydych chi yma?' }).waitFor();
      await page.getByRole('button', { name: 'Health' }).click(); // the facilitator's group names, as typed
      await page.getByRole('heading', { name: 'Rydych chi i mewn' }).waitFor();
      await page.getByText('Nawr: Ein cynllun: the plan. Os yw\'r cyfarfod yn mynd rownd mewn cylchoedd').waitFor();
      assert.equal(await page.locator('#me').textContent(), 'Rydych chi\'n ateb fel: Health');

      await balcony.command('show clarity');
      await page.getByRole('heading', { name: 'Eglurder am nawr' }).waitFor();
      await page.getByLabel('Cynigiwch rywbeth y gallen ni ei wneud nawr').fill('Un pwynt cyswllt i deuluoedd');
      await page.getByRole('button', { name: 'Anfon at yr hwylusydd' }).click();
      await page.locator('#proposal-state').getByText(/Wedi'i anfon/).waitFor(); // not the live region's copy
      assert.match(await balcony.command('approveitem 1'), /^ok/);
      await page.getByText('Mae gennych chi dair pleidlais egni ar ôl, o 3.').waitFor();
      await page.getByRole('button', { name: /Rhoi fy egni yn: Un pwynt cyswllt/ }).click();
      await page.getByText('Mae gennych chi ddwy bleidlais egni ar ôl, o 3. Tapiwch eto i dynnu un yn ôl.').waitFor();
      await page.locator('#proposal-list').getByText('✓ Mae eich egni ar hwn').waitFor();

      // The switch: English now, and still English after a reload; Welsh again from the switch.
      await page.getByLabel('Iaith').selectOption('en');
      await page.getByRole('heading', { name: 'Clarity for now' }).waitFor();
      await page.getByText('You have 2 of 3 energy votes left. Tap again to take one back.').waitFor();
      assert.equal(await page.locator('#me').textContent(), 'You are answering as: Health');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.reload();
      await page.getByRole('heading', { name: 'Clarity for now' }).waitFor();
      await page.getByLabel('Language').selectOption('cy');
      await page.getByRole('heading', { name: 'Eglurder am nawr' }).waitFor();
      assert.equal(await page.locator('#link').textContent(), 'Wedi cysylltu');
    } finally {
      await browser.close();
      await balcony.stop();
    }
  });

// A made-up right-to-left catalogue: the English words, each behind a Hebrew word so the text runs
// right to left, under a code no catalogue ships (he), served in place of the real catalogues.
function rightToLeftCatalogues(real) {
  const mark = (text) => 'שלום ' + text;
  const each = (section) => Object.fromEntries(Object.entries(section).map(([k, v]) =>
    [k, typeof v === 'string' ? mark(v) : Object.fromEntries(Object.entries(v).map(([f, t]) => [f, mark(t)]))]));
  const en = real.en;
  const he = { name: 'עברית (test)', dir: 'rtl', messages: each(en.messages), server: each(en.server) };
  // Hebrew's plural forms (one, two, other) from the English ones.
  for (const section of [he.messages, he.server]) {
    for (const [k, v] of Object.entries(section)) if (typeof v !== 'string') section[k] = { one: v.one, two: v.other, other: v.other };
  }
  return { ...real, he };
}

test('a right-to-left language: the page laid out right to left, nothing sideways, no audit violations', async () => {
  const balcony = await startBalcony();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ ...SMALL_PHONE, locale: 'he-IL', bypassCSP: true });
    await context.route('**/catalogues.js', (route) => route.fulfill({
      contentType: 'text/javascript; charset=utf-8',
      body: 'window.balconyCatalogues = ' + JSON.stringify(rightToLeftCatalogues(catalogues())) + ';',
    }));
    const page = await context.newPage();
    await page.goto(balcony.origin + '/?room=' + balcony.room);
    await page.getByRole('button', { name: 'Police' }).click();
    assert.match(await balcony.command('open'), /^ok/);
    await page.getByRole('heading', { name: 'שלום Belief check' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await page.getByRole('radio', { name: 'שלום 4 of 5' }).first().click();
    await page.getByText('שלום ✓ Your answer is in').first().waitFor();

    const layout = await page.evaluate(() => {
      const box = (el) => el.getBoundingClientRect();
      const scale = [...document.querySelectorAll('#statements .card')[0].querySelectorAll('.scale button')];
      const ends = document.querySelectorAll('#statements .card')[0].querySelectorAll('.ends span');
      return {
        firstRightOfSecond: box(scale[0]).left > box(scale[1]).left,
        lowEndRight: box(ends[0]).left > box(ends[1]).left,
        brandRight: box(document.querySelector('.brand')).left > document.documentElement.clientWidth / 2,
        headingAligned: getComputedStyle(document.querySelector('#belief h1')).direction,
        wide: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      };
    });
    assert.deepEqual(layout, { firstRightOfSecond: true, lowEndRight: true, brandRight: true, headingAligned: 'rtl',
      wide: false });
    // The arrow keys follow the layout: Left is the next value when the scale runs from the right.
    await page.getByRole('radio', { name: 'שלום 4 of 5' }).first().focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.activeElement.getAttribute('aria-checked') === 'true' &&
      document.activeElement.textContent === '5');
    // A group's name (typed, left to right) is set apart from the right-to-left sentence around it.
    assert.equal(await page.locator('#me').textContent(), 'שלום You are answering as: \u2068Police\u2069');
    const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id));
    assert.deepEqual(violations, []);
    if (process.env.BALCONY_SCREENSHOT_DIR) {
      await page.screenshot({ path: path.join(process.env.BALCONY_SCREENSHOT_DIR, 'phone-rtl.png'), fullPage: true });
    }
  } finally {
    await browser.close();
    await balcony.stop();
  }
});
