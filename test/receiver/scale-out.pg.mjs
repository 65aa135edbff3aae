// Several processes, one truth: two receiver processes (the built dist/server/main.js) on one
// PostgreSQL database and one S3 bucket, and a client that splits its requests between them, as a
// load balancer would. Run by scripts/test.mjs in its PostgreSQL pass (RECEIVER_ENGINE=postgres).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { postgresMissing, startPostgres, startS3 } from './engines.mjs';
import { PDF, PNG, validRequest, validStory } from './helpers.mjs';
import { startReceiverProcess } from './process.mjs';

const staff = { headers: { Authorization: 'Bearer staff-token' } };

const startProcess = (env) => startReceiverProcess(env);

describe('two receiver processes on one PostgreSQL and one S3 bucket', { skip: !process.env.CI && postgresMissing() }, () => {
  let postgres, s3, processes, bases, dataDir;
  let turn = 0;
  /** The load balancer: each request to the next process. */
  const next = () => bases[turn++ % bases.length];

  before(async () => {
    [postgres, s3] = await Promise.all([startPostgres(), startS3()]);
    dataDir = mkdtempSync(join(tmpdir(), 'receiver-scale-'));
    const env = { DATABASE_URL: postgres.createDatabase(), ...s3.env, DATA_DIR: dataDir, RATE_LIMIT: '1000' };
    // Started together: the migrations run once, under the advisory lock.
    processes = [startProcess(env), startProcess(env)];
    bases = await Promise.all(processes.map((p) => p.listening));
  });
  after(async () => {
    for (const p of processes ?? []) {
      p.child.kill('SIGTERM');
      await p.exited;
    }
    await s3?.stop();
    postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores one row for twenty concurrent sends of one key split across both processes', async () => {
    const key = crypto.randomUUID();
    const send = () => {
      const form = new FormData();
      const payload = validStory({
        story: 'Twenty tries, one story.',
        photos: [{ file: { part: 'photo-0', name: 'signing.png', type: 'image/png', size: PNG.length }, caption: 'The signing', credit: 'Archives', permission: true }],
      });
      form.append('payload', JSON.stringify(payload));
      form.append('photo-0', new Blob([PNG], { type: 'image/png' }), 'signing.png');
      return fetch(`${next()}/api/stories`, { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
    };
    const responses = await Promise.all(Array.from({ length: 20 }, send));
    const statuses = responses.map((r) => r.status);
    assert.ok(statuses.every((s) => s === 201 || s === 409), statuses.join());
    const references = new Set(await Promise.all(responses.filter((r) => r.status === 201).map(async (r) => (await r.json()).reference)));
    assert.equal(references.size, 1);
    // Both processes see the same single row, with its photo in the bucket.
    for (const base of bases) {
      const rows = (await (await fetch(`${base}/admin/submissions.json`, staff)).json()).filter((r) => r.payload.story === 'Twenty tries, one story.');
      assert.equal(rows.length, 1);
      const photo = await fetch(rows[0].files[0].url, staff);
      assert.deepEqual(Buffer.from(await photo.arrayBuffer()), PNG);
    }
  });

  it('takes a story and a partner request with their files through either process, each stored once', async () => {
    const story = new FormData();
    story.append('payload', JSON.stringify(validStory({
      story: 'Sent through the first process.',
      photos: [{ file: { part: 'photo-0', name: 'a.png', type: 'image/png', size: PNG.length }, caption: 'c', credit: 'c', permission: true }],
    })));
    story.append('photo-0', new Blob([PNG], { type: 'image/png' }), 'a.png');
    const request = new FormData();
    request.append('payload', JSON.stringify(validRequest({ pamphlet: { part: 'pamphlet-0', name: 'p.pdf', type: 'application/pdf', size: PDF.length } })));
    request.append('pamphlet-0', new Blob([PDF], { type: 'application/pdf' }), 'p.pdf');
    const storyKey = crypto.randomUUID();
    const requestKey = crypto.randomUUID();
    const first = await fetch(`${bases[0]}/api/stories`, { method: 'POST', headers: { 'Idempotency-Key': storyKey }, body: story });
    const second = await fetch(`${bases[1]}/api/requests`, { method: 'POST', headers: { 'Idempotency-Key': requestKey }, body: request });
    assert.deepEqual([first.status, second.status], [201, 201]);
    // The retry of each lands on the other process and gets the first answer.
    const retried = await fetch(`${bases[1]}/api/stories`, { method: 'POST', headers: { 'Idempotency-Key': storyKey }, body: story });
    assert.equal(retried.headers.get('idempotent-replayed'), 'true');
    assert.equal((await retried.json()).reference, (await first.json()).reference);
    const requests = await (await fetch(`${bases[0]}/admin/submissions.json?kind=request`, staff)).json();
    assert.equal(requests.length, 1);
    assert.deepEqual(Buffer.from(await (await fetch(requests[0].files[0].url, staff)).arrayBuffer()), PDF);
  });

  it('counts the rate limit across both processes', async () => {
    const env = { DATABASE_URL: postgres.createDatabase(), ...s3.env, DATA_DIR: dataDir, RATE_LIMIT: '4', RATE_WINDOW_SECONDS: '600' };
    const limited = [startProcess(env), startProcess(env)];
    try {
      const [a, b] = await Promise.all(limited.map((p) => p.listening));
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const base = i % 2 ? b : a;
        const response = await fetch(`${base}/api/stories`, {
          method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(validStory()),
        });
        statuses.push(response.status);
        if (response.status === 429) assert.ok(Number(response.headers.get('retry-after')) > 0);
      }
      assert.deepEqual(statuses, [201, 201, 201, 201, 429, 429]);
    } finally {
      for (const p of limited) {
        p.child.kill('SIGTERM');
        await p.exited;
      }
    }
  });
});
