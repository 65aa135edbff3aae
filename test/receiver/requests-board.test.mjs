// End to end, the partner-requests board on the real receiver (`node dist/server/main.js --demo`, as
// `npm start` runs it, seeding four published requests): a request sent in Japanese from the demo
// form, published by a signed-in staff member through the back-office API, appears on the demo board
// beside the seeded ones and is found first by "Find partners for my community"; the board filters
// to the right request and speaks English, Japanese and French; nothing personal is on the page.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import { sendRequestInJapanese } from './demo-forms.mjs';
import { signedInStaff } from './staff.mjs';

let server;
let browser;
let receiver;
const dataDir = mkdtempSync(join(tmpdir(), 'board-e2e-'));

before(async () => {
  server = spawn(process.execPath, ['dist/server/main.js', '--demo'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  receiver = { base, dataDir, config: {} };
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const cardNames = (board) => board.locator('li.card .name').allTextContents();

it('a request sent from the demo form and published by staff is on the board, found by filters and ranked first by matching', async () => {
  const errors = [];
  const watch = (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    return page;
  };
  const formPage = watch(await browser.newPage());
  await formPage.goto(`${receiver.base}/request-ja.html`);
  const form = await sendRequestInJapanese(formPage);
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();

  // Staff sign in and publish it through the back-office API.
  const staff = await signedInStaff(receiver, 'reviewer@example.org');
  const { submissions } = await (await staff.request('GET', `/admin/api/submissions?kind=request&q=${reference}`)).json();
  const { id } = submissions.find((s) => s.reference === reference);
  const move = async (to) => assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, { to })).status, 200);
  await move('in-review');
  await move('approved');
  const detail = await (await staff.request('GET', `/admin/api/submissions/${id}`)).json();
  assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, detail.public)).status, 200);
  await move('published');

  const page = watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
  await page.goto(`${receiver.base}/requests.html`);
  const board = page.locator('sister-city-requests');
  await board.locator('[role="status"]').filter({ hasText: '5 partner requests' }).waitFor();
  const names = await cardNames(board);
  // The seeded Japanese municipality and North American county, and the new request, on one board.
  assert.ok(names.includes('飯田市') && names.includes('Larimer County') && names.includes('金沢市'), names.join(', '));
  const pageText = await page.locator('body').evaluate((body) => body.querySelector('sister-city-requests').shadowRoot.textContent);
  for (const secret of ['山田', 'hanako@city.kanazawa.example', '国際交流課長', 'demo-seed@example.org', 'Demo contact']) {
    assert.ok(!pageText.includes(secret), `the board shows ${secret}`);
  }

  // "Education" and a population band narrow it to the one request.
  await board.getByRole('checkbox', { name: 'Education and youth' }).first().check();
  await board.getByLabel('Population', { exact: true }).selectOption('50k-100k');
  assert.deepEqual(await cardNames(board), ['飯田市']);
  await board.getByRole('button', { name: 'Clear filters' }).first().click();

  // A Texas community of 450,000 wanting culture and arts exchanges: Kanazawa fits best.
  await board.getByRole('button', { name: 'Find partners for my community' }).click();
  await board.getByRole('radio', { name: 'In North America' }).check();
  await board.locator('#m-region').selectOption('TX');
  await board.getByLabel('Population of your community').fill('450,000');
  await board.locator('#match-form').getByRole('checkbox', { name: 'Culture and the arts' }).check();
  await board.getByRole('button', { name: 'Rank the requests by fit' }).click();
  await board.locator('[role="status"]').filter({ hasText: 'ranked by fit for your community' }).waitFor();
  const first = board.locator('li.card').first();
  assert.equal((await first.locator('.name').textContent()).trim(), '金沢市');
  assert.equal((await first.locator('.reasons').textContent()).replace(/\s+/g, ' ').trim(),
    'Why it fits: Both want exchanges in Culture and the arts; similar population.');
  const contact = await first.locator('a.contact').getAttribute('href');
  assert.ok(contact.startsWith('mailto:partners@clair.example?subject=') && decodeURIComponent(contact).includes(reference), contact);

  // The same board in Japanese and in French.
  for (const [path, status, seeking] of [['/requests-ja.html', '5件の提携申し込み', '日本のパートナーを募集中'], ['/requests-fr.html', '5 demandes de jumelage', 'Cherche un partenaire au Japon']]) {
    await page.goto(`${receiver.base}${path}`);
    const localized = page.locator('sister-city-requests');
    await localized.locator('[role="status"]').filter({ hasText: status }).waitFor();
    const text = await localized.locator('li.card').allTextContents();
    assert.ok(text.some((card) => card.includes('Larimer County') && card.includes(seeking)), text.join('\n'));
    assert.ok(text.some((card) => card.includes('飯田市')));
  }
  assert.deepEqual(errors, []);
});
