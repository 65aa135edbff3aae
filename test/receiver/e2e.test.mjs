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
import { PNG } from './helpers.mjs';

let receiver;
let browser;
let base;
const dataDir = mkdtempSync(join(tmpdir(), 'e2e-'));
const TOKEN = 'e2e-export-token';
const PDF = readFileSync(new URL('../fixtures/files/pamphlet.pdf', import.meta.url));

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
  const form = page.locator('sister-city-story-form');
  await form.getByLabel('United States').check();
  await form.getByLabel('State or territory').selectOption('MN');
  await form.getByLabel('North American city, county or state').fill('Saint Paul');
  await form.getByLabel('Prefecture', { exact: true }).selectOption('42');
  await form.getByLabel('Japanese municipality or prefecture').fill('Nagasaki');
  await form.getByLabel('Year').first().fill('1955');
  await form.getByLabel('How did the relationship begin?').fill('Two cities chose friendship after the war.');
  await form.getByLabel('Friendship').check();
  await form.getByRole('radio', { name: 'English' }).check();
  await form.getByRole('button', { name: 'Add a photo' }).click();
  await form.locator('#f-photos-0-file').setInputFiles({ name: 'signing.png', mimeType: 'image/png', buffer: PNG });
  await form.getByLabel('Caption').fill('The signing');
  await form.getByLabel('Photo credit').fill('City archives');
  await form.getByLabel('We have permission to publish this photo in the book').check();
  await form.getByLabel('Your name').fill('Jane Doe');
  await form.getByLabel('Email address').fill('jane@example.org');
  await form.getByRole('radio', { name: 'No', exact: true }).check();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  await form.getByRole('button', { name: 'Send the story' }).click();
  const reference = (await form.locator('.reference').textContent({ timeout: 10_000 })).trim();
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
  const form = page.locator('sister-city-request-form');
  await form.locator('#f-direction-1').check(); // 日本の都道府県・市区町村
  await form.locator('#f-jp_community-prefecture').selectOption('17');
  await form.locator('#f-jp_community-name').fill('金沢市');
  await form.locator('input[name="jp_community.level"][value="city"]').check();
  await form.locator('#f-population-count').fill('４６２，０００');
  await form.locator('#f-population-as_of').fill('２０２０');
  await form.locator('#f-area-value').fill('468.79');
  await form.locator('#f-area-unit').check();
  await form.locator('#f-geography').fill('日本海に面し、小松空港から車で約40分。');
  await form.locator('#f-activities').fill('伝統工芸、大学、美術館。');
  await form.locator('#f-expectations').fill('青少年交流を希望します。');
  await form.locator('input[name="exchanges"][value="culture-arts"]').check();
  await form.locator('#f-submitter-name').fill('山田 花子');
  await form.locator('#f-submitter-role').fill('国際交流課長');
  await form.locator('#f-submitter-organisation').fill('金沢市役所');
  await form.locator('#f-submitter-email').fill('hanako@city.kanazawa.example');
  await form.getByRole('button', { name: '自分を連絡先として追加' }).click();
  await form.locator('#f-pamphlet').setInputFiles({ name: '金沢市.pdf', mimeType: 'application/pdf', buffer: PDF });
  await form.locator('#f-pamphlet-chosen').waitFor();
  await form.locator('#f-consent').check();
  await form.getByRole('button', { name: '入力内容を確認する' }).click();
  await form.locator('#review-heading').waitFor();
  assert.match(await form.locator('.answers').first().textContent(), /日本の都道府県・市区町村/);
  await form.getByRole('button', { name: '申し込みを送信' }).click();
  const reference = (await form.locator('.reference').textContent({ timeout: 10_000 })).trim();
  assert.match(reference, /^REQ-/);

  const exported = await (await fetch(`${base}/admin/submissions.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  const rows = Array.isArray(exported) ? exported : exported.submissions;
  const request = rows.find((row) => row.reference === reference);
  assert.ok(request, 'the request is in the export');
  assert.deepEqual(request.payload.jp_community, { prefecture: 17, name: '金沢市', level: 'city' });
  assert.deepEqual(request.payload.population, { count: 462000, as_of: 2020 });
  assert.equal(request.payload.contacts[0].name, '山田 花子');
  assert.ok(rows.some((row) => /^HAJ-/.test(row.reference)), 'the story sent before is in the export too');
  assert.equal(request.files.length, 1);
  const download = await fetch(request.files[0].url, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(download.status, 200);
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
  const csv = await (await fetch(`${base}/admin/submissions.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  assert.match(csv, new RegExp(reference));
  assert.deepEqual(errors, []);
});
