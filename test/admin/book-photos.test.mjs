// The book page tells staff, before they compile, how the chosen stories' HEIC photos stand, in Chromium
// against the built receiver (`--demo`, SQLite or, with RECEIVER_ENGINE=postgres, PostgreSQL + S3). Four
// approved stories with iPhone photos: Saint Paul–Nagasaki (a HEIC and a corrupt HEIC), then one each for
// Bloomington-Normal–Asahikawa, Portland–Sapporo and Duluth–Ohara. Chosen with the keyboard in English,
// Japanese and French, each story's photos are said to be being made printable, then (the page refreshing
// itself, never reloaded) printable, or not and why, in that language, in a polite live region and in the
// story's row; axe finds nothing. The page stops asking while it is hidden, asks at once when shown again,
// and stops once nothing is pending.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertAccessible } from './axe.mjs';
import { fixture, sendStory, signedInPage } from './book-stories.mjs';
import { validStory } from '../receiver/helpers.mjs';
import { until } from '../receiver/mail-servers.mjs';
import { setPassword, StaffClient } from '../receiver/staff.mjs';
import { startStaffPages } from './staff-pages.mjs';

const SIGN_IN = ['editor@example.org', 'folded crane harbour light'];
/** How often the page asks while photos are pending (REFRESH_MS, src/admin/book-refresh.ts). */
const REFRESH_MS = 4000;
/** Conversions run in the background; the machine may be busy. */
const CONVERTED_WITHIN = 120_000;
const HEIC = { bytes: fixture('photo.heic'), type: 'image/heic', name: 'IMG_0420.HEIC', caption: 'The mayors at the peace park', credit: 'Nagasaki city hall' };
const CORRUPT = { bytes: fixture('corrupt.heic'), type: 'image/heic', name: 'IMG_0421.HEIC', caption: 'A damaged picture', credit: 'A volunteer' };

let pages;
let staff;
const stories = {};

before(async () => {
  pages = await startStaffPages();
  assert.equal((await setPassword(pages.base, await pages.addStaff(SIGN_IN[0]), SIGN_IN[1])).status, 200);
  staff = await StaffClient.signIn(pages.base, ...SIGN_IN);
  const send = (na, jp, ...photos) => sendStory(pages.base, staff, validStory({ na_city: na, jp_city: jp }), ...photos);
  stories.saintPaul = await send({ country: 'US', region: 'MN', name: 'Saint Paul' }, { prefecture: 42, name: 'Nagasaki' }, HEIC, CORRUPT);
  stories.bloomington = await send({ country: 'US', region: 'IL', name: 'Bloomington-Normal' }, { prefecture: 1, name: 'Asahikawa' }, HEIC);
  stories.portland = await send({ country: 'US', region: 'OR', name: 'Portland' }, { prefecture: 1, name: 'Sapporo' }, HEIC);
  stories.duluth = await send({ country: 'US', region: 'MN', name: 'Duluth' }, { prefecture: 1, name: 'Ohara' }, HEIC);
});

after(() => pages?.stop());

/** The text of the summary above the list each time it changed (recorded in the page from now on). */
async function recordSummaries(page) {
  await page.evaluate(() => {
    const root = document.querySelector('sc-admin').shadowRoot;
    const texts = (window.summaries = []);
    const note = () => {
      const text = root.querySelector('.photo-summary')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      if (text !== texts.at(-1)) texts.push(text);
    };
    note();
    new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
  });
}
const summaries = (page) => page.evaluate(() => window.summaries);

/** Chooses a story for the book on the book page, with the keyboard. */
async function choose(page, story) {
  await page.getByRole('checkbox', { name: new RegExp(story.reference) }).focus();
  await page.keyboard.press('Space');
}
const rowOf = (page, story) => page.getByRole('row').filter({ hasText: story.reference });
const waitLong = { timeout: CONVERTED_WITHIN };

