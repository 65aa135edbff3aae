// The review workflow and publishing over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres) on
// PostgreSQL with files in S3: a request sent as the demo form sends it is listed, reviewed,
// approved, given a public version without personal data, published, and read from the public feed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDF, PNG, post, postWithPhoto, startReceiver, validRequest, validStory } from './helpers.mjs';
import { parseCsv } from '../../scripts/read-csv.mjs';
import { signedInStaff } from './staff.mjs';

/** A request with its pamphlet, as <sister-city-request-form> sends it: multipart, the answers in `payload`. */
async function postRequestWithPamphlet(base) {
  const payload = validRequest({ pamphlet: { part: 'pamphlet-0', name: 'bend.pdf', type: 'application/pdf', size: PDF.length } });
  const form = new FormData();
  form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  form.append('pamphlet-0', new Blob([PDF], { type: 'application/pdf' }), 'bend.pdf');
  const response = await fetch(`${base}/api/requests`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body: form });
  assert.equal(response.status, 201);
  return response.json();
}

const PRIVATE = ['sam@example.gov', 'Sam Lee', 'City Manager', '+1 541 555 0100', 'jane@example.org', 'Jane Doe'];

describe('back office: workflow and publishing', () => {
  let receiver;
  let staff;
  const move = (id, to, reason) => staff.request('POST', `/admin/api/submissions/${id}/status`, reason === undefined ? { to } : { to, reason });
  const detail = async (id) => (await staff.request('GET', `/admin/api/submissions/${id}`)).json();
  before(async () => {
    receiver = await startReceiver();
    staff = await signedInStaff(receiver, 'reviewer@example.org');
  });
  after(() => receiver.stop());

  it('takes a request from the form to the public feed, without the contact or the submitter', async () => {
    const { id, reference } = await postRequestWithPamphlet(receiver.base);

    const list = await (await staff.request('GET', '/admin/api/submissions?kind=request&status=received&q=bend')).json();
    assert.deepEqual(list.submissions.map((s) => [s.reference, s.status, s.title]), [[reference, 'received', 'Bend']]);
    assert.equal(list.counts.received, 1);
    assert.equal((await (await staff.request('GET', '/admin/api/submissions?q=no-such-place')).json()).submissions.length, 0);

    assert.equal((await move(id, 'in-review')).status, 200);
    assert.equal((await move(id, 'published')).status, 409, 'in-review cannot be published before approval');
    const approved = await (await move(id, 'approved')).json();
    assert.equal(approved.status, 'approved');
    assert.equal((await move(id, 'published')).status, 409, 'no public version saved yet');

    // The first draft of the public version is the answers without anything personal.
    assert.equal(approved.public_saved, false);
    assert.ok(!PRIVATE.some((text) => JSON.stringify(approved.public).includes(text)), JSON.stringify(approved.public));
    assert.equal(approved.answers.contacts[0].email, 'sam@example.gov', 'staff still see every answer');

    // Personal fields cannot be slipped into the public version.
    const sneaky = await staff.request('PUT', `/admin/api/submissions/${id}/public`, { ...approved.public, contacts: approved.answers.contacts });
    assert.equal(sneaky.status, 422);
    const edited = {
      ...approved.public,
      geography: 'High desert on the Deschutes River.',
      translations: { geography: { ja: 'デシューツ川沿いの高原砂漠。', 'fr-CA': 'Désert d’altitude sur la rivière Deschutes.' } },
    };
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, edited)).status, 200);

    const feedUrl = `${receiver.base}/api/requests/published.json`;
    assert.deepEqual(await (await fetch(feedUrl)).json(), { requests: [] }, 'approved is not yet published');

    assert.equal((await move(id, 'published')).status, 200);
    const response = await fetch(feedUrl, { headers: { Origin: 'https://any-site.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const text = await response.text();
    for (const secret of PRIVATE) assert.ok(!text.includes(secret), `the feed shows ${secret}`);
    const [entry] = JSON.parse(text).requests;
    assert.equal(entry.reference, reference);
    assert.equal(entry.geography, 'High desert on the Deschutes River.');
    assert.equal(entry.translations.geography.ja, 'デシューツ川沿いの高原砂漠。');
    assert.equal(entry.community.name, 'Bend');
    assert.equal(entry.contacts, undefined);
    assert.equal(entry.submitter, undefined);

    const pamphlet = await fetch(entry.pamphlet_url);
    assert.equal(pamphlet.status, 200);
    assert.deepEqual(Buffer.from(await pamphlet.arrayBuffer()), PDF);
    assert.ok(!entry.pamphlet_url.includes(approved.files[0].id), 'the public URL is not the staff file id');

    // The same as a spreadsheet: one column per public field, nothing personal.
    const csvResponse = await fetch(`${receiver.base}/api/requests/published.csv`);
    assert.equal(csvResponse.headers.get('access-control-allow-origin'), '*');
    const csv = await csvResponse.text();
    assert.match(csv, /^reference,published_at,direction,community\.name,/);
    const [csvEntry] = parseCsv(csv);
    assert.equal(csvEntry.reference, reference);
    assert.equal(csvEntry.exchanges, 'education-youth; sports');
    assert.equal(csvEntry['translations.geography.ja'], 'デシューツ川沿いの高原砂漠。');
    for (const secret of PRIVATE) assert.ok(!csv.includes(secret), `the CSV shows ${secret}`);
    assert.equal((await fetch(`${receiver.base}/api/requests/published.csv`, { headers: { 'If-None-Match': csvResponse.headers.get('etag') } })).status, 304);

    const etag = response.headers.get('etag');
    assert.ok(etag);
    const unchanged = await fetch(feedUrl, { headers: { 'If-None-Match': etag } });
    assert.equal(unchanged.status, 304);
    assert.equal(await unchanged.text(), '');

    // Unpublished: gone from the feed (whose ETag changes) and its pamphlet no longer public.
    assert.equal((await move(id, 'approved')).status, 200);
    const after = await fetch(feedUrl, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.deepEqual(await after.json(), { requests: [] });
    assert.equal((await fetch(entry.pamphlet_url)).status, 404);

    // Every change is recorded: who, what, from → to.
    const { history } = await detail(id);
    assert.deepEqual(
      history.filter((e) => e.action === 'status').map((e) => [e.from, e.to, e.by]),
      [['received', 'in-review', 'reviewer@example.org'], ['in-review', 'approved', 'reviewer@example.org'],
        ['approved', 'published', 'reviewer@example.org'], ['published', 'approved', 'reviewer@example.org']],
    );
    assert.ok(history.some((e) => e.action === 'public'));
    assert.ok(history.every((e) => !Number.isNaN(Date.parse(e.at))));
  });

  it('refuses a rejection without a reason (422) and records the reason of one with it', async () => {
    const { id } = await (await post(receiver.base, validRequest(), { path: '/api/requests' })).json();
    const refused = await move(id, 'rejected');
    assert.equal(refused.status, 422);
    assert.equal((await refused.json()).errors[0].pointer, '/reason');
    assert.equal((await move(id, 'rejected', '   ')).status, 422);
    assert.equal((await detail(id)).status, 'received');
    const rejected = await (await move(id, 'rejected', 'Not a municipality')).json();
    assert.equal(rejected.status, 'rejected');
    assert.deepEqual(rejected.history.map((e) => [e.from, e.to, e.reason]), [['received', 'rejected', 'Not a municipality']]);
  });

  it('refuses transitions the workflow does not allow with 409', async () => {
    const { id } = await (await post(receiver.base, validRequest(), { path: '/api/requests' })).json();
    assert.equal((await move(id, 'approved')).status, 409);
    assert.equal((await move(id, 'published')).status, 409);
    assert.equal((await move(id, 'withdrawn')).status, 200);
    assert.equal((await move(id, 'in-review')).status, 409, 'withdrawn is final');
    assert.equal((await detail(id)).status, 'withdrawn');
    assert.equal((await move(id, 'no-such-status')).status, 400);
  });

  it('keeps internal notes with their author, and refuses an empty one', async () => {
    const { id } = await (await post(receiver.base, validRequest(), { path: '/api/requests' })).json();
    assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/notes`, { text: ' ' })).status, 422);
    const noted = await staff.request('POST', `/admin/api/submissions/${id}/notes`, { text: 'Called the city manager.' });
    assert.equal(noted.status, 201);
    const { notes, history } = await noted.json();
    assert.deepEqual(notes.map((n) => [n.by, n.text]), [['reviewer@example.org', 'Called the city manager.']]);
    assert.deepEqual(history.map((e) => e.action), ['note']);
    // Notes are never public.
    assert.ok(!(await (await fetch(`${receiver.base}/api/requests/published.json`)).text()).includes('city manager'));
  });

  it('filters the list by the days submissions were received, in UTC', async () => {
    const { reference } = await (await post(receiver.base, validRequest(), { path: '/api/requests' })).json();
    const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const references = async (query) => (await (await staff.request('GET', `/admin/api/submissions?${query}`)).json()).submissions.map((s) => s.reference);
    assert.ok((await references(`from=${day(0)}&to=${day(0)}`)).includes(reference));
    assert.ok((await references(`from=${day(-1)}`)).includes(reference));
    assert.deepEqual(await references(`from=${day(1)}`), []);
    assert.deepEqual(await references(`to=${day(-1)}`), []);
    assert.equal((await staff.request('GET', '/admin/api/submissions?from=2026-02-30')).status, 400);
    assert.equal((await staff.request('GET', '/admin/api/submissions?to=yesterday')).status, 400);
  });

  it('refuses workflow changes without the CSRF token or from another origin', async () => {
    const { id } = await (await post(receiver.base, validRequest(), { path: '/api/requests' })).json();
    const path = `/admin/api/submissions/${id}/status`;
    assert.equal((await staff.request('POST', path, { to: 'in-review' }, { csrf: null })).status, 403);
    assert.equal((await staff.request('POST', path, { to: 'in-review' }, { origin: 'https://evil.example' })).status, 403);
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, {}, { csrf: null })).status, 403);
    assert.equal((await detail(id)).status, 'received');
  });

  it('publishes a story with its photo at a public URL, and without the submitter', async () => {
    const { id, reference } = await (await postWithPhoto(receiver.base, validStory(), PNG)).json();
    for (const to of ['in-review', 'approved']) assert.equal((await move(id, to)).status, 200);
    const draft = (await detail(id)).public;
    assert.deepEqual(draft.photos.map((p) => p.part), ['photo-0']);
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, { ...draft, photos: [{ ...draft.photos[0], part: 'photo-7' }] })).status, 422);
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, draft)).status, 200);
    assert.equal((await move(id, 'published')).status, 200);
    const text = await (await fetch(`${receiver.base}/api/stories/published.json`)).text();
    for (const secret of PRIVATE) assert.ok(!text.includes(secret), `the feed shows ${secret}`);
    const [entry] = JSON.parse(text).stories;
    assert.equal(entry.reference, reference);
    assert.equal(entry.photos[0].caption, 'The signing');
    const photo = await fetch(entry.photos[0].url);
    assert.equal(photo.status, 200);
    assert.equal(photo.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await photo.arrayBuffer()), PNG);

    // A photo staff take out of the public version is no longer served.
    assert.equal((await staff.request('PUT', `/admin/api/submissions/${id}/public`, { ...draft, photos: [] })).status, 200);
    assert.equal((await fetch(entry.photos[0].url)).status, 404);
  });

  it('exports the current filter as CSV with lists as readable columns', async () => {
    const contacts = [
      { name: 'Ann Kay', title: 'Mayor', organisation: 'City of Hood River', email: 'ann@example.gov' },
      { name: 'Bo Lin', title: 'Clerk', organisation: 'City of Hood River', email: 'bo@example.gov' },
    ];
    const request = validRequest({ na_community: { country: 'US', region: 'OR', name: 'Hood River', level: 'city' }, contacts });
    const { id, reference } = await (await post(receiver.base, request, { path: '/api/requests' })).json();
    assert.equal((await move(id, 'in-review')).status, 200);
    const response = await staff.request('GET', '/admin/api/submissions.csv?kind=request&status=in-review&q=hood');
    assert.equal(response.status, 200);
    const rows = parseCsv(await response.text());
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.reference, reference);
    assert.equal(row.status, 'in-review');
    assert.equal(row['contacts.1.email'], 'ann@example.gov');
    assert.equal(row['contacts.2.email'], 'bo@example.gov');
    assert.equal(row.exchanges, 'education-youth; sports');
    const json = await (await staff.request('GET', '/admin/api/submissions.json?status=in-review&q=hood')).json();
    assert.deepEqual(json.map((r) => r.reference), [reference]);
    assert.equal((await staff.request('GET', '/admin/api/submissions.csv?status=lost')).status, 400);
  });

  it('refuses the workflow API without a session', async () => {
    assert.equal((await fetch(`${receiver.base}/admin/api/submissions`)).status, 401);
  });
});
