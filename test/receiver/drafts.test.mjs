// Drafts on the receiver and the partner's side over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres)
// PostgreSQL with files in S3: a draft saved with its photo and opened by link, saved again, invited, the
// partner's side added in Japanese with a photo and without either side's email reaching the other, the
// story sent once with the partner's side joined, staff seeing both; expired, revoked and tampered links
// answered plainly; files swept when a draft expires; the rate limits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JPEG, PNG, post, startReceiver, validStory } from './helpers.mjs';
import { signedInStaff } from './staff.mjs';

const DAY = 86_400_000;

function saveDraft(base, values, files = [], { token, path = '/api/stories', extra = {} } = {}) {
  const form = new FormData();
  const refs = files.map((f, i) => ({ path: f.path, part: `file-${i}`, name: f.name, size: f.bytes.length }));
  form.append('payload', new Blob([JSON.stringify({ values, files: refs, ...extra })], { type: 'application/json' }));
  files.forEach((f, i) => form.append(`file-${i}`, new Blob([f.bytes]), f.name));
  return fetch(`${base}${path}/drafts${token ? `/${token}` : ''}`, { method: 'POST', body: form });
}

function sendSide(base, token, side, photo, key = crypto.randomUUID()) {
  const form = new FormData();
  const payload = { ...side, photos: photo ? [{ file: { part: 'photo-0', name: 'nagasaki.jpg', type: 'image/jpeg', size: photo.length }, caption: '調印式', credit: '長崎市', permission: true }] : [] };
  form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  if (photo) form.append('photo-0', new Blob([photo], { type: 'image/jpeg' }), 'nagasaki.jpg');
  return fetch(`${base}/api/stories/drafts/${token}/side`, { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
}

const SIDE = {
  author: { name: '長崎 花子', role: '国際課', email: 'hanako@city.nagasaki.example' },
  language: 'ja',
  account: '1955年、長崎市はセントポール市と提携しました。',
  dates: [{ date: '1955-12-07', event: '提携調印' }],
  people: [{ family_name: '田川', given_name: '務', role: '市長', side: 'jp' }],
  translation: 'In 1955 Nagasaki partnered with Saint Paul.',
  locale: 'ja',
};

describe('drafts and the partner city’s side', () => {
  let receiver;
  let staff;
  before(async () => {
    receiver = await startReceiver({ draftRateLimit: 1000, draftOpenLimit: 1000 });
    // First, as the other back-office suites do: the staff CLI blocks this process (and its receiver) while it runs.
    staff = await signedInStaff(receiver, 'reviewer@example.org');
  });
  after(() => receiver.stop());

  it('says what it offers, under each form’s endpoint', async () => {
    assert.deepEqual(await (await fetch(`${receiver.base}/api/stories/drafts`)).json(), { drafts: true, days: 30, invite: true });
    assert.deepEqual(await (await fetch(`${receiver.base}/api/requests/drafts`)).json(), { drafts: true, days: 30, invite: false });
  });

  it('keeps a story from draft to staff: resumed with its photo, the partner’s side added, sent once, both sides shown', async () => {
    const { base } = receiver;
    const values = { na_city: { country: 'US', region: 'MN', name: 'Saint Paul' }, story: 'Started at the office.', submitter: { name: 'Jane Doe', email: 'jane@example.org' } };
    const saved = await saveDraft(base, values, [{ path: 'photos.0.file', name: 'signing.png', bytes: PNG }]);
    assert.equal(saved.status, 201, await saved.clone().text());
    const { token, expires_at, days } = await saved.json();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(days, 30);
    assert.ok(Math.abs(Date.parse(expires_at) - (Date.now() + 30 * DAY)) < 60_000);

    // Another device: the answers and the photo, byte for byte.
    const opened = await (await fetch(`${base}/api/stories/drafts/${token}`)).json();
    assert.equal(opened.role, 'owner');
    assert.deepEqual(opened.values, values);
    assert.deepEqual(opened.files.map((f) => [f.path, f.name, f.type, f.size]), [['photos.0.file', 'signing.png', 'image/png', PNG.length]]);
    assert.deepEqual(new Uint8Array(await (await fetch(base + opened.files[0].url)).arrayBuffer()), new Uint8Array(PNG));

    // Saved again from there: the same link, the new answers.
    const again = await saveDraft(base, { ...values, story: 'Finished at home.' }, [{ path: 'photos.0.file', name: 'signing.png', bytes: PNG }], { token });
    assert.equal(again.status, 200);
    assert.equal((await (await fetch(`${base}/api/stories/drafts/${token}`)).json()).values.story, 'Finished at home.');

    // The partner: the story so far without the submitter, and their own side.
    const invited = await fetch(`${base}/api/stories/drafts/${token}/invite`, { method: 'POST' });
    assert.equal(invited.status, 201);
    const partner = (await invited.json()).token;
    assert.notEqual(partner, token);
    const seen = await (await fetch(`${base}/api/stories/drafts/${partner}`)).json();
    assert.equal(seen.role, 'partner');
    assert.equal(seen.values.story, 'Finished at home.');
    assert.equal(seen.values.submitter, undefined);
    assert.ok(!JSON.stringify(seen).includes('jane@example.org'));
    assert.equal(seen.files.length, 1, 'the partner sees the story’s photo');
    // The partner's link cannot change the story.
    assert.equal((await saveDraft(base, { story: 'Changed by the partner' }, [], { token: partner })).status, 403);
    // Nor the owner's side add the partner's.
    assert.equal((await sendSide(base, token, SIDE)).status, 403);

    const key = crypto.randomUUID();
    const side = await sendSide(base, partner, SIDE, JPEG, key);
    assert.equal(side.status, 201, await side.clone().text());
    assert.equal((await sendSide(base, partner, SIDE, JPEG, key)).status, 201, 'a retry stores the same side again');
    const ownerView = await (await fetch(`${base}/api/stories/drafts/${token}`)).json();
    assert.equal(ownerView.side.account, SIDE.account);
    assert.equal(ownerView.side.author.name, '長崎 花子');
    assert.equal(ownerView.side.author.email, undefined, 'the owner never sees the partner’s email');
    assert.equal(ownerView.side_files.length, 1);
    const partnerView = await (await fetch(`${base}/api/stories/drafts/${partner}`)).json();
    assert.equal(partnerView.side.author.email, SIDE.author.email, 'the partner sees their own side whole');

    // Sent once, with the draft's link: the partner's side joins it; the link itself is not stored.
    const story = validStory({ story: 'Finished at home.', draft: token });
    const storyKey = crypto.randomUUID();
    const first = await post(base, story, { key: storyKey });
    assert.equal(first.status, 201);
    const sent = await first.json();
    const replay = await post(base, story, { key: storyKey });
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await replay.json(), sent);
    const rows = (await receiver.store.list('story')).filter((row) => row.payload.story === 'Finished at home.');
    assert.equal(rows.length, 1, 'sent exactly once');
    assert.equal(rows[0].payload.draft, undefined);

    const gone = await fetch(`${base}/api/stories/drafts/${token}`);
    assert.equal(gone.status, 410);
    assert.deepEqual([(await gone.json()).reason], ['sent']);

    const detail = await (await staff.request('GET', `/admin/api/submissions/${sent.id}`)).json();
    assert.equal(detail.answers.submitter.name, 'Jane Doe');
    assert.equal(detail.partner.author.name, '長崎 花子');
    assert.equal(detail.partner.account, SIDE.account);
    assert.equal(detail.partner.files.length, 1);
    // The public version starts with the partner's account too (never an author's name or email), in the
    // shape <sister-city-stories> shows, and the partner's translation as the story's Japanese translation.
    assert.deepEqual(detail.public.partner_side, { story: SIDE.account, language: 'ja' });
    assert.equal(detail.public.translations.story.ja, SIDE.translation);
    const publicSaved = await staff.request('PUT', `/admin/api/submissions/${sent.id}/public`, detail.public);
    assert.ok(publicSaved.status < 300, await publicSaved.clone().text());
    const photo = await staff.request('GET', detail.partner.files[0].url);
    assert.equal(photo.status, 200);
    assert.deepEqual(new Uint8Array(await photo.arrayBuffer()), new Uint8Array(JPEG));
    // Staff only: without a session, no file.
    assert.equal((await fetch(base + detail.partner.files[0].url)).status, 401);
  });

  it('answers a tampered, a revoked and an expired link plainly, and sweeps an expired draft’s files', async () => {
    const { base, store } = receiver;
    const { token } = await (await saveDraft(base, { story: 'x' }, [{ path: 'photos.0.file', name: 'a.png', bytes: PNG }])).json();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const unknown = await fetch(`${base}/api/stories/drafts/${tampered}`);
    assert.equal(unknown.status, 404);
    assert.match((await unknown.json()).title, /does not open any draft/);
    assert.equal((await fetch(`${base}/api/stories/drafts/not-a-token`)).status, 404);
    assert.equal((await fetch(`${base}/api/requests/drafts/${token}`)).status, 404, 'a story’s link opens no request');

    const revoked = await (await saveDraft(base, { story: 'y' })).json();
    assert.equal((await fetch(`${base}/api/stories/drafts/${revoked.token}/revoke`, { method: 'POST' })).status, 200);
    const said = await fetch(`${base}/api/stories/drafts/${revoked.token}`);
    assert.equal(said.status, 410);
    assert.equal((await said.json()).reason, 'revoked');

    const before = (await store.files.list()).length;
    const swept = await store.sweep(Date.now() + 31 * DAY);
    assert.ok(swept);
    const expired = await fetch(`${base}/api/stories/drafts/${token}`);
    assert.equal(expired.status, 410);
    const body = await expired.json();
    assert.equal(body.reason, 'expired');
    assert.match(body.title, /expired/);
    assert.ok((await store.files.list()).length < before, 'the expired draft’s photo is gone');
  });

  it('checks a draft’s files as on sending', async () => {
    const response = await saveDraft(receiver.base, { story: 'z' }, [{ path: 'photos.0.file', name: 'fake.png', bytes: Buffer.from('not a photo at all') }]);
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors.map((e) => e.pointer), ['/files/0']);
  });

  it('limits draft saves and link use per client', async () => {
    const limited = await startReceiver({ draftRateLimit: 2, draftOpenLimit: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await saveDraft(limited.base, { story: `n${i}` })).status);
      assert.deepEqual(statuses, [201, 201, 429]);
      const opens = [];
      for (let i = 0; i < 3; i++) opens.push((await fetch(`${limited.base}/api/stories/drafts/${'A'.repeat(43)}`)).status);
      assert.deepEqual(opens, [404, 404, 429]);
    } finally {
      await limited.stop();
    }
  });
});

describe('drafts in the published contract', () => {
  it('documents every draft and co-authoring route in dist/openapi.json, with their schemas', async () => {
    const { readFileSync } = await import('node:fs');
    const openapi = JSON.parse(readFileSync('dist/openapi.json', 'utf8'));
    for (const path of ['/api/stories/drafts', '/api/stories/drafts/{token}', '/api/stories/drafts/{token}/files/{id}', '/api/stories/drafts/{token}/revoke',
      '/api/stories/drafts/{token}/invite', '/api/stories/drafts/{token}/side', '/api/requests/drafts', '/api/requests/drafts/{token}']) {
      assert.ok(openapi.paths[path], path);
    }
    assert.equal(openapi.paths['/api/requests/drafts/{token}/invite'], undefined, 'only a story has a partner side');
    const side = openapi.components.schemas.PartnerSide;
    for (const field of ['author', 'language', 'account', 'dates', 'people', 'photos']) assert.ok(side.required.includes(field), field);
    assert.ok(openapi.components.schemas.DraftSave.required.includes('values'));
    assert.deepEqual(Object.keys(openapi.paths['/api/stories/drafts/{token}'].get.responses).sort(), ['200', '404', '410', '429']);
  });
});