it('the book page says which chosen photos are being made printable, then printable or not and why, in three languages, without a reload', async () => {
  const page = await signedInPage(pages.browser, pages.base, SIGN_IN);
  await page.goto(`${pages.base}/admin#book`);
  await page.getByRole('heading', { level: 1, name: 'The book' }).waitFor();
  await page.getByText('0 of 7 stories chosen.').waitFor(); // the test's four and the demo's three
  const summary = page.locator('.photo-summary');
  assert.equal(await summary.getAttribute('role'), 'status', 'a polite live region, there before it says anything');
  assert.equal(await summary.textContent().then((text) => text.trim()), '', 'nothing to say before a story is chosen');
  await page.evaluate(() => (window.notReloaded = true));

  // English: Saint Paul–Nagasaki's two HEIC photos, one of them corrupt.
  await recordSummaries(page);
  await choose(page, stories.saintPaul);
  await page.getByText('Saint Paul – Nagasaki is chosen for the book.').waitFor();
  await assertAccessible(page, 'the book page with photos being made printable');
  const row = rowOf(page, stories.saintPaul);
  await row.getByText('1 HEIC photo is printable.').waitFor(waitLong);
  await row.getByText('1 photo could not be made printable: the file is damaged, or is not a photo the receiver can read.').waitFor(waitLong);
  await summary.getByText('1 photo could not be made printable: see its story below. Ask the sender for it as a JPEG, or leave it out of the public version.').waitFor(waitLong);
  assert.deepEqual((await summaries(page)).slice(0, 2), ['', '2 photos are being made printable; compile the book in a minute or two.'], 'first said as being made');
  assert.doesNotMatch(await summary.textContent(), /being made printable/);
  await assertAccessible(page, 'the book page with a photo printable and one not');

  // Japanese: Bloomington-Normal–Asahikawa's photo.
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { level: 1, name: '本' }).waitFor();
  await rowOf(page, stories.saintPaul).getByText('1枚の写真は印刷用の画像を作れませんでした。ファイルが壊れているか、読み取れない画像です。').waitFor();
  await recordSummaries(page);
  await choose(page, stories.bloomington);
  await rowOf(page, stories.bloomington).getByText('1枚のHEIC写真を印刷できます。').waitFor(waitLong);
  assert.ok((await summaries(page)).includes('1枚の写真を印刷用に変換しています。1～2分後に本を編集してください。 1枚の写真は印刷用の画像を作れませんでした。下の物語を確認し、送信者にJPEG形式の写真を依頼するか、公開版から外してください。'));
  await assertAccessible(page, 'the book page in Japanese');

  // French (Canada): Portland–Sapporo's photo.
  await page.getByLabel('言語').selectOption('fr-CA');
  await page.getByRole('link', { name: 'Compiler le livre' }).waitFor();
  await recordSummaries(page);
  await choose(page, stories.portland);
  await rowOf(page, stories.portland).getByText('1 photo HEIC est imprimable.').waitFor(waitLong);
  await rowOf(page, stories.saintPaul).getByText('1 photo n’a pas pu être rendue imprimable\u00a0: le fichier est endommagé, ou n’est pas une photo que le récepteur peut lire.').waitFor();
  assert.ok((await summaries(page)).some((text) => text.startsWith('1 photo est en train d’être rendue imprimable; compilez le livre dans une minute ou deux.')));
  await assertAccessible(page, 'the book page in French');

  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was never reloaded');
  assert.deepEqual(page.errors, []);
});

it('the book page stops asking while hidden, asks at once when shown again, and stops once nothing is pending', async () => {
  const page = await signedInPage(pages.browser, pages.base, SIGN_IN);
  await page.goto(`${pages.base}/admin#book`);
  await page.getByText('3 of 7 stories chosen.').waitFor();
  let asked = 0;
  page.on('request', (request) => new URL(request.url()).pathname === '/admin/api/book' && asked++);
  const setHidden = (hidden) => page.evaluate((hidden) => {
    if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    else delete document.visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

  await setHidden(true);
  await choose(page, stories.duluth);
  const row = rowOf(page, stories.duluth);
  await row.getByText('1 photo is being made printable.').waitFor();
  await until(async () => {
    const { stories: listed } = await (await staff.request('GET', '/admin/api/book')).json();
    return listed.find((story) => story.id === stories.duluth.id).heic.ready === 1;
  }, 'the receiver to make the photo printable', CONVERTED_WITHIN);
  // That the page does not ask cannot be waited for: give it the time of two refreshes and more.
  await new Promise((resolve) => setTimeout(resolve, 2.5 * REFRESH_MS));
  assert.equal(asked, 0, 'no refresh while hidden');
  assert.equal(await row.getByText('1 photo is being made printable.').count(), 1);

  await setHidden(false);
  await row.getByText('1 HEIC photo is printable.').waitFor();
  assert.equal(asked, 1, 'one refresh, at once, on being shown');
  await new Promise((resolve) => setTimeout(resolve, 2.5 * REFRESH_MS));
  assert.equal(asked, 1, 'no refresh once nothing is pending');
  assert.deepEqual(page.errors, []);
});
