// The demo's forms through two receiver processes on one PostgreSQL database and one S3
// bucket: Chromium sends the story (with a photo) on one process's demo page and the partner
// request in Japanese (with a PDF) on the other's; each is stored once, and either process's
// staff export shows both, with their files from the bucket. Run in npm test's PostgreSQL pass.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { sendRequestInJapanese, sendStory } from './demo-forms.mjs';
import { postgresMissing, startPostgres, startS3 } from './engines.mjs';
import { PDF, PNG } from './helpers.mjs';
import { startReceiverProcess } from './process.mjs';

const staff = { headers: { Authorization: 'Bearer staff-token' } };

describe('the demo forms through two processes on PostgreSQL and S3', { skip: !process.env.CI && postgresMissing() }, () => {
  let postgres, s3, processes, bases, browser, dataDir;

  before(async () => {
    [postgres, s3] = await Promise.all([startPostgres(), startS3()]);
    dataDir = mkdtempSync(join(tmpdir(), 'receiver-forms-'));
    const env = { DATABASE_URL: postgres.createDatabase(), ...s3.env, DATA_DIR: dataDir };
    processes = [startReceiverProcess(env, ['--demo']), startReceiverProcess(env, ['--demo'])];
    bases = await Promise.all(processes.map((p) => p.listening));
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await Promise.all((processes ?? []).map((p) => p.stop()));
    await s3?.stop();
    postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores the story sent on one process and the request sent on the other once each, files in the bucket', async () => {
    const storyPage = await browser.newPage();
    await storyPage.goto(`${bases[0]}/story.html`);
    const story = (await (await sendStory(storyPage)).locator('.reference').textContent({ timeout: 60_000 })).trim();
    const requestPage = await browser.newPage();
    await requestPage.goto(`${bases[1]}/request-ja.html`);
    const request = (await (await sendRequestInJapanese(requestPage)).locator('.reference').textContent({ timeout: 60_000 })).trim();
    assert.match(story, /^HAJ-/);
    assert.match(request, /^REQ-/);

    for (const base of bases) {
      // `--demo` also seeds the published demo stories (server/demo/seed-stories.ts) and the board's published
      // requests (server/demo/seed-requests.ts): once, whichever of the two processes starts first.
      const all = await (await fetch(`${base}/admin/submissions.json`, staff)).json();
      const stories = all.filter((row) => row.payload.submitter?.email?.endsWith('@demo.invalid'));
      assert.equal(stories.length, 3, 'the demo stories are seeded once');
      const requests = all.filter((row) => row.payload.submitter?.email === 'demo-seed@example.org');
      assert.equal(requests.length, 4, 'the demo requests are seeded once');
      const seeded = [...stories, ...requests];
      const rows = all.filter((row) => !seeded.includes(row));
      assert.deepEqual(rows.map((row) => row.reference).sort(), [story, request].sort());
      const files = Object.fromEntries(await Promise.all(rows.map(async (row) => [
        row.reference, Buffer.from(await (await fetch(row.files[0].url, staff)).arrayBuffer()),
      ])));
      assert.deepEqual(files[story], PNG);
      assert.deepEqual(files[request], PDF);
    }
    assert.deepEqual(readdirSync(dataDir), [], 'nothing was written to the data folder: the rows are in PostgreSQL, the files in the bucket');
  });
});
