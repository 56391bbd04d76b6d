// A phone for the Windows checks: joins a Balcony over a real WebSocket the way the page does, and
// reads what the database holds with Debian's sqlite3.
'use strict';
const { execFileSync } = require('node:child_process');
const WebSocket = require('ws');

// A phone: joins (with its token when it has one) and answers, resolving on each reply.
async function phone(balcony, token) {
  const ws = new WebSocket(`ws://127.0.0.1:${new URL(balcony.url).port}/ws`, { origin: balcony.origin });
  const inbox = [];
  const waiters = [];
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    const i = waiters.findIndex((w) => w.match(msg));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(msg); else inbox.push(msg);
  });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  const waitFor = (match, ms = 20000) => new Promise((resolve, reject) => {
    const i = inbox.findIndex(match);
    if (i >= 0) return resolve(inbox.splice(i, 1)[0]);
    const timer = setTimeout(() => reject(new Error('no matching message within ' + ms + ' ms')), ms);
    waiters.push({ match, resolve: (m) => { clearTimeout(timer); resolve(m); } });
  });
  ws.send(JSON.stringify({ v: 1, type: 'join', room: balcony.room, ...(token ? { token } : {}) }));
  const welcome = await waitFor((m) => m.type === 'welcome');
  return { ws, welcome, waitFor };
}

function answers(db) {
  return execFileSync('/usr/bin/sqlite3', ['-readonly', db,
    "SELECT json_extract(body, '$.belief') || '=' || json_extract(body, '$.value') FROM events " +
    "WHERE type = 'belief_answered' ORDER BY seq"], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
}

module.exports = { phone, answers };
