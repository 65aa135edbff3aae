// The staff pages in Chromium, against the built receiver as `npm start` runs it (`--demo`, a fresh
// DATA_DIR): a reviewer added with the real CLI sets a password from the printed link and signs in with
// the keyboard only, finds the partner request sent in Japanese from the demo form, moves it to in
// review, approves it, saves its public version with a translation and publishes it (the public feed
// shows it without the contact); a rejection without a reason is refused on the page and on the server; axe
// finds nothing on any staff page, under the pages' own strict policy. The receiver delivers its outbox to a
// real SMTP server started here: the submitter's receipt and the approval arrive in Japanese, the language
// the request was sent in, and staff are told of each submission.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { assertAccessible } from './axe.mjs';
import { sendRequestInJapanese, sendStory } from '../receiver/demo-forms.mjs';
import { startStaffPages } from './staff-pages.mjs';
import { freePort, startSmtp, until } from '../receiver/mail-servers.mjs';

const EMAIL = 'rev@example.org';
const PASSWORD = 'paper lantern river bridge';
/** The receiver on SQLite, or PostgreSQL + S3 when RECEIVER_ENGINE=postgres, and Chromium. */
let pages;
let base;
let browser;
let smtp;
const sent = {};
const SUBMITTER = 'hanako@city.kanazawa.example';
/** The emails the SMTP server received for `to` whose subject mentions `reference`. */
const mailFor = (to, reference) => smtp.messages.filter((m) => m.envelopeTo.includes(to) && m.subject.includes(reference));

/** A page that records script errors and policy violations. */
async function newPage(options) {
  const page = await (await browser.newContext(options)).newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
  return page;
}

const statusOnServer = (page, id) => page.evaluate(async (id) => (await (await fetch(`/admin/api/submissions/${id}`)).json()).status, id);

before(async () => {
  smtp = await startSmtp(await freePort());
  pages = await startStaffPages({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, STAFF_EMAILS: 'clair-staff@example.org', OUTBOX_POLL_SECONDS: '0.2' });
  ({ base, browser } = pages);
  // What the reviewer will find: a partner request in Japanese with its PDF, and a story.
  const forms = await newPage();
  await forms.goto(`${base}/request-ja.html`);
  sent.request = (await (await sendRequestInJapanese(forms)).locator('.reference').textContent({ timeout: 60_000 })).trim();
  await forms.goto(`${base}/story.html`);
  sent.story = (await (await sendStory(forms)).locator('.reference').textContent({ timeout: 60_000 })).trim();
});

after(async () => {
  await pages?.stop();
  await smtp?.stop();
});

it('serves the staff pages under a strict policy, outside the public bundles', async () => {
  const response = await fetch(`${base}/admin`);
  assert.equal(response.status, 200);
  const policy = response.headers.get('content-security-policy');
  assert.match(policy, /script-src 'self';/);
  assert.match(policy, /require-trusted-types-for 'script'/);
  assert.match(policy, /connect-src 'self'.*frame-ancestors 'none'/); // the staff pages' own, not the demo's
  assert.match(await response.text(), /<sc-admin><\/sc-admin>/);
  assert.equal((await fetch(`${base}/admin/app/admin.js`)).status, 200);
  assert.equal((await fetch(`${base}/admin/app/..%2Fserver%2Fmain.js`)).status, 404);
  // The engine under test is the one these pages run on: no SQLite file when on PostgreSQL.
  assert.equal(existsSync(join(pages.dataDir, 'submissions.sqlite')), pages.engine.name === 'sqlite');
});

