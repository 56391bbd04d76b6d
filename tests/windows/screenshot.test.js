// balcony.exe draws its console and projector under Wine's OpenGL (Mesa underneath, on the Xvfb
// display ctest starts this test in): a
// belief check answered by phones and revealed, then `--screenshot`, and the projector's PNG must
// show the results' bars, not only an empty frame.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { startBalcony } = require('../browser/balcony_process.js');
const { phone } = require('./wine_phone.js');

process.env.BALCONY_BIN = process.env.BALCONY_EXE;
process.env.BALCONY_LAUNCHER = process.env.BALCONY_WINE;

// Just enough PNG (8-bit RGB or RGBA, not interlaced) to count the colours Balcony drew.
function readPng(file) {
  const bytes = fs.readFileSync(file);
  assert.strictEqual(bytes.subarray(1, 4).toString(), 'PNG');
  let width = 0; let height = 0; let channels = 0;
  const data = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString();
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      assert.strictEqual(body[8], 8, 'bit depth');
      channels = { 2: 3, 6: 4 }[body[9]];
      assert.ok(channels, 'colour type');
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a
        : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (cur + predictor) & 0xff;
    }
  }
  return {
    width, height,
    // Pixels close to a colour: enough to tell that something of it was drawn.
    count(r, g, bl) {
      let n = 0;
      for (let i = 0; i < pixels.length; i += channels) {
        if (Math.abs(pixels[i] - r) < 12 && Math.abs(pixels[i + 1] - g) < 12 && Math.abs(pixels[i + 2] - bl) < 12) n++;
      }
      return n;
    },
    colours() {
      const seen = new Set();
      for (let i = 0; i < pixels.length; i += channels) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      return seen.size;
    },
  };
}

function screenshot(db, dir) {
  return new Promise((resolve) => {
    execFile(process.env.BALCONY_WINE, [process.env.BALCONY_EXE, '--screenshot', dir, '--db', db], { timeout: 120000 },
      (error, stdout, stderr) => resolve({ error, stderr }));
  });
}

test('balcony.exe renders the console and a revealed belief check under Wine', async () => {
  const balcony = await startBalcony();
  const phones = [];
  try {
    assert.match(await balcony.command('open'), /^ok/);
    for (let i = 0; i < 5; i++) {
      const p = await phone(balcony);
      await p.waitFor((m) => m.type === 'state' && m.round && m.round.open);
      for (let belief = 0; belief < 3; belief++) {
        p.ws.send(JSON.stringify({ v: 1, id: 10 + belief, type: 'answer', round: 1, belief, value: belief === 0 ? 5 : 1 + (i % 3) }));
        assert.strictEqual((await p.waitFor((m) => (m.type === 'ack' || m.type === 'error') && m.id === 10 + belief)).type, 'ack');
      }
      phones.push(p);
    }
    assert.match(await balcony.command('reveal'), /^ok/);
  } finally {
    phones.forEach((p) => p.ws.terminate());
    const stopped = await balcony.stop('SIGINT');
    assert.strictEqual(stopped.code, 0, stopped.stderr);
  }

  const dir = path.join(balcony.dir, 'screens');
  const { error, stderr } = await screenshot(balcony.dbPath, dir);
  assert.ifError(error, stderr);
  const kept = process.env.BALCONY_SCREENSHOT_DIR;
  for (const name of ['console.png', 'projector.png']) {
    assert.match(stderr, new RegExp('wrote .*' + name));
    if (kept) fs.copyFileSync(path.join(dir, name), path.join(kept, 'windows-' + name));
  }
  const projector = readPng(path.join(dir, 'projector.png'));
  assert.deepStrictEqual([projector.width, projector.height], [1280, 720]);
  assert.ok(projector.colours() > 100, 'text is drawn antialiased: ' + projector.colours() + ' colours');
  const bars = projector.count(0, 114, 178); // the light theme's accent: the results' bars
  assert.ok(bars > 2000, 'bars of the revealed results: ' + bars + ' pixels');
  const console = readPng(path.join(dir, 'console.png'));
  assert.deepStrictEqual([console.width, console.height], [1100, 720]);
  assert.ok(console.colours() > 100, 'the console is drawn: ' + console.colours() + ' colours');
});
