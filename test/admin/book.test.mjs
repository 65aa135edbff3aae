// Coverage and the book in the staff pages, in Chromium, against the built receiver as `npm start` runs it
// (`--demo`: the demo pairings file). Three stories are approved (Saint Paul–Nagasaki in English with a
// PNG, an iPhone's HEIC and a corrupt HEIC, Bloomington-Normal–Asahikawa in Japanese with a JPEG and a staff translation into English,
// Portland–Sapporo with a WebP). The coverage page lists the demo pairings without a story, by state and
// prefecture, in English, Japanese and French, and downloads them as CSV. With the keyboard only, staff
// choose two stories for the book, on the book page and on a story's page; the compiled book shows their
// photos (loaded) and prints to a PDF (read back with pdf.js) with a page per chapter after the contents, the
// contents giving the page each chapter starts on (the first runs over several pages),
// each chosen story's cities, texts, captions and credits on its pages, the three photos drawn (the HEIC
// through the JPEG the receiver made of it), the corrupt HEIC reported, and nothing of the story left out. axe finds nothing on any of these pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assertAccessible } from './axe.mjs';
import { fixture, sendStory as sendStoryTo, signedInPage } from './book-stories.mjs';
import { parseCsv } from '../../scripts/read-csv.mjs';
import { JPEG, PNG, WEBP, validStory } from '../receiver/helpers.mjs';
import { until } from '../receiver/mail-servers.mjs';
import { setPassword, StaffClient } from '../receiver/staff.mjs';
import { startStaffPages } from './staff-pages.mjs';

const DEMO_ROWS = parseCsv(readFileSync(new URL('../../demo/data/pairings.csv', import.meta.url), 'utf8'));
const EMAIL = 'editor@example.org';
const PASSWORD = 'folded crane harbour light';
/** The receiver on SQLite, or PostgreSQL + S3 when RECEIVER_ENGINE=postgres, and Chromium. */
let pages;
let base;
let browser;
let staff;
const stories = {};

/** A story sent as the form sends it, approved. */
const sendStory = (story, ...photos) => sendStoryTo(base, staff, story, ...photos);
/** A signed-in staff page in `locale`, with the staff pages open. */
const staffPage = (locale) => signedInPage(browser, base, [EMAIL, PASSWORD], locale);

/**
 * PDF text made comparable: Chromium's PDF spells some characters with look-alikes (a figure dash for an
 * en dash, Kangxi radicals for kanji, and the radical ⻑, which NFKC leaves, for 長) and pdf.js splits runs at will, so compare without spaces, folded.
 */
const flat = (text) => text.normalize('NFKC').replace(/[\u2010-\u2015]/g, '-').replace(/\u2ED1/g, '長').replace(/\s+/g, '');

/** Follows a link with the keyboard: focus, then Enter. */
async function follow(link) {
  await link.focus();
  await link.press('Enter');
}

before(async () => {
  pages = await startStaffPages();
  ({ base, browser } = pages);
  assert.equal((await setPassword(base, await pages.addStaff(EMAIL), PASSWORD)).status, 200);
  staff = await StaffClient.signIn(base, EMAIL, PASSWORD);
  stories.saintPaul = await sendStory(validStory({ story: 'Friends since the first affiliation of 1955.' }),
    { bytes: PNG, type: 'image/png', name: 'signing.png', caption: 'The signing at city hall', credit: 'Saint Paul city archives' },
    { bytes: fixture('photo.heic'), type: 'image/heic', name: 'IMG_0420.HEIC', caption: 'The mayors at the peace park', credit: 'Nagasaki city hall' },
    { bytes: fixture('corrupt.heic'), type: 'image/heic', name: 'IMG_0421.HEIC', caption: 'A damaged picture', credit: 'A volunteer' });
  stories.asahikawa = await sendStory(
    validStory({ na_city: { country: 'US', region: 'IL', name: 'Bloomington-Normal' }, jp_city: { prefecture: 1, name: '旭川市' }, established: '1962-10-11', language: 'ja', story: '冬の交流から始まりました。' }),
    { bytes: JPEG, type: 'image/jpeg', name: 'yuki.jpg', caption: '雪まつりの交流', credit: 'Asahikawa city office' },
  );
  const draft = (await (await staff.request('GET', `/admin/api/submissions/${stories.asahikawa.id}`)).json()).public;
  // A long translation: its chapter runs over several pages, so the next chapter's page in the contents is counted, not guessed.
  const winter = Array.from({ length: 40 }, (_, i) => `In winter ${1963 + i}, pupils from both cities skated together on the frozen river, wrote letters home and planted a tree for the year.`);
  const translated = { ...draft, translations: { story: { en: ['It began with a winter exchange.', ...winter].join('\n\n') } } };
  assert.equal((await staff.request('PUT', `/admin/api/submissions/${stories.asahikawa.id}/public`, translated)).status, 200);
  stories.portland = await sendStory(
    validStory({ na_city: { country: 'US', region: 'OR', name: 'Portland' }, jp_city: { prefecture: 1, name: 'Sapporo' }, story: 'This story stays out of the book.' }),
    { bytes: WEBP, type: 'image/webp', name: 'rose.webp', caption: 'Roses left out', credit: 'Portland parks' },
  );
});

