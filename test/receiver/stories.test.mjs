// End to end, issue 15's "done when" for the reader and the directory: `node dist/server/main.js --demo`
// as `npm start` runs it (which seeds the published Saint Paul–Nagasaki story), a story sent to the
// receiver and published by staff through the back-office API, and Chromium reading both on the demo
// pages, in English and in Japanese, and following the directory's link to the story.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import { PNG, postWithPhoto, validStory } from './helpers.mjs';
import { startReceiverProcess } from './process.mjs';
import { addStaff, setPassword, StaffClient } from './staff.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'stories-e2e-'));
let receiver;
let base;
let browser;
let staff;

before(async () => {
  receiver = startReceiverProcess({ DATA_DIR: dataDir }, ['--demo']);
  base = await receiver.listening;
  const token = await addStaff({ dataDir, config: {}, base }, 'editor@example.org');
  assert.equal((await setPassword(base, token, 'correct horse battery staple')).status, 200);
  staff = await StaffClient.signIn(base, 'editor@example.org', 'correct horse battery staple');
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await receiver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page that records errors and Content-Security-Policy violations (the demo serves a strict policy). */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(base + path);
  return { page, problems };
}

const story = (page, key) => page.locator(`sister-city-stories article[id="${key}"]`);

it('shows the seeded Saint Paul–Nagasaki story in English and in Japanese, with its photo', async () => {
  const en = await open('/stories.html');
  const saintPaul = story(en.page, 'US-MN-saint-paul/42-nagasaki');
  await saintPaul.waitFor({ timeout: 60_000 });
  assert.equal((await saintPaul.locator('h2').innerText()).replace(/\s+/g, ' '), 'Saint Paul セントポール市 and Nagasaki 長崎市');
  assert.match(await saintPaul.locator('[part="side"] .text').innerText(), /Ten years after the war/);
  assert.equal(await saintPaul.locator('[part="side"] .text').getAttribute('lang'), 'en');
  assert.match(await saintPaul.locator('[part="partner-side"]').innerText(), /For the people of Nagasaki/);
  const img = saintPaul.locator('img').first();
  assert.equal(await img.getAttribute('alt'), 'The harbour at sunset, as the first delegation saw it');
  await img.scrollIntoViewIfNeeded();
  await en.page.waitForFunction((el) => el.complete && el.naturalWidth === 480, await img.elementHandle());
  assert.deepEqual(en.problems, []);

  const ja = await open('/stories-ja.html');
  const nagasaki = story(ja.page, 'US-MN-saint-paul/42-nagasaki');
  await nagasaki.waitFor({ timeout: 60_000 });
  assert.equal((await nagasaki.locator('h2').innerText()).replace(/\s+/g, ' '), 'セントポール市 Saint Paul と 長崎市 Nagasaki');
  assert.match(await nagasaki.locator('[part="side"] .text').innerText(), /戦後十年/);
  assert.equal(await nagasaki.locator('[part="side"] .text').getAttribute('lang'), 'ja');
  assert.match(await nagasaki.locator('.meta').first().innerText(), /昭和30年12月7日/);
  // Montréal–Hiroshima has no Japanese translation: shown in French, marked so.
  const montreal = story(ja.page, 'CA-QC-montreal/34-hiroshima');
  assert.equal(await montreal.locator('.text').getAttribute('lang'), 'fr');
  assert.match(await montreal.locator('.untranslated').innerText(), /まだ翻訳されていない/);
  assert.deepEqual(ja.problems, []);

  // In French: the staff translation; Montréal–Hiroshima, written in French, as written.
  const fr = await open('/stories-fr.html');
  const stPaul = story(fr.page, 'US-MN-saint-paul/42-nagasaki');
  await stPaul.waitFor({ timeout: 60_000 });
  assert.match(await stPaul.locator('[part="side"] .text').innerText(), /Dix ans après la guerre/);
  assert.equal(await story(fr.page, 'CA-QC-montreal/34-hiroshima').locator('.untranslated').count(), 0);
  assert.deepEqual(fr.problems, []);
});

it('the directory row for Saint Paul–Nagasaki links to its story, which the reader brings into view', async () => {
  const { page, problems } = await open('/');
  const row = page.locator('sister-city-pairings tbody tr', { hasText: 'Saint Paul' });
  const link = row.getByRole('link', { name: 'Read the origin story' });
  await link.waitFor({ timeout: 60_000 });
  assert.equal(await link.getAttribute('href'), '/stories.html#US-MN-saint-paul%2F42-nagasaki');
  assert.equal(await page.locator('sister-city-pairings tbody tr', { hasText: 'Sapporo' }).getByRole('link', { name: 'Read the origin story' }).count(), 0);
  await link.click();
  await page.waitForURL(/stories\.html#/);
  await page.waitForFunction(() => document.querySelector('sister-city-stories')?.shadowRoot?.activeElement?.closest('article')?.id === 'US-MN-saint-paul/42-nagasaki', null, { timeout: 60_000 });
  assert.deepEqual(problems, []);
});

it('a story published through the back office appears in the reader in English and Japanese, and its directory row links to it', async () => {
  const sent = validStory({
    na_city: { country: 'US', region: 'OR', name: 'Portland' }, jp_city: { prefecture: 1, name: 'Sapporo' }, established: '1959-11-17',
    story: 'Portland and Sapporo share rivers, snow and a love of beer.', connections: ['friendship', 'business'],
  });
  const { id } = await (await postWithPhoto(base, sent, PNG)).json();
  for (const to of ['in-review', 'approved']) assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, { to })).status, 200);
  const draft = await (await staff.request('GET', `/admin/api/submissions/${id}`)).json();
  assert.equal(draft.public.language, 'en', 'the first draft keeps the language the story was written in');
  const version = { ...draft.public, alt_names: { na_city: 'ポートランド市', jp_city: '札幌市' }, translations: { story: { ja: 'ポートランドと札幌は、川と雪とビールを愛する心で結ばれています。' } } };
  assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, version)).status, 200);
  assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, { to: 'published' })).status, 200);

  const key = 'US-OR-portland/1-sapporo';
  const en = await open('/stories.html');
  await story(en.page, key).waitFor({ timeout: 60_000 });
  assert.match(await story(en.page, key).locator('.text').innerText(), /rivers, snow and a love of beer/);
  assert.equal(await story(en.page, key).locator('img').getAttribute('alt'), 'The signing');
  const ja = await open('/stories-ja.html');
  await story(ja.page, key).waitFor({ timeout: 60_000 });
  assert.match(await story(ja.page, key).locator('.text').innerText(), /川と雪とビール/);
  assert.equal((await story(ja.page, key).locator('h2').innerText()).replace(/\s+/g, ' '), 'ポートランド市 Portland と 札幌市 Sapporo');

  const directory = await open('/ja.html');
  const link = directory.page.locator('sister-city-pairings tbody tr', { hasText: 'Portland' }).filter({ hasText: 'Sapporo' }).getByRole('link', { name: '提携の始まりの物語を読む' });
  await link.waitFor({ timeout: 60_000 });
  assert.equal(await link.getAttribute('href'), '/stories-ja.html#US-OR-portland%2F1-sapporo');
  assert.deepEqual([...en.problems, ...ja.problems, ...directory.problems], []);
});

it('on a city page, the directory opens the story in place, and the reader preset with the pairing shows only it', async () => {
  const { page, problems } = await open('/city.html');
  const preset = page.locator('main > sister-city-stories article');
  await preset.first().waitFor({ timeout: 60_000 });
  assert.equal(await preset.count(), 1);
  const button = page.locator('sister-city-pairings').getByRole('button', { name: 'Read the origin story' });
  await button.waitFor({ timeout: 60_000 });
  await button.press('Enter');
  // The story's dialog, not the lightbox dialog of the reader inside it (two matches fail a strict wait).
  const dialog = page.locator('sister-city-pairings dialog.story-dialog');
  await dialog.locator('article').waitFor({ timeout: 60_000 });
  assert.match(await dialog.locator('article h2').innerText(), /Nagasaki/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
});
