// kill -9 during a burst of answers, over and over, on one database: every answer a phone saw
// acknowledged must be in the file afterwards, and the file must pass SQLite's integrity check.
// Used by the quick ctest (kill9.test.js) and by bench/kill9.sh for long runs.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const readline = require('node:readline');
const WebSocket = require('ws');

const SQLITE = '/usr/bin/sqlite3';
const PER_ADDRESS = 50; // the server allows 64 connections per address

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const randInt = (lo, hi) => lo + Math.floor(Math.random() * (hi - lo + 1));

// Balcony headless on 127.0.0.1 port 0, its console on stdin, one reader for its stdout lines.
// `wrap` runs it through another command (nsenter, to start it inside a mount namespace).
async function startServer(bin, db, wrap = []) {
  const args = ['--headless', '--bind', '127.0.0.1', '--port', '0', '--db', db];
  const child = spawn(wrap.length ? wrap[0] : bin, [...wrap.slice(1), ...(wrap.length ? [bin] : []), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdin.on('error', () => {}); // a write racing the kill
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waiting = [];
  const pending = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line); else pending.push(line);
  });
  const nextLine = () => new Promise((resolve, reject) => {
    if (pending.length) return resolve(pending.shift());
    const timer = setTimeout(() => reject(new Error('no output from balcony; stderr: ' + stderr)), 15000);
    waiting.push((line) => { clearTimeout(timer); resolve(line); });
  });
  const url = await nextLine().catch((e) => { child.kill('SIGKILL'); throw e; });
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?room=[A-Z0-9]{4}$/.test(url)) throw new Error('unexpected first line: ' + url + stderr);
  return {
    child,
    exited,
    url: new URL(url),
    stderr: () => stderr,
    async command(text) {
      child.stdin.write(text + '\n');
      return nextLine();
    },
  };
}

// One simulated phone: joins (keeping its token across restarts), then answers whatever is open,
// one message in flight at a time, about 14 a second (under the server's 20/s limit), and keeps
// the answers the server acknowledged.
class Phone {
  constructor(index) {
    this.localAddress = '127.0.0.' + (2 + Math.floor(index / PER_ADDRESS));
    this.token = '';
    this.known = new Map(); // what the server holds for each question, as far as this phone knows
    this.acked = [];        // {iteration, key, value} in acknowledgement order
    this.joinedOnce = false;
    this.nextId = 1;
  }

  async session(port, room, iteration, stats) {
    this.iteration = iteration;
    this.state = null;
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { localAddress: this.localAddress });
    this.ws = ws;
    this.waiter = null;
    const closed = new Promise((resolve) => {
      ws.on('close', resolve);
      ws.on('error', () => resolve());
    });
    ws.on('message', (data) => this.onMessage(JSON.parse(String(data)), stats));
    const opened = await Promise.race([new Promise((r) => ws.once('open', () => r(true))), closed.then(() => false)]);
    if (!opened) return;
    const welcomed = new Promise((resolve) => { this.onWelcome = resolve; });
    ws.send(JSON.stringify({ v: 1, type: 'join', room, ...(this.token ? { token: this.token } : {}) }));
    if (!(await Promise.race([welcomed.then(() => true), closed.then(() => false)]))) return;
    while (ws.readyState === WebSocket.OPEN) {
      const answer = this.choose();
      if (!answer) {
        await Promise.race([sleep(20), closed]);
        continue;
      }
      const id = this.nextId++;
      const reply = new Promise((resolve) => { this.waiter = { id, resolve }; });
      ws.send(JSON.stringify({ v: 1, id, ...answer.message }), () => {});
      stats.sent++;
      const r = await Promise.race([reply, closed.then(() => 'closed')]);
      this.waiter = null;
      if (r === 'ack') {
        this.known.set(answer.key, answer.value);
        this.acked.push({ iteration, key: answer.key, value: answer.value });
        stats.acked++;
      } else if (r === 'closed') {
        break;
      }
      await Promise.race([sleep(randInt(40, 100)), closed]);
    }
  }

  onMessage(msg, stats) {
    if (msg.type === 'welcome') {
      this.token = msg.token;
      if (!this.joinedOnce) stats.joinsAcked++;
      this.joinedOnce = true;
      this.welcomedIn = this.iteration;
      // The truth after a restart: an answer in flight at the kill may or may not have been stored.
      if (msg.mine) msg.mine.answers.forEach((v, b) => this.known.set(`b:${msg.mine.round}:${b}`, v));
      if (msg.mine_poll) this.known.set(`p:${msg.mine_poll.poll}`, msg.mine_poll.choices[0]);
      this.onWelcome();
    } else if (msg.type === 'state') {
      this.state = msg;
    } else if (msg.type === 'ack' || msg.type === 'error') {
      if (msg.type === 'error') stats.errors[msg.code] = (stats.errors[msg.code] || 0) + 1;
      // An error without an id (rate limit) means the message was not taken: move on.
      if (this.waiter && (msg.id === this.waiter.id || msg.id === 0)) this.waiter.resolve(msg.type);
    }
  }

  // A different value from the one stored, so every acknowledged answer is one new stored event.
  choose() {
    const s = this.state;
    if (!s) return null;
    const options = [];
    if (s.round && s.round.open) options.push('belief');
    if (s.poll && s.poll.open) options.push('poll');
    if (options.length === 0) return null;
    if (options[randInt(0, options.length - 1)] === 'belief') {
      const { number: round, scale_min: lo, scale_max: hi } = s.round;
      const belief = randInt(0, 2);
      const key = `b:${round}:${belief}`;
      let value;
      do value = randInt(lo, hi); while (value === this.known.get(key));
      return { key, value, message: { type: 'answer', round, belief, value } };
    }
    const poll = s.poll.number;
    const key = `p:${poll}`;
    let value;
    do value = randInt(0, s.poll.options.length - 1); while (value === this.known.get(key));
    return { key, value, message: { type: 'poll_answer', poll, choices: [value] } };
  }
}