after(() => pages?.stop());

it('the coverage page lists the demo pairings without a story, by state and prefecture, in three languages, and exports them', async () => {
  const page = await staffPage();
  await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
  await follow(page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Coverage' }));
  const heading = page.getByRole('heading', { level: 1, name: 'Coverage of the pairings' });
  await heading.waitFor();
  await page.locator('table.without').waitFor();
  assert.equal(await heading.evaluate((el) => el === el.getRootNode().activeElement), true, 'the new page\'s heading has focus');

  // The test's three stories, and the demo's own published stories (server/demo/seed-stories.ts: Saint
  // Paul–Nagasaki, which the test's first story shares, Seattle–Kobe and Montréal–Hiroshima).
  const covered = 5;
  const without = DEMO_ROWS.length - covered;
  assert.equal(await page.locator('table.without tbody tr').count(), without);
  const listed = await page.locator('table.without tbody').textContent();
  assert.match(listed, /Knoxville.*Tennessee.*Muroran.*Hokkaido/s);
  assert.doesNotMatch(listed, /Saint Paul|Bloomington-Normal|Seattle|Montréal/);
  assert.match(await page.locator('.counts').textContent(), new RegExp(`Pairings in the directory: ${DEMO_ROWS.length}.*With a story: ${covered}.*Without a story: ${without}`, 's'));
  const minnesota = DEMO_ROWS.filter((row) => row.na_region === 'MN').length;
  assert.equal(await page.getByRole('row', { name: `Minnesota ${minnesota} ${minnesota - 1}` }).count(), 1, 'Minnesota: its pairings, one without a story fewer');
  const withStory = await page.locator('table.with tbody').textContent();
  assert.match(withStory, new RegExp(`Saint Paul.*${stories.saintPaul.reference} \\(Approved\\)`, 's'));
  await assertAccessible(page, 'the coverage page');

  const link = page.getByRole('link', { name: 'Download the pairings without a story (CSV)' });
  await link.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), link.press('Enter')]);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
  assert.equal(rows.length, without);
  assert.ok(rows.some((row) => row.key === 'US-TN-knoxville/1-muroran' && row.jp_name_ja === '室蘭市'));

  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { level: 1, name: '提携の網羅状況' }).waitFor();
  assert.match(await page.locator('table.without tbody').textContent(), /テネシー州.*北海道/s);
  await page.getByRole('heading', { name: '都道府県別' }).waitFor();
  await assertAccessible(page, 'the coverage page in Japanese');
  await page.getByLabel('言語').selectOption('fr-CA');
  await page.getByRole('heading', { level: 1, name: 'Couverture des jumelages' }).waitFor();
  await page.getByRole('link', { name: 'Télécharger les jumelages sans récit (CSV)' }).waitFor();
  await assertAccessible(page, 'the coverage page in French');
  assert.deepEqual(page.errors, []);
});