it('a reviewer sets a password, signs in with the keyboard only, and approves and publishes the request sent from the demo form', async () => {
  const token = await pages.addStaff(EMAIL);
  const page = await newPage({ locale: 'en-US' });
  await page.goto(`${base}/admin/setup#${token}`);
  await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
  await assertAccessible(page, 'the set-up page');

  // Too short: the summary takes focus and links to the field, which says the same.
  const password = page.getByLabel('New password');
  await password.focus();
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await summary.evaluate((el) => el === el.getRootNode().activeElement), true, 'the summary has focus');
  assert.match(await summary.textContent(), /Enter a password of at least 12 characters/);
  assert.equal(await password.getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'the set-up page with an error');
  await page.keyboard.press('Tab'); // the summary's link
  await page.keyboard.press('Enter');
  assert.equal(await password.evaluate((el) => el === el.getRootNode().activeElement), true, 'the link moves focus to the field');

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // The sign-in page, by keyboard only: its heading has focus, then the fields in order.
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.match(await page.getByRole('status').textContent(), /Your password is set/);
  await assertAccessible(page, 'the sign-in page');
  await page.keyboard.press('Tab');
  await page.keyboard.type(EMAIL);
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong password, twelve+');
  await page.keyboard.press('Enter');
  await page.getByText('The email address or the password is wrong.').waitFor();
  await assertAccessible(page, 'the sign-in page with an error');
  await page.getByLabel('Password', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');

  // The list: counts per status, the request with its reference, kind and community.
  await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
  await page.getByRole('link', { name: sent.request }).waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: sent.request }) });
  assert.match(await row.textContent(), /Partner request.*金沢市.*Received/s);
  assert.match(await page.locator('.counts').textContent(), /Received: 2/);
  await assertAccessible(page, 'the list');
  await page.getByLabel('Kind').selectOption('story');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByRole('link', { name: sent.request }).waitFor({ state: 'detached' });
  assert.equal(await page.getByRole('link', { name: sent.story }).count(), 1);
  await page.getByLabel('Kind').selectOption('');
  await page.getByRole('button', { name: 'Show' }).click();

  // One submission: its answers, the pamphlet to download; in review, then approved.
  await page.getByRole('link', { name: sent.request }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(sent.request) }).waitFor();
  assert.match(await page.locator('dl.answers').textContent(), /金沢市.*日本海に面し/s);
  const pamphlet = page.getByRole('link', { name: '金沢市.pdf' });
  const download = await (await fetch(base + (await pamphlet.getAttribute('href')))).status;
  assert.equal(download, 401, 'a file is not served without the session');
  assert.equal(await page.evaluate(async (href) => (await fetch(href)).headers.get('content-type'), await pamphlet.getAttribute('href')), 'application/pdf');
  await assertAccessible(page, 'a submission');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await page.getByRole('heading', { name: 'Status: In review' }).waitFor();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('heading', { name: 'Status: Approved' }).waitFor();
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#submission/', ''));
  assert.equal(await statusOnServer(page, id), 'approved');
  // The public version: publishing waits for it; staff edit a text, add a translation, preview, save, publish.
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.locator('.error-summary').getByText(/public version is not saved yet/).waitFor();
  const geography = page.getByRole('group', { name: 'Geography and access' });
  assert.equal(await geography.getByLabel('As submitted (edit if needed)').inputValue(), '日本海に面し、小松空港から車で約40分。');
  await geography.getByLabel('Translation: French (Canada)').fill('Au bord de la mer du Japon, à 40 minutes de l’aéroport de Komatsu.');
  await page.getByLabel('Show the pamphlet').check();
  // The community's name in Latin letters and in kana, for readers of the board in English and for its sort.
  await page.getByLabel('The community’s name in Latin letters').fill('Kanazawa');
  await page.getByLabel('The reading in kana').fill('かなざわし');
  await page.getByRole('button', { name: 'Save the public version' }).click();
  await page.getByText('The public version is saved.').waitFor();
  await page.getByLabel('Preview in').selectOption('fr-CA');
  await page.locator('article.preview').getByText('Au bord de la mer du Japon').waitFor();
  await assertAccessible(page, 'the public-version editor');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('heading', { name: 'Status: Published' }).waitFor();
  const feed = await (await fetch(`${base}/api/requests/published.json`)).text();
  const entry = JSON.parse(feed).requests.find((request) => request.reference === sent.request);
  assert.equal(entry.community.name, '金沢市');
  assert.equal(entry.community.name_en, 'Kanazawa');
  assert.equal(entry.community.name_kana, 'かなざわし');
  assert.equal(entry.community.name_ja, undefined, 'a name left empty is left out');
  assert.equal(entry.translations.geography['fr-CA'], 'Au bord de la mer du Japon, à 40 minutes de l’aéroport de Komatsu.');
  assert.ok(entry.pamphlet_url, 'the pamphlet is public');
  assert.doesNotMatch(feed, /hanako@city\.kanazawa\.example|山田/, 'no contact in the public feed');
  // Told, in their language: the receipt on sending, the approval on approving, one of each.
  const receipt = await until(() => mailFor(SUBMITTER, sent.request).find((m) => /受け付けました/.test(m.subject)), 'the receipt in Japanese', 60_000);
  assert.match(receipt.text, /金沢市/);
  await until(() => mailFor(SUBMITTER, sent.request).some((m) => /承認されました/.test(m.subject)), 'the approval email in Japanese', 60_000);
  await until(() => mailFor('clair-staff@example.org', sent.request).length === 1, 'the staff email', 60_000);
  assert.equal(mailFor(SUBMITTER, sent.request).length, 2, 'one receipt and one approval, no duplicate');
  await page.getByLabel('New note').fill('Called the city hall.');
  await page.getByRole('button', { name: 'Add the note' }).click();
  await page.locator('ul.notes').getByText('Called the city hall.').waitFor();
  assert.match(await page.locator('ol.history').textContent(),
    /rev@example\.org: Received → In review.*rev@example\.org: In review → Approved.*Public version saved.*Approved → Published.*Note added/s);
  await assertAccessible(page, 'an approved submission');

  // The story: a rejection without a reason is refused, and nothing changes.
  await page.getByRole('link', { name: 'Back to the submissions' }).click();
  await page.getByRole('link', { name: sent.story }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(sent.story) }).waitFor();
  // Its photo is shown as a thumbnail, described by its caption, under the pages' policy.
  const thumbnail = page.getByRole('img', { name: 'The signing' });
  await thumbnail.waitFor();
  await until(() => thumbnail.evaluate((img) => img.complete && img.naturalWidth > 0), 'the thumbnail to load', 60_000);
  await page.getByRole('button', { name: 'Reject' }).click();
  await page.locator('.error-summary').getByText('Enter the reason for the rejection').waitFor();
  assert.match(await page.locator('#reason-error').textContent(), /Enter the reason for the rejection/);
  assert.equal(await page.getByLabel('Reason for a rejection').getAttribute('aria-invalid'), 'true');
  await page.getByRole('heading', { name: 'Status: Received' }).waitFor();
  const storyId = decodeURIComponent(new URL(page.url()).hash.replace('#submission/', ''));
  assert.equal(await statusOnServer(page, storyId), 'received');
  await assertAccessible(page, 'a rejection without a reason');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(async () => (await fetch('/admin/api/session')).status), 401);
  assert.deepEqual(page.errors.filter((e) => !/401|Failed to load resource/.test(e)), []);
});

it('speaks the browser\'s language, and the menu changes it', async () => {
  const page = await newPage({ locale: 'ja-JP' });
  await page.goto(`${base}/admin`);
  await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  await assertAccessible(page, 'the sign-in page in Japanese');
  await page.getByLabel('言語').selectOption('fr-CA');
  await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
});
