// The page's words in the participant's language. Each language is one catalogue,
// assets/web/lang/<code>.json (docs/translating.md), gathered by the build into catalogues.js:
//   messages: key -> words, with {name} where a value goes; or, for words that change with a
//             number, one form per plural category of the language (Intl.PluralRules), chosen by
//             the value {count};
//   server:   the server's messages a phone may meet, by name -> words; the English catalogue
//             holds the server's English, which is how a message is recognised.
// The facilitator's and participants' own text is never translated: it shows as typed.
// No imports: the catalogue tests load this file on its own.

const kFallback = 'en';
const kStorageKey = 'balcony.lang';

let catalogues = {};
let code = kFallback;
const pluralRules = {}; // language -> Intl.PluralRules: a message's form follows its own catalogue's rules
let serverPatterns = []; // [{name, regex, slots}] from the English catalogue's server messages

export function setCatalogues(all) {
  catalogues = all || {};
  serverPatterns = [];
  const english = catalogues[kFallback];
  if (english) {
    for (const [name, text] of Object.entries(english.server)) {
      for (const form of typeof text === 'string' ? [text] : Object.values(text)) serverPatterns.push(patternFor(name, form));
    }
  }
  useLanguage(code);
}

// The languages there are, each by its own name, English first and the rest by name.
export function languages() {
  return Object.entries(catalogues)
    .map(([c, cat]) => ({ code: c, name: cat.name, dir: cat.dir }))
    .sort((a, b) => (a.code === kFallback ? -1 : b.code === kFallback ? 1 : a.name.localeCompare(b.name)));
}

export function language() { return code; }
export function direction() { return (catalogues[code] && catalogues[code].dir) || 'ltr'; }

export function useLanguage(wanted) {
  code = catalogues[wanted] ? wanted : kFallback;
}

function pluralsOf(c) {
  if (!pluralRules[c]) pluralRules[c] = new Intl.PluralRules(c);
  return pluralRules[c];
}

// Whether there are catalogues at all (catalogues.js may not have arrived on a busy network).
export function haveCatalogues() { return catalogues[kFallback] !== undefined; }

// The language to start in: the one chosen on this phone before, else the first of the phone's
// languages there is a catalogue for (by the whole tag, then by its language: cy-GB finds cy).
export function preferredLanguage(stored, phoneLanguages) {
  if (stored && catalogues[stored]) return stored;
  for (const tag of phoneLanguages || []) {
    if (catalogues[tag]) return tag;
    const base = String(tag).split('-')[0].toLowerCase();
    if (catalogues[base]) return base;
  }
  return kFallback;
}

export function storedLanguage() {
  try { return localStorage.getItem(kStorageKey) || ''; } catch { return ''; }
}

export function storeLanguage(c) {
  try { localStorage.setItem(kStorageKey, c); } catch { /* private browsing: asked again next time */ }
}

// Text with a strong right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
const kRightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

// Puts the values in; a value typed by someone (a group, a topic) is set apart from the sentence
// around it when the two may run in different directions, so neither reorders the other.
function fill(text, vars) {
  const isolate = direction() === 'rtl';
  return text.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!vars || vars[name] === undefined) return whole;
    const value = String(vars[name]);
    return (isolate || kRightToLeft.test(value)) && !/^[\d\s.,%-]*$/.test(value) ? '\u2068' + value + '\u2069' : value;
  });
}

function pick(entry, vars, c) {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object') return undefined;
  const n = vars ? Number(vars.count) : NaN;
  const form = Number.isFinite(n) ? pluralsOf(c).select(n) : 'other';
  return entry[form] !== undefined ? entry[form] : entry.other;
}

function lookup(section, key, vars) {
  for (const c of [code, kFallback]) {
    const cat = catalogues[c];
    const text = cat && cat[section] ? pick(cat[section][key], vars, c) : undefined;
    if (text !== undefined) return fill(text, vars);
  }
  return undefined;
}

// The words for `key` in the chosen language (English where a catalogue lacks them).
export function t(key, vars) {
  const text = lookup('messages', key, vars);
  return text === undefined ? key : text;
}

function escapeRegex(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

// "You have used all {count} of ..." -> a regex that finds the message and takes out its values.
function patternFor(name, text) {
  const slots = [];
  const source = text.split(/(\{\w+\})/).map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    if (!m) return escapeRegex(part);
    slots.push(m[1]);
    return m[1] === 'count' ? '(-?\\d+)' : '(.+?)';
  }).join('');
  return { name, regex: new RegExp('^' + source + '$'), slots };
}

// A message from the server in the chosen language; one no catalogue knows shows as it came.
export function serverText(message) {
  if (!message) return '';
  for (const p of serverPatterns) {
    const m = p.regex.exec(message);
    if (!m) continue;
    const vars = {};
    p.slots.forEach((slot, i) => { vars[slot] = m[i + 1]; });
    const text = lookup('server', p.name, vars);
    if (text !== undefined) return text;
  }
  return message;
}

// The phone's own locale when it is of the chosen language (en-GB writes dates as Britain does),
// else the language itself.
function localeForDates() {
  const tags = typeof navigator !== 'undefined' ? navigator.languages || [navigator.language] : [];
  return tags.find((tag) => tag && String(tag).split('-')[0].toLowerCase() === code.split('-')[0]) || code;
}

// A date written YYYY-MM-DD, as the language writes dates (as written, where it cannot).
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return iso || '';
  try {
    return new Intl.DateTimeFormat(localeForDates(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  } catch {
    return iso;
  }
}
