// Balcony participant page: loads the page's modules (main.js and what it imports). Kept a plain
// deferred script, so that if a module does not arrive (a busy room's network) the page says
// plainly to reload rather than sitting there dead.
'use strict';
import('./main.js').catch(() => {
  const link = document.getElementById('link');
  link.textContent = 'The page did not load completely. Please reload it.';
  link.classList.add('down');
});
