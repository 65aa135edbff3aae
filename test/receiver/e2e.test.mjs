// End to end: `node dist/server/main.js --demo` as `npm start` runs it, Chromium
// filling the built forms on the demo pages (the story in English, a partner request
// in Japanese), and the submissions in SQLite with their files on disk and in the
// staff export.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { PDF, PNG } from './helpers.mjs';
import { sendRequestInJapanese, sendStory } from './demo-forms.mjs';

let receiver;
let browser;
let base;
const dataDir = mkdtempSync(join(tmpdir(), 'e2e-'));
const TOKEN = 'e2e-export-token';

before(async () => {
  receiver = spawn(process.execPath, ['dist/server/main.js', '--demo'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, EXPORT_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise((resolve, reject) => {
    let output = '';
    receiver.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    receiver.on('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  receiver?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a story sent from the demo page is stored in SQLite with its photo on disk', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${base}/story.html`);
  const form = await sendStory(page);
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();
  assert.match(reference, /^HAJ-/);

  const db = new Database(join(dataDir, 'submissions.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT id, payload FROM submissions WHERE reference = ?').get(reference);
    assert.ok(row, 'the submission is in SQLite');
    const payload = JSON.parse(row.payload);
    assert.equal(payload.na_city.name, 'Saint Paul');
    assert.equal(payload.photos[0].caption, 'The signing');
    const file = db.prepare('SELECT stored_name, size FROM files WHERE submission_id = ?').get(row.id);
    const path = join(dataDir, 'files', file.stored_name);
    assert.ok(existsSync(path));
    assert.deepEqual(readFileSync(path), PNG);
  } finally {
    db.close();
  }
  assert.deepEqual(errors, []);
});

it('a partner request sent in Japanese from the demo page is stored with its PDF, and staff see both submissions in the export', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${base}/request-ja.html`);
  const form = await sendRequestInJapanese(page);
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();
  assert.match(reference, /^REQ-/);

  const exported = await (await fetch(`${base}/admin/submissions.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  const rows = Array.isArray(exported) ? exported : exported.submissions;
  const request = rows.find((row) => row.reference === reference);
  assert.ok(request, 'the request is in the export');
  assert.deepEqual(request.payload.jp_community, { prefecture: 17, name: '金沢市', level: 'city' });
  assert.deepEqual(request.payload.population, { count: 462000, as_of: 2020 });
  assert.equal(request.payload.contacts[0].name, '山田 花子');
  assert.equal(request.payload.locale, 'ja', 'the form says which language it spoke: the receipt is written in it');
  assert.ok(rows.some((row) => /^HAJ-/.test(row.reference)), 'the story sent before is in the export too');
  assert.equal(request.files.length, 1);
  const download = await fetch(request.files[0].url, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(download.status, 200);
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
  const csv = await (await fetch(`${base}/admin/submissions.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  assert.match(csv, new RegExp(reference));
  assert.deepEqual(errors, []);
});
