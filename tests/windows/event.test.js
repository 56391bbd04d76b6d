// balcony.exe, the Windows build, in an event of many rooms: a Linux mosquitto on 127.0.0.1 with a
// password per room and an access list; a room and the plenary, both balcony.exe under Wine,
// joining it with libmosquitto as compiled from Debian's source package. Answers in the room reach
// the plenary; the plenary's request reaches the room, which accepts it.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { startBalcony, tempDir } = require('../browser/balcony_process.js');
const { phone } = require('./wine_phone.js');

process.env.BALCONY_BIN = process.env.BALCONY_EXE;
process.env.BALCONY_LAUNCHER = process.env.BALCONY_WINE;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });
}

async function until(what, check, ms = 60000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await sleep(250);
  }
  throw new Error('timed out waiting for ' + what);
}

test('balcony.exe joins an event as a room and as the plenary, through a real mosquitto', async () => {
  const dir = tempDir();
  const port = await freePort();
  const passwords = { plenary: 'plenary-pass', 'room-1': 'room-one-pass' };
  const pwfile = path.join(dir, 'passwords');
  fs.writeFileSync(pwfile, '', { mode: 0o600 });
  for (const [user, pass] of Object.entries(passwords)) {
    execFileSync('/usr/bin/mosquitto_passwd', ['-b', pwfile, user, pass]);
  }
  const acl = path.join(dir, 'acl');
  fs.writeFileSync(acl, 'user plenary\ntopic read balcony/wine-event/rooms/#\ntopic readwrite balcony/wine-event/plenary/#\n\n' +
    'user room-1\ntopic write balcony/wine-event/rooms/room-1/#\ntopic read balcony/wine-event/plenary/#\n');
  const conf = path.join(dir, 'mosquitto.conf');
  fs.writeFileSync(conf, `listener ${port} 127.0.0.1\nallow_anonymous false\npassword_file ${pwfile}\nacl_file ${acl}\n` +
    `persistence false\nuser ${os.userInfo().username}\nlog_dest stderr\nlog_type error\n`);
  const broker = spawn('/usr/sbin/mosquitto', ['-c', conf], { stdio: 'ignore' });
  let plenary;
  let room;
  try {
    await until('the broker', () => accepts(port), 10000);
    const broker_ = `127.0.0.1:${port}`;
    plenary = await startBalcony({ args: ['--event', 'wine-event', '--plenary', '--broker', broker_,
      '--broker-password', passwords.plenary] });
    room = await startBalcony({ args: ['--event', 'wine-event', '--room', 'room-1', '--broker', broker_,
      '--broker-password', passwords['room-1']] });
    await until('the room to connect', async () => /connected, [1-9]\d* summaries sent/.test(await room.command('event')));

    // Three phones answer in the room; once the room reveals, the plenary has its figures.
    assert.match(await room.command('open'), /^ok: belief check round 1 is open/);
    const phones = [];
    for (let i = 0; i < 3; i++) {
      const p = await phone(room);
      await p.waitFor((m) => m.type === 'state' && m.round && m.round.open);
      p.ws.send(JSON.stringify({ v: 1, id: 1, type: 'answer', round: 1, belief: 0, value: 4 }));
      assert.strictEqual((await p.waitFor((m) => (m.type === 'ack' || m.type === 'error') && m.id === 1)).type, 'ack');
      phones.push(p);
    }
    assert.match(await room.command('reveal'), /^ok/);
    const line = await until('the plenary to show the room', async () => {
      const rooms = await plenary.command('rooms');
      return /room-1 live version \d+ people 3 round 1 means 4\.0 /.test(rooms) ? rooms : null;
    });
    assert.match(line, /^rooms: 1; /);

    // The plenary asks every room for a quick poll; the room accepts it.
    assert.match(await plenary.command('askpoll Lunch first? | Yes | No'), /^ok: asked every room/);
    await until('the request in the room', async () => /request \d+ waiting/.test(await room.command('event')));
    assert.match(await room.command('accept'), /^ok: Opened the plenary's poll: Lunch first\?/);
    await until('the poll open in the room', async () => /, poll 1 open/.test(await room.command('status')));
    for (const p of phones) p.ws.terminate();
  } finally {
    for (const b of [room, plenary]) {
      if (b) try { process.kill(b.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    broker.kill('SIGKILL');
  }
});
