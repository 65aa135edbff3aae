// End to end: `node dist/server/main.js --demo` as `npm start` runs it, Chromium
// filling the built story form on the demo page, and the submission in SQLite
// with its photo on disk.
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

before(async () => {
  receiver = spawn(process.execPath, ['dist/server/main.js', '--demo'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
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