it('staff choose stories for the book with the keyboard, and the compiled book prints to a PDF holding them and their photos only', async () => {
  const page = await staffPage();
  await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
  await follow(page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'The book' }));
  await page.getByRole('heading', { level: 1, name: 'The book' }).waitFor();
  // The test's three stories and the demo's three published ones.
  await page.getByText('0 of 6 stories chosen.').waitFor();
  await assertAccessible(page, 'the book page');

  // On the book page: Saint Paul–Nagasaki, by its checkbox and the space bar.
  const box = page.getByRole('checkbox', { name: new RegExp(`In the book: Saint Paul – Nagasaki \\(${stories.saintPaul.reference}\\)`) });
  await box.focus();
  await page.keyboard.press('Space');
  await page.getByText('Saint Paul – Nagasaki is chosen for the book.').waitFor();
  assert.equal((await (await staff.request('GET', `/admin/api/submissions/${stories.saintPaul.id}`)).json()).in_book, true);
  await assertAccessible(page, 'the book page after a choice');

  // On the story's own page: Bloomington-Normal–Asahikawa.
  await follow(page.getByRole('link', { name: stories.asahikawa.reference }));
  await page.getByRole('heading', { level: 1, name: new RegExp(stories.asahikawa.reference) }).waitFor();
  const choice = page.getByLabel('Choose this story for the book');
  await choice.focus();
  await page.keyboard.press('Space');
  await page.locator('.notice').getByText('is chosen for the book').waitFor();
  assert.equal(await choice.isChecked(), true);
  assert.match(await page.locator('ol.history').textContent(), /editor@example\.org: Chosen for the book/);
  await assertAccessible(page, 'a story chosen for the book');

  await follow(page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'The book' }));
  await page.getByText('2 of 6 stories chosen.').waitFor();
  await page.getByLabel('Language').selectOption('ja');
  await page.getByRole('heading', { level: 1, name: '本' }).waitFor();
  await page.getByText('6件中2件の物語を選択済み。').waitFor();
  await assertAccessible(page, 'the book page in Japanese');
  await page.getByLabel('言語').selectOption('fr-CA');
  await page.getByRole('link', { name: 'Compiler le livre' }).waitFor();
  await assertAccessible(page, 'the book page in French');
  await page.getByLabel('Langue').selectOption('en');
  // The HEIC photos are converted in the background once chosen: staff compile again until they are done.
  await until(async () => {
    const book = await (await staff.request('GET', '/admin/api/book.html')).text();
    return book.includes('/print"') && book.includes('could not be made printable');
  }, 'the HEIC photos to be converted (or reported)', 120_000);
  await follow(page.getByRole('link', { name: 'Compile the book' }));
  await page.waitForURL(`${base}/admin/api/book.html?lang=en`);

  await page.locator('html[data-paginated]').waitFor({ state: 'attached', timeout: 60_000 });
  const entries = await page.locator('.contents li').allTextContents();

  // The document: the photos of the chosen stories, loaded, and nothing of the other story.
  await page.waitForFunction(() => document.images.length === 3 && [...document.images].every((img) => img.complete && img.naturalWidth > 0), null, { timeout: 60_000 });
  assert.deepEqual((await page.locator('img').evaluateAll((images) => images.map((img) => img.alt))).sort(), ['The mayors at the peace park', 'The signing at city hall', '雪まつりの交流']);
  assert.equal(await page.getByAltText('The mayors at the peace park').evaluate((img) => [img.naturalWidth, img.naturalHeight].join('×')), '1600×1200');
  await page.locator('.photo-note').getByText('could not be made printable: the file is damaged').waitFor();
  const chapters = page.locator('section.chapter');
  assert.equal(await chapters.count(), 2);
  assert.deepEqual(await page.locator('section.chapter h2').allTextContents(), [
    'Bloomington-Normal, Illinois – Asahikawa, Hokkaidoブルーミントン市・ノーマル市（イリノイ州）・旭川市（北海道）',
    'Saint Paul, Minnesota – Nagasaki, Nagasakiセントポール市（ミネソタ州）・長崎市（長崎県）',
  ]);
  assert.doesNotMatch(await page.locator('body').textContent(), /Portland|stays out of the book|Roses left out/);
  await assertAccessible(page, 'the compiled book');

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  if (process.env.BOOK_PDF) (await import('node:fs')).writeFileSync(process.env.BOOK_PDF, pdf);
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages = [];
  const footers = [];
  let images = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    const { items } = await pdfPage.getTextContent();
    pages.push(flat(items.map((item) => item.str).join('')));
    // The page's own number, in the bottom margin (20 mm, 57 points from the page's bottom edge).
    footers.push(items.filter((item) => item.transform[5] < 57).map((item) => item.str).join('').trim());
    images += (await pdfPage.getOperatorList()).fnArray.filter((op) => op === OPS.paintImageXObject).length;
  }
  assert.ok(doc.numPages >= 2 + 1, `${doc.numPages} pages: at least the two chapters and the contents`);
  const contents = pages.findIndex((text) => text.includes('Contents'));
  const pageOf = (expected) => pages.findIndex((text, n) => n > contents && text.includes(flat(expected)));
  assert.ok(contents >= 0, 'a contents page');
  assert.match(pages[contents], /Illinois.*1\.Bloomington-Normal-Asahikawa.*Minnesota.*2\.SaintPaul-Nagasaki/, 'the contents, by state');
  const bloomington = pageOf('Bloomington-Normal, Illinois – Asahikawa, Hokkaido');
  const saintPaul = pageOf('Saint Paul, Minnesota – Nagasaki, Nagasaki');
  assert.ok(bloomington > contents && saintPaul > bloomington, `chapters after the contents, each on its own page (${contents}, ${bloomington}, ${saintPaul})`);
  // The contents give each chapter the page it starts on in the printed book, as its page's own number says.
  assert.ok(saintPaul - bloomington >= 2, `the first chapter runs over more than one page (${bloomington}, ${saintPaul})`);
  for (const [entry, index] of [[entries[0], bloomington], [entries[1], saintPaul]]) {
    assert.match(entry, new RegExp(`\\s${index + 1}$`), `"${entry}" gives page ${index + 1}`);
    // (Japanese read back as "\u0000" means the machine has no Japanese font: .ci/run installs fonts-noto-cjk.)
    assert.ok(pages[contents].includes(flat(entry)), `the printed contents hold "${entry}", as printed: ${JSON.stringify(pages[contents])}`);
    assert.equal(footers[index], String(index + 1), `page ${index + 1} is numbered ${index + 1}`);
  }
  const text = pages.join('\n');
  for (const expected of [
    'It began with a winter exchange.', 'Friends since the first affiliation of 1955.', 'The signing at city hall', 'Saint Paul city archives', 'Asahikawa city office', '雪まつりの交流',
    'The mayors at the peace park', 'Nagasaki city hall', 'A damaged picture', 'could not be made printable: the file is damaged',
  ]) {
    assert.ok(text.includes(flat(expected)), `the PDF holds "${expected}"`);
  }
  assert.ok(['Portland', 'stays out of the book', 'Roses left out'].every((left) => !text.includes(flat(left))), 'the story left out is not printed');
  assert.equal(images, 3, 'the chosen photos, the HEIC one among them, are drawn in the PDF');
  assert.deepEqual(page.errors, []);
});

