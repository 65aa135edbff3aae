// HEIC photos in the book, over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres) on PostgreSQL with
// files in S3: a chosen story's HEIC photo (an iPhone's) is made once, in a worker thread, into a JPEG of
// 1,600 px on the long side, stored beside the original, which the book shows with its caption and credit;
// until then the book says so in the staff member's language; a photo another receiver is converting is
// left to it, and taken over when that receiver's claim runs out (it died); a conversion a crash cut short
// is done on the next start; a corrupt HEIC is reported. GET /admin/api/book gives each story's HEIC photos'
// standing (pending, ready, failed with why), which the staff's book page shows before compiling, and asking
// it again resumes a conversion whose receiver died, as compiling does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { ENGINE, JPEG, postWithPhoto, startReceiver, validStory } from './helpers.mjs';
import { until } from './mail-servers.mjs';
import { signedInStaff } from './staff.mjs';
import { openStore } from '../../dist/server/store.js';

/** Made with heif-enc (test/fixtures/files/make-heic.mjs): 2000×1500, and the same with its coded picture zeroed. */
const HEIC = readFileSync(new URL('../fixtures/files/photo.heic', import.meta.url));
const CORRUPT = readFileSync(new URL('../fixtures/files/corrupt.heic', import.meta.url));
/** Conversions run in the background; the machine may be busy. */
const CONVERTED_WITHIN = 120_000;

