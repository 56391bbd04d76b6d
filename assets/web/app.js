// Balcony participant page: loads the page's modules (main.js and what it imports). Kept a plain
// deferred script so that a browser too old for modules says so instead of showing a dead page.
'use strict';
import('./main.js').catch(() => {
  const link = document.getElementById('link');
  link.textContent = 'This browser is too old for Balcony. Please update it, or use another phone.';
  link.classList.add('down');
});