function sql(db, query, json = false) {
  return execFileSync(SQLITE, ['-readonly', ...(json ? ['-json'] : []), db, query],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
}

// Participant numbers by token (a phone keeps its number for the whole session).
function readJoins(db) {
  const out = sql(db, "SELECT body FROM events WHERE type = 'participant_joined'", true).trim();
  return new Map((out ? JSON.parse(out) : []).map((row) => {
    const body = JSON.parse(row.body);
    return [body.token, body.participant];
  }));
}

// Reads the events stored after `afterSeq` and extends the per-participant answer lists.
function readEvents(db, afterSeq, book) {
  const out = sql(db, `SELECT seq, type, body FROM events WHERE seq > ${afterSeq} AND type IN ` +
    `('belief_answered','poll_answered') ORDER BY seq`, true).trim();
  let last = afterSeq;
  for (const row of out ? JSON.parse(out) : []) {
    const body = JSON.parse(row.body);
    last = row.seq;
    const entry = row.type === 'belief_answered'
      ? `b:${body.round}:${body.belief}=${body.value}` : `p:${body.poll}=${body.choices[0]}`;
    if (!book.answers.has(body.participant)) book.answers.set(body.participant, []);
    book.answers.get(body.participant).push(entry);
  }
  const max = Number(sql(db, 'SELECT COALESCE(MAX(seq), 0) FROM events').trim());
  return Math.max(last, max);
}

// Each phone's acknowledged answers, in order, must be a subsequence of its stored answers (an
// answer in flight at a kill may be stored without an acknowledgement). Returns how many were
// not found.
function countLost(phones, book, iterations) {
  let lost = 0;
  for (const phone of phones) {
    const acked = phone.acked.filter((a) => iterations === undefined || iterations.has(a.iteration));
    if (acked.length === 0) continue;
    const participant = book.byToken.get(phone.token);
    const stored = (participant && book.answers.get(participant)) || [];
    let i = 0;
    for (const a of acked) {
      const found = stored.indexOf(`${a.key}=${a.value}`, i);
      if (found < 0) lost++; // the next ones are still looked for from where this one would be
      else i = found + 1;
    }
  }
  return lost;
}

// Runs `kills` iterations on one database file. Returns the figures and every problem seen.
async function runKill9({ bin, db, kills, phones: phoneCount = 100, maxRunMs = 900, log = () => {} }) {
  const phones = Array.from({ length: phoneCount }, (_, i) => new Phone(i));
  const totals = { kills: 0, acked: 0, found: 0, lost: 0, integrityOk: 0, joinsAcked: 0, joinsLost: 0,
    sent: 0, errors: {}, problems: [] };
  let seq = 0;
  let polls = 0;
  for (let iteration = 0; iteration < kills; iteration++) {
    const stats = { sent: 0, acked: 0, joinsAcked: 0, errors: totals.errors };
    const server = await startServer(bin, db);
    // The facilitator opens something new now and then; the phones answer whatever is open.
    const dice = Math.random();
    if (iteration === 0 || dice < 0.3) {
      const r = await server.command(Math.random() < 0.5 ? 'open' : 'open 0-10');
      if (!r.startsWith('ok:')) totals.problems.push(`iteration ${iteration}: open: ${r}`);
    } else if (dice < 0.5) {
      polls++;
      const r = await server.command(`poll Question ${polls}? | Yes | No | Not sure`);
      if (!r.startsWith('ok:')) totals.problems.push(`iteration ${iteration}: poll: ${r}`);
    }
    const room = server.url.searchParams.get('room');
    const port = Number(server.url.port);
    const sessions = phones.map((p) => p.session(port, room, iteration, stats));
    // A random moment: sometimes while phones are still joining, mostly in the middle of the burst.
    await sleep(randInt(10, maxRunMs));
    server.child.kill('SIGKILL');
    const exit = await server.exited;
    await Promise.all(sessions);
    if (exit.signal !== 'SIGKILL') totals.problems.push(`iteration ${iteration}: balcony ended by itself: ` +
      JSON.stringify(exit) + ' ' + server.stderr());
    totals.kills++;

    const integrity = sql(db, 'PRAGMA integrity_check').trim();
    if (integrity === 'ok') totals.integrityOk++;
    else totals.problems.push(`iteration ${iteration}: integrity_check: ${integrity}`);
    // Every answer of this iteration is stored after the previous iteration's last event.
    const book = { byToken: readJoins(db), answers: new Map() };
    seq = readEvents(db, seq, book);
    const lost = countLost(phones, book, new Set([iteration]));
    const joinsLost = phones.filter((p) => p.joinedOnce && !book.byToken.has(p.token)).length;
    totals.acked += stats.acked;
    totals.sent += stats.sent;
    totals.lost += lost;
    totals.found += stats.acked - lost;
    totals.joinsAcked += stats.joinsAcked;
    totals.joinsLost = joinsLost;
    if (lost > 0 || joinsLost > 0) totals.problems.push(`iteration ${iteration}: ${lost} acknowledged answers and ` +
      `${joinsLost} acknowledged joins missing`);
    log(`kill ${iteration + 1}/${kills}: ${stats.acked} answers acknowledged, ${lost} lost, integrity ${integrity}`);
  }
  // Once more over the whole file: nothing acknowledged in any iteration went missing later.
  totals.lostAtEnd = lostInFile(db, phones);
  if (totals.lostAtEnd > 0) totals.problems.push(`${totals.lostAtEnd} acknowledged answers missing at the end`);
  totals.phones = phones;
  return totals;
}

// How many of the phones' acknowledged answers the whole file lacks.
function lostInFile(db, phones) {
  const book = { byToken: readJoins(db), answers: new Map() };
  readEvents(db, 0, book);
  return countLost(phones, book);
}

function summary(t) {
  return [
    `kills: ${t.kills}`,
    `answers sent: ${t.sent}`,
    `answers acknowledged: ${t.acked}`,
    `acknowledged and found: ${t.found}`,
    `lost: ${t.lost} (whole file re-checked at the end: ${t.lostAtEnd} lost)`,
    `joins acknowledged: ${t.joinsAcked}, lost: ${t.joinsLost}`,
    `integrity_check ok: ${t.integrityOk}/${t.kills}`,
    `errors sent to phones: ${JSON.stringify(t.errors)}`,
  ].join('\n');
}

module.exports = { runKill9, lostInFile, summary, startServer };

if (require.main === module) {
  const kills = Number(process.argv[2] || 200);
  const phones = Number(process.argv[3] || 150);
  const db = process.argv[4];
  const bin = process.env.BALCONY_BIN;
  if (!bin || !db || !(kills > 0)) {
    console.error('usage: BALCONY_BIN=... node kill9_harness.js KILLS PHONES DB');
    process.exit(2);
  }
  runKill9({ bin, db, kills, phones, log: (line) => process.stderr.write(line + '\n') }).then((t) => {
    console.log(summary(t));
    for (const p of t.problems) console.log('problem: ' + p);
    process.exit(t.problems.length === 0 && t.lost === 0 && t.lostAtEnd === 0 ? 0 : 1);
  }, (e) => { console.error(e); process.exit(1); });
}