it('staff edit a published story’s names in the other script and the partner city’s side, and the feed carries them', async () => {
  const { submissions } = await (await staff.request('GET', '/admin/api/submissions?kind=story&status=published')).json();
  const seeded = submissions.find((s) => s.title === 'Saint Paul – Nagasaki'); // server/demo/seed-stories.ts
  const page = await staffPage();
  await page.goto(`${base}/admin#submission/${seeded.id}`);
  const side = page.getByRole('group', { name: 'The partner city’s side' });
  assert.match(await side.getByLabel('As submitted (edit if needed)').inputValue(), /^長崎市民にとって/);
  await side.getByLabel('Translation: French (Canada)').fill('Pour les gens de Nagasaki, l’offre de Saint Paul était un espoir.');
  const names = page.getByRole('group', { name: 'Names in the other script' });
  assert.equal(await names.getByLabel('The North American city in Japanese').inputValue(), 'セントポール市');
  await names.getByLabel('The Japanese city in Latin letters').fill('');
  await assertAccessible(page, 'the public version with names and the partner’s side');
  await page.getByRole('button', { name: 'Save the public version' }).click();
  await page.getByText('The public version is saved.').waitFor();

  const story = (await (await fetch(`${base}/api/stories/published.json`)).json()).stories.find((s) => s.reference === seeded.reference);
  assert.deepEqual(story.alt_names, { na_city: 'セントポール市' }, 'a name emptied is left out');
  assert.equal(story.partner_side.translations['fr-CA'], 'Pour les gens de Nagasaki, l’offre de Saint Paul était un espoir.');
  assert.match(story.partner_side.translations.en, /^For the people of Nagasaki/, 'the other translation is kept');
  assert.equal(story.partner_side.language, 'ja');
  assert.deepEqual(page.errors, []);
});