describe('the book: HEIC photos printed through a JPEG copy', () => {
  let receiver;
  let staff;
  before(async () => {
    receiver = await startReceiver();
    staff = await signedInStaff(receiver, 'editor@example.org');
  });
  after(() => receiver.stop());

  /** An approved story with one HEIC photo; resolves with its id and the photo's file id. */
  const heicStory = async (bytes, city) => {
    const { id } = await (await postWithPhoto(receiver.base, validStory({ na_city: { country: 'US', region: 'MN', name: city } }), bytes, { type: 'image/heic', name: 'IMG_0001.HEIC' })).json();
    for (const to of ['in-review', 'approved']) assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, { to })).status, 200);
    const detail = await (await staff.request('GET', `/admin/api/submissions/${id}`)).json();
    return { id, fileId: detail.files[0].id };
  };
  const choose = async (id) => assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/book`, { in_book: true })).status, 200);
  const book = async (query = '', headers = {}) => {
    const response = await staff.request('GET', `/admin/api/book.html${query}`, undefined, { headers });
    assert.equal(response.status, 200);
    return response.text();
  };
  /** The story's HEIC photos as GET /admin/api/book gives them. */
  const heicOf = async (id) => {
    const response = await staff.request('GET', '/admin/api/book');
    assert.equal(response.status, 200);
    return (await response.json()).stories.find((story) => story.id === id).heic;
  };
  const NONE = { pending: 0, ready: 0, failed: [] };
  const printed = (fileId) => until(async () => {
    const html = await book();
    return html.includes(`/admin/api/files/${fileId}/print`) && html;
  }, 'the book to show the photo’s printable copy', CONVERTED_WITHIN);

  it('makes a chosen story’s HEIC photo into a JPEG of 1,600 px, which the book shows with its caption and credit', async () => {
    const { id, fileId } = await heicStory(HEIC, 'Saint Paul');
    assert.equal((await receiver.store.printCopies.copies([fileId])).size, 0, 'not converted before it is chosen');
    assert.deepEqual(await heicOf(id), { ...NONE, pending: 1 }, 'without a copy: made once chosen');
    await choose(id);
    const html = await printed(fileId);
    assert.deepEqual(await heicOf(id), { ...NONE, ready: 1 });
    assert.match(html, new RegExp(`<img src="/admin/api/files/${fileId}/print" alt="The signing" />\\s*<figcaption><span lang="en">The signing</span>`));
    assert.match(html, /<span lang="en">City archives<\/span>/);
    assert.ok(!html.includes('class="photo-note"'), 'no note once the copy is there');

    const copy = await staff.request('GET', `/admin/api/files/${fileId}/print`);
    assert.equal(copy.status, 200);
    assert.equal(copy.headers.get('content-type'), 'image/jpeg');
    const meta = await sharp(Buffer.from(await copy.arrayBuffer())).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 1600, 1200]);
    // The original stays as it was sent; the copy is a stored file the sweep keeps.
    assert.equal((await staff.request('GET', `/admin/api/files/${fileId}`)).headers.get('content-type'), 'image/heic');
    await receiver.store.sweep(Date.now() + 5 * 60_000); // later than an orphan is kept
    assert.equal((await staff.request('GET', `/admin/api/files/${fileId}/print`)).status, 200, 'the sweep keeps the copy');
  });

  it('leaves a photo another receiver is converting to it, saying so in the staff’s language, and takes it over when that receiver died', async () => {
    const { id, fileId } = await heicStory(HEIC, 'Minneapolis');
    const copies = receiver.store.printCopies;
    assert.equal(await copies.claim(fileId, 'another-receiver', 600_000), true);
    assert.equal(await copies.claim(fileId, 'a-third-receiver', 600_000), false, 'one claim at a time');
    await choose(id);
    assert.deepEqual(await heicOf(id), { ...NONE, pending: 1 }, 'being made by another receiver');

    assert.match(await book(), /A printable copy is still being prepared: compile the book again in a minute or two\./);
    assert.match(await book('?lang=ja'), /<p class="photo-note" lang="ja">この写真はHEIC形式（iPhoneの形式）で送られたため、そのままでは印刷できません。印刷用の画像を準備しています。/);
    assert.match(await book('', { 'Accept-Language': 'fr-CA,fr;q=0.9' }), /<p class="photo-note" lang="fr-CA">Cette photo a été envoyée en HEIC/);
    assert.ok(!(await book()).includes(`/admin/api/files/${fileId}/print`));

    // The other receiver dies mid-conversion: its claim runs out, and the staff's book page, asking for the
    // photos' standing while some are pending, has the photo converted here (as compiling would).
    assert.equal(await copies.renew(fileId, 'another-receiver', -1), true);
    await until(async () => (await heicOf(id)).ready === 1, 'the book page’s figures to say the photo is printable', CONVERTED_WITHIN);
    await printed(fileId);
    assert.equal(await copies.finish(fileId, 'another-receiver', { storedName: 'late.jpg', size: 1 }), false, 'a claim taken over cannot record');
    assert.equal((await staff.request('GET', `/admin/api/files/${fileId}/print`)).headers.get('content-type'), 'image/jpeg');
  });

  it('reports a corrupt HEIC plainly in the book, not with a 500', async () => {
    const { id, fileId } = await heicStory(CORRUPT, 'Duluth');
    await choose(id);
    const html = await until(async () => {
      const text = await book();
      return text.includes('could not be made printable') && text;
    }, 'the book to report the corrupt photo', CONVERTED_WITHIN);
    assert.match(html, /could not be made printable: the file is damaged, or is not a photo the receiver can read\. Ask the sender for the photo as a JPEG/);
    assert.match(html, /<span class="detail">\([^)<]+\)<\/span>/, 'with what the decoder said');
    assert.match(await book('?lang=ja'), /印刷用の画像を作れませんでした。ファイルが壊れているか、読み取れない画像です。/);
    assert.equal((await staff.request('GET', `/admin/api/files/${fileId}/print`)).status, 404);
    const { failed, ...counts } = await heicOf(id);
    assert.deepEqual(counts, { pending: 0, ready: 0 });
    assert.equal(failed.length, 1);
    assert.deepEqual([failed[0].part, failed[0].reason], ['photo-0', 'unreadable']);
    assert.ok(failed[0].detail, 'with what the decoder said');

  });

  it('counts no HEIC photo for a story whose photos print as they are', async () => {
    const { id } = await (await postWithPhoto(receiver.base, validStory({ na_city: { country: 'US', region: 'MN', name: 'Mankato' } }), JPEG, { type: 'image/jpeg', name: 'signing.jpg' })).json();
    for (const to of ['in-review', 'approved']) assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, { to })).status, 200);
    await choose(id);
    assert.deepEqual(await heicOf(id), NONE);
  });

  it('converts on start a photo whose conversion a crash cut short', async () => {
    const { id, fileId } = await heicStory(HEIC, 'Winona');
    assert.equal(await receiver.store.printCopies.claim(fileId, 'this-receiver-before-the-crash', 600_000), true);
    await choose(id);
    // The receiver dies mid-conversion and starts again on the same data. On PostgreSQL, which other receivers
    // may share, the claim is taken over once its lease ran out; on SQLite, which one process owns, at once.
    if (ENGINE === 'postgres') assert.equal(await receiver.store.printCopies.renew(fileId, 'this-receiver-before-the-crash', -1), true);
    await receiver.stop({ keepData: true });
    receiver = await startReceiver({}, receiver.dataDir);
    staff = await signedInStaff(receiver, 'editor2@example.org');
    await until(async () => (await receiver.store.printCopies.copies([fileId])).get(fileId)?.state === 'ready', 'the photo to be converted on start', CONVERTED_WITHIN);
    await printed(fileId);
  });

  it('lets one of two receivers on one PostgreSQL database claim a photo, never both', { skip: ENGINE !== 'postgres' && 'one process owns a SQLite file' }, async () => {
    const { fileId } = await heicStory(HEIC, 'Rochester');
    const other = await openStore(receiver.config);
    try {
      const claims = await Promise.all([receiver.store.printCopies.claim(fileId, 'one', 60_000), other.printCopies.claim(fileId, 'two', 60_000)]);
      assert.deepEqual(claims.sort(), [false, true]);
    } finally {
      await other.close();
    }
  });
});
