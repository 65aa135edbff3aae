// Nothing lost when the receiver dies mid-submission: the built server (dist/server/main.js)
// is started as its own process with a test-only fault point (RECEIVER_CRASH_AT) where it
// kills itself with SIGKILL, between claiming the key and writing the files, or between
// writing the files and committing. Restarted on the same data, the same send is stored
// exactly once, the key never blocks its retry, and no orphaned file is left behind.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PNG, validStory } from './helpers.mjs';
import { startReceiverProcess } from './process.mjs';

const dirs = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The built server on the data folder, with short leases and sweeps so that the test waits little. */
const startProcess = (dataDir, env = {}) =>
  startReceiverProcess({ DATA_DIR: dataDir, IDEMPOTENCY_LEASE_SECONDS: '1', SWEEP_SECONDS: '1', ...env });

function send(base, key) {
  const form = new FormData();
  const payload = validStory({
    story: `Stored once, whatever happens (${key}).`,
    photos: [{ file: { part: 'photo-0', name: 'signing.png', type: 'image/png', size: PNG.length }, caption: 'The signing', credit: 'City archives', permission: true }],
  });
  form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  form.append('photo-0', new Blob([PNG], { type: 'image/png' }), 'signing.png');
  return fetch(`${base}/api/stories`, { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
}

/** Sends as the form would after a restart: while the key is held (409), wait what Retry-After says. */
async function sendUntilAnswered(base, key, deadline = Date.now() + 60_000) {
  const statuses = [];
  for (;;) {
    const response = await send(base, key);
    statuses.push(response.status);
    if (response.status !== 409) return { response, statuses };
    assert.ok(Date.now() < deadline, `still 409 after a minute: ${statuses.join()}`);
    await sleep(Number(response.headers.get('retry-after')) * 1000);
  }
}

for (const point of ['after-claim', 'after-files']) {
  describe(`the receiver killed ${point.replace('-', ' ')}`, () => {
    it('stores the retried submission exactly once, and leaves no orphaned file', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'receiver-crash-'));
      dirs.push(dataDir);
      const key = crypto.randomUUID();

      const doomed = startProcess(dataDir, { RECEIVER_CRASH_AT: point });
      await assert.rejects(send(await doomed.listening, key)); // the connection dies with the process
      assert.equal((await doomed.exited).signal, 'SIGKILL');
      if (point === 'after-files') assert.equal(readdirSync(join(dataDir, 'files')).length, 1, 'the photo was written before the crash');

      const restarted = startProcess(dataDir);
      try {
        const base = await restarted.listening;
        const { response, statuses } = await sendUntilAnswered(base, key);
        assert.equal(response.status, 201, `answers: ${statuses.join()}`);
        const { reference } = await response.json();

        const again = await send(base, key);
        assert.equal(again.status, 201);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.equal((await again.json()).reference, reference);

        const rows = await (await fetch(`${base}/admin/submissions.json`, { headers: { Authorization: 'Bearer staff-token' } })).json();
        assert.equal(rows.length, 1);
        assert.equal(rows[0].reference, reference);
        assert.equal(rows[0].files.length, 1);
        // The sweep removes the photo written by the dead process; only the stored one stays.
        for (let files = readdirSync(join(dataDir, 'files')); files.length !== 1; files = readdirSync(join(dataDir, 'files'))) {
          await sleep(200);
        }
        const download = await fetch(rows[0].files[0].url, { headers: { Authorization: 'Bearer staff-token' } });
        assert.deepEqual(Buffer.from(await download.arrayBuffer()), PNG);
      } finally {
        restarted.child.kill('SIGTERM');
        await restarted.exited;
      }
    });
  });
}
