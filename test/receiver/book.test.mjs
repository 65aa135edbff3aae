// Coverage and the book over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres) on PostgreSQL with
// files in S3: the demo pairings file beside the stories received (matched by the pairing key, in
// Latin letters or in Japanese), counts by state and prefecture, the outreach list as CSV; a story
// chosen for the book only once approved, recorded in its history, and the compiled book holding the
// chosen stories only, with their photos and translations, under its own strict policy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../scripts/read-csv.mjs';
import { PNG, post, postWithPhoto, startReceiver, validStory } from './helpers.mjs';
import { signedInStaff } from './staff.mjs';

const PAIRINGS = fileURLToPath(new URL('../../demo/data/pairings.csv', import.meta.url));
const DEMO_ROWS = parseCsv(await (await import('node:fs/promises')).readFile(PAIRINGS, 'utf8'));

describe('back office: coverage and the book', () => {
  let receiver;
  let staff;
  const move = (id, to) => staff.request('POST', `/admin/api/submissions/${id}/status`, { to });
  const approve = async (id) => {
    for (const to of ['in-review', 'approved']) assert.equal((await move(id, to)).status, 200);
  };
  const choose = (id, in_book) => staff.request('PUT', `/admin/api/submissions/${id}/book`, { in_book });
  const coverage = async () => (await staff.request('GET', '/admin/api/coverage')).json();
  const story = (na, jp, overrides = {}) => validStory({ na_city: { country: 'US', region: na[0], name: na[1] }, jp_city: { prefecture: jp[0], name: jp[1] }, ...overrides });

  before(async () => {
    receiver = await startReceiver({ pairingsFile: PAIRINGS });
    staff = await signedInStaff(receiver, 'editor@example.org');
  });
  after(() => receiver.stop());

  it('sets the pairings file beside the stories received, and lists the pairings without one by state and prefecture', async () => {
    const empty = await coverage();
    assert.equal(empty.configured, true);
    assert.equal(empty.pairings.length, DEMO_ROWS.length);
    assert.equal(empty.told, 0);

    // Saint Paul–Nagasaki in Latin letters, Portland–Sapporo with the Japanese city in Japanese,
    // a rejected Knoxville–Muroran story (still to ask), and a pairing the file does not have.
    const saintPaul = await (await post(receiver.base, story(['MN', 'Saint Paul'], [42, 'Nagasaki']))).json();
    const portland = await (await post(receiver.base, story(['OR', 'portland'], [1, '札幌市']))).json();
    const knoxville = await (await post(receiver.base, story(['TN', 'Knoxville'], [1, 'Muroran']))).json();
    assert.equal((await staff.request('POST', `/admin/api/submissions/${knoxville.id}/status`, { to: 'rejected', reason: 'Duplicate' })).status, 200);
    const elsewhere = await (await post(receiver.base, story(['WA', 'Nowhere Falls'], [13, 'Atlantis']))).json();

    const result = await coverage();
    const byKey = new Map(result.pairings.map((p) => [p.key, p]));
    assert.deepEqual(byKey.get('US-MN-saint-paul/42-nagasaki').stories.map((s) => [s.reference, s.status]), [[saintPaul.reference, 'received']]);
    assert.deepEqual(byKey.get('US-OR-portland/1-sapporo').stories.map((s) => s.reference), [portland.reference]);
    assert.deepEqual(byKey.get('US-TN-knoxville/1-muroran').stories.map((s) => s.status), ['rejected']);
    assert.equal(result.told, 2, 'a rejected story does not count');
    assert.deepEqual(result.unmatched.map((s) => [s.reference, s.key]), [[elsewhere.reference, 'US-WA-nowhere-falls/13-atlantis']]);

    const minnesota = result.regions.find((r) => r.country === 'US' && r.region === 'MN');
    const mnRows = DEMO_ROWS.filter((r) => r.na_country === 'US' && r.na_region === 'MN');
    assert.deepEqual(minnesota, { country: 'US', region: 'MN', pairings: mnRows.length, without: mnRows.length - 1 });
    const hokkaido = result.prefectures.find((p) => p.prefecture === 1);
    const hkRows = DEMO_ROWS.filter((r) => Number(r.jp_prefecture) === 1);
    assert.deepEqual(hokkaido, { prefecture: 1, pairings: hkRows.length, without: hkRows.length - 1 });
    assert.equal(result.regions.reduce((sum, r) => sum + r.without, 0), DEMO_ROWS.length - 2);

    // Published: counted as such.
    await approve(saintPaul.id);
    const draft = (await (await staff.request('GET', `/admin/api/submissions/${saintPaul.id}`)).json()).public;
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${saintPaul.id}/public`, draft)).status, 200);
    assert.equal((await move(saintPaul.id, 'published')).status, 200);
    assert.equal((await coverage()).published, 1);

    // The outreach list: every pairing without a story, in the file's own columns, and only those.
    const csv = await staff.request('GET', '/admin/api/coverage.csv');
    assert.match(csv.headers.get('content-disposition'), /attachment; filename="pairings-without-a-story.csv"/);
    const rows = parseCsv(await csv.text());
    assert.equal(rows.length, DEMO_ROWS.length - 2);
    const keys = rows.map((r) => r.key);
    assert.ok(!keys.includes('US-MN-saint-paul/42-nagasaki') && !keys.includes('US-OR-portland/1-sapporo'));
    assert.ok(keys.includes('US-TN-knoxville/1-muroran'));
    const bloomington = rows.find((r) => r.na_name === 'Bloomington-Normal');
    assert.equal(bloomington.jp_name_ja, '旭川市');
    assert.equal(bloomington.na_region, 'IL');
  });

  it('says when no pairings file is configured', async () => {
    const bare = await startReceiver();
    try {
      const member = await signedInStaff(bare, 'editor@example.org');
      const result = await (await member.request('GET', '/admin/api/coverage')).json();
      assert.equal(result.configured, false);
      assert.deepEqual(result.pairings, []);
      assert.equal(parseCsv(await (await member.request('GET', '/admin/api/coverage.csv')).text()).length, 0);
    } finally {
      await bare.stop();
    }
  });

  it('chooses approved stories for the book, and compiles only those, with their photos and translations', async () => {
    const chosen = await (await postWithPhoto(receiver.base, story(['MN', 'Saint Paul'], [42, 'Nagasaki'], { story: 'Friends since 1955.' }), PNG)).json();
    const notChosen = await (await post(receiver.base, story(['OR', 'Portland'], [1, 'Sapporo'], { story: 'A story left out of the book.' }))).json();
    const inJapanese = await (await post(receiver.base, story(['IL', 'Bloomington-Normal'], [1, '旭川市'], { language: 'ja', story: '冬の交流から始まりました。' }))).json();

    assert.equal((await choose(chosen.id, true)).status, 409, 'a received story cannot be chosen yet');
    for (const { id } of [chosen, notChosen, inJapanese]) await approve(id);
    assert.equal((await choose(chosen.id, 'yes')).status, 400);
    assert.equal((await choose(chosen.id, true)).status, 200);
    assert.equal((await choose(inJapanese.id, true)).status, 200);
    // A translation staff entered for the English column.
    const draft = (await (await staff.request('GET', `/admin/api/submissions/${inJapanese.id}`)).json()).public;
    const translated = { ...draft, translations: { story: { en: 'It began with a winter exchange.' } } };
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${inJapanese.id}/public`, translated)).status, 200);

    const detail = await (await staff.request('GET', `/admin/api/submissions/${chosen.id}`)).json();
    assert.equal(detail.in_book, true);
    assert.deepEqual(detail.history.filter((e) => e.action.startsWith('book')).map((e) => [e.action, e.by]), [['book-in', 'editor@example.org']]);

    const listed = (await (await staff.request('GET', '/admin/api/book')).json()).stories;
    assert.deepEqual(listed.filter((s) => s.in_book).map((s) => s.reference).sort(), [chosen.reference, inJapanese.reference].sort());
    assert.ok(listed.some((s) => s.reference === notChosen.reference && !s.in_book));

    const response = await staff.request('GET', '/admin/api/book.html');
    assert.equal(response.status, 200);
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /default-src 'none'; img-src 'self'; style-src 'sha256-[\w+/=]+'/);
    const html = await response.text();
    assert.match(html, /Saint Paul, Minnesota – Nagasaki, Nagasaki/);
    assert.match(html, /セントポール市（ミネソタ州）・長崎市（長崎県）/, 'the Japanese names come from the pairings file');
    assert.match(html, /Friends since 1955\./);
    assert.match(html, /It began with a winter exchange\./);
    assert.match(html, /<p lang="ja">冬の交流から始まりました。<\/p>/);
    assert.match(html, /<p class="untranslated" lang="ja">未翻訳：原文（英語）のまま掲載します。<\/p><div class="story"><p lang="en">Friends since 1955\.<\/p>/,
      'no Japanese translation: the Japanese column holds the English original, marked');
    assert.ok(!html.includes('A story left out of the book.'));
    const photo = /<img src="(\/admin\/api\/files\/[^"]+)" alt="The signing"/.exec(html);
    assert.ok(photo, 'the photo given with permission');
    assert.match(html, /City archives/);
    assert.equal((await staff.request('GET', photo[1])).status, 200);
    // Contents by state: Illinois before Minnesota.
    assert.ok(html.indexOf('Illinois') < html.indexOf('Minnesota'));

    // Taken out: gone from the book; a story moved back to review is not printed even if chosen.
    assert.equal((await choose(chosen.id, false)).status, 200);
    assert.equal((await move(inJapanese.id, 'in-review')).status, 200);
    const after = await (await staff.request('GET', '/admin/api/book.html')).text();
    assert.ok(!after.includes('Friends since 1955.') && !after.includes('winter exchange'));
    assert.match(after, /No story is chosen for the book yet\./);
  });

  it('keeps coverage and the book for signed-in staff only, and the choice behind the CSRF token', async () => {
    for (const path of ['/admin/api/coverage', '/admin/api/coverage.csv', '/admin/api/book', '/admin/api/book.html', `/admin/api/files/${crypto.randomUUID()}/print`]) {
      assert.equal((await fetch(receiver.base + path)).status, 401, path);
    }
    const { id } = await (await post(receiver.base, validStory())).json();
    await approve(id);
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/book`, { in_book: true }, { csrf: null })).status, 403);
    assert.equal((await (await staff.request('GET', `/admin/api/submissions/${id}`)).json()).in_book, false);
  });
});

describe('back office: coverage when the pairings file cannot be read', () => {
  it('says so with a 503 naming the setting, and the receiver keeps serving', async () => {
    const receiver = await startReceiver({ pairingsFile: fileURLToPath(new URL('./no-such-pairings.csv', import.meta.url)) });
    try {
      const staff = await signedInStaff(receiver, 'editor@example.org');
      const response = await staff.request('GET', '/admin/api/coverage');
      assert.equal(response.status, 503);
      assert.match((await response.json()).title, /PAIRINGS_FILE/);
      assert.equal((await staff.request('GET', '/admin/api/submissions')).status, 200);
    } finally {
      await receiver.stop();
    }
  });
});
