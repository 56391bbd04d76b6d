// Starts a real Balcony in headless mode on 127.0.0.1 port 0 with its own database, and talks to
// its terminal console the way a facilitator at a terminal would.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

function tempDir() {
  const base = process.env.BALCONY_TEST_TMP || os.tmpdir();
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, 'balcony-browser-'));
}

async function startBalcony({ db, port = 0, args = [] } = {}) {
  const bin = process.env.BALCONY_BIN;
  if (!bin) throw new Error('BALCONY_BIN is not set: run this test through ctest');
  const dir = tempDir();
  const dbPath = db || path.join(dir, 'balcony.sqlite');
  const balconyArgs = ['--headless', '--bind', '127.0.0.1', '--port', String(port), '--db', dbPath, ...args];
  // BALCONY_LAUNCHER runs the binary through another program: the Windows build under Wine.
  const launcher = process.env.BALCONY_LAUNCHER;
  const child = spawn(launcher || bin, launcher ? [bin, ...balconyArgs] : balconyArgs, {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting = [];
  const pendingLines = [];
  lines.on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line); else pendingLines.push(line);
  });
  const nextLine = (timeoutMs = launcher ? 60000 : 10000) => new Promise((resolve, reject) => {
    if (pendingLines.length) return resolve(pendingLines.shift());
    const timer = setTimeout(() => reject(new Error('no output from balcony; stderr: ' + stderr)), timeoutMs);
    waiting.push((line) => { clearTimeout(timer); resolve(line); });
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await nextLine();
  if (!/^http:\/\/127\.0\.0\.1:\d+\/\?room=[A-Z0-9]{4}$/.test(url)) {
    throw new Error('unexpected first line: ' + url + '\n' + stderr);
  }
  return {
    url,
    dbPath,
    dir,
    room: new URL(url).searchParams.get('room'),
    origin: new URL(url).origin,
    // Sends a facilitator command and returns Balcony's one-line answer.
    async command(text) {
      child.stdin.write(text + '\n');
      return nextLine();
    },
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      const result = await exited;
      return { ...result, stderr };
    },
    stderr: () => stderr,
    pid: child.pid,
    exited,
  };
}

// A phone-sized page, and Debian's chromium started the way this machine allows (no sandbox as
// root, no background traffic to anywhere).
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  locale: 'en-GB' };

function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

module.exports = { startBalcony, tempDir, launchBrowser, PHONE };
