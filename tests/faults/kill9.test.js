// kill -9 at random moments during a burst of answers from 100 phones, 12 times over one database:
// no acknowledged answer lost, integrity_check ok after every kill. bench/kill9.sh runs it longer.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { tempDir } = require('../browser/balcony_process');
const { runKill9, lostInFile, summary } = require('./kill9_harness');

test('answers acknowledged before a kill -9 are all in the file, and the file is sound', async () => {
  const db = path.join(tempDir(), 'kill9.sqlite');
  const t = await runKill9({ bin: process.env.BALCONY_BIN, db, kills: 12, phones: 100 });
  const figures = summary(t);
  assert.deepEqual(t.problems, [], figures);
  assert.equal(t.kills, 12);
  assert.equal(t.integrityOk, 12, figures);
  assert.equal(t.lost, 0, figures);
  assert.equal(t.lostAtEnd, 0, figures);
  assert.equal(t.joinsLost, 0, figures);
  assert.ok(t.acked > 1000, 'a real burst was acknowledged: ' + figures);
  assert.equal(t.found, t.acked);

  // The check itself can fail: take away one phone's stored answers and it must notice.
  const phone = t.phones.find((p) => p.acked.length > 0);
  execFileSync('/usr/bin/sqlite3', [db, "DELETE FROM events WHERE type = 'belief_answered' AND " +
    "json_extract(body, '$.participant') = (SELECT json_extract(body, '$.participant') FROM events WHERE " +
    `type = 'participant_joined' AND json_extract(body, '$.token') = '${phone.token}')`]);
  const beliefAcks = phone.acked.filter((a) => a.key.startsWith('b:')).length;
  assert.equal(lostInFile(db, t.phones), beliefAcks);
});
