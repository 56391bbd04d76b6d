// The usual stack, for comparison: a plain Node.js `ws` server that keeps answers in memory and
// broadcasts every vote to everyone at once. It speaks just enough of Balcony's protocol for
// bench/loadgen (join, answer, flag, and a state message with the count of answers), and does
// less work than Balcony: nothing is written to disk and no result is aggregated.
// Usage: NODE_PATH=tests/browser/node_modules node bench/node_baseline.js
// Prints "http://127.0.0.1:PORT/?room=NODE" once listening, on 127.0.0.1 only.
'use strict';
const crypto = require('crypto');
const { WebSocketServer } = require('ws');

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 4096 });
const answers = new Map(); // token -> value
let version = 0; // each broadcast is a new board state; an ack names the one that includes the vote

server.on('connection', (socket) => {
  let token = null;
  socket.on('message', (data) => {
    let m;
    try {
      m = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (m.type === 'join') {
      token = m.token || crypto.randomBytes(16).toString('hex');
      const mine = answers.has(token) ? { round: 1, answers: [answers.get(token), -1, -1] } : null;
      socket.send(JSON.stringify({ type: 'welcome', v: 1, token, mine }));
    } else if (m.type === 'answer' && token) {
      answers.set(token, m.value);
      version += 1;
      socket.send(JSON.stringify({ id: m.id, state_version: version, type: 'ack', v: 1 }));
      const state = JSON.stringify({ type: 'state', v: 1, state_version: version, round: { answered: answers.size } });
      for (const client of server.clients) {
        if (client.readyState === 1) client.send(state);
      }
    } else if (m.type === 'flag' && token) {
      socket.send(JSON.stringify({ id: m.id, type: 'ack', v: 1 }));
    }
  });
});

server.on('listening', () => {
  console.log(`http://127.0.0.1:${server.address().port}/?room=NODE`);
});
