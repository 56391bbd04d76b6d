// Balcony participant page: loads the page's modules (main.js and what it imports). Kept a plain
// deferred script, so that if a module does not arrive (a busy room's network) the page says
// plainly to reload rather than sitting there dead, in the phone's language where it can.
'use strict';
import('./main.js').catch(() => {
  const all = window.balconyCatalogues || {};
  let chosen = '';
  try { chosen = localStorage.getItem('balcony.lang') || ''; } catch { chosen = ''; }
  const tags = [chosen, ...(navigator.languages || [navigator.language])].filter(Boolean);
  const found = tags.map((tag) => all[tag] || all[String(tag).split('-')[0]]).find(Boolean);
  const words = found && found.messages['load.failed'];
  const link = document.getElementById('link');
  link.textContent = words || 'The page did not load completely. Please reload it.';
  link.classList.add('down');
});
