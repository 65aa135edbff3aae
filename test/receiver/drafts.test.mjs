// Drafts on the receiver and the partner's side over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres)
// PostgreSQL with files in S3: a draft saved with its photo and opened by link, saved again, invited, the
// partner's side added in Japanese with a photo and without either side's email reaching the other, the
// story sent once with the partner's side joined, staff seeing both; a story sent without a draft whose sender
// still invites the partner with the link it sent (only that link, kept as its hash, made once however often the
// story is retried); expired, revoked and tampered links answered plainly; files swept when a draft expires; the
// rate limits.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ENGINE, JPEG, PNG, post, postWithPhoto, startReceiver, validRequest, validStory } from './helpers.mjs';
import { saveDraft, sendSide, SIDE } from './draft-helpers.mjs';
import { signedInStaff } from './staff.mjs';

const DAY = 86_400_000;

/** Everything the receiver's database holds, as text: a secret must not be found in it. */
async function storedText({ store, dataDir }) {
  if (ENGINE === 'postgres') {
    const tables = ['submissions', 'idempotency', 'drafts', 'draft_files', 'outbox'];
    const rows = await Promise.all(tables.map((t) => store.pool.query(`SELECT row_to_json(x)::text AS row FROM ${t} x`)));
    return rows.flatMap((r) => r.rows.map((row) => row.row)).join('\n');
  }
  return readdirSync(dataDir).filter((name) => name.includes('.sqlite')).map((name) => readFileSync(join(dataDir, name)).toString('latin1')).join('\n');
}

const newLink = () => randomBytes(32).toString('base64url');


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

  it('keeps the sender’s own link of a story sent without a draft: only it invites, the partner sees the story as sent with its photo, adds their side, staff see it', async () => {
    const { base, store } = receiver;
    const link = newLink();
    const story = validStory({ story: 'Sent without saving a draft first.', owner_token: link });
    const key = crypto.randomUUID();
    const first = await postWithPhoto(base, story, PNG, { key });
    assert.equal(first.status, 201, await first.clone().text());
    const sent = await first.json();
    assert.equal(sent.invite, true, 'the answer says the partner can still be invited');
    // A retry (the answer was lost) gets the first answer again: one story, one draft, the same link.
    const retry = await postWithPhoto(base, story, PNG, { key });
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await retry.json(), sent);
    const rows = (await store.list('story')).filter((row) => row.payload.story === story.story);
    assert.equal(rows.length, 1, 'sent exactly once');
    assert.equal(rows[0].payload.owner_token, undefined, 'the link is not kept with the story');
    const found = await store.drafts.byHash(createHash('sha256').update(link).digest('hex'));
    assert.equal(found.draft.submission_id, sent.id, 'the link’s hash opens the draft made for the story');
    assert.ok(!(await storedText(receiver)).includes(link), 'the link itself is stored nowhere');

    // The proof of authorship: another link, a malformed one or none at all invites nobody.
    for (const wrong of [newLink(), `${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`, 'not-a-link']) {
      const refused = await fetch(`${base}/api/stories/drafts/${wrong}/invite`, { method: 'POST' });
      assert.equal(refused.status, 404, wrong);
      assert.equal((await refused.json()).reason, 'unknown');
    }
    assert.equal((await fetch(`${base}/api/stories/drafts//invite`, { method: 'POST' })).status, 404);
    // The sender's link opens no answers (the story was sent): it only invites.
    const opened = await fetch(`${base}/api/stories/drafts/${link}`);
    assert.equal(opened.status, 410);
    assert.deepEqual(await opened.json().then((b) => [b.reason, b.reference]), ['sent', sent.reference]);

    const invited = await fetch(`${base}/api/stories/drafts/${link}/invite`, { method: 'POST' });
    assert.equal(invited.status, 201, await invited.clone().text());
    const partner = (await invited.json()).token;
    // The partner's link does not invite in turn.
    assert.equal((await fetch(`${base}/api/stories/drafts/${partner}/invite`, { method: 'POST' })).status, 403);
    const seen = await (await fetch(`${base}/api/stories/drafts/${partner}`)).json();
    assert.equal(seen.role, 'partner');
    assert.equal(seen.values.story, story.story, 'the story as sent');
    assert.equal(seen.values.na_city.name, story.na_city.name);
    assert.equal(seen.values.submitter, undefined);
    assert.ok(!JSON.stringify(seen).includes(story.submitter.email), 'without the submitter’s contact details');
    assert.deepEqual(seen.files.map((f) => [f.path, f.name, f.type, f.size]), [['photos.0.file', 'signing.png', 'image/png', PNG.length]]);
    assert.deepEqual(new Uint8Array(await (await fetch(base + seen.files[0].url)).arrayBuffer()), new Uint8Array(PNG));

    const side = await sendSide(base, partner, SIDE, JPEG);
    assert.equal(side.status, 201, await side.clone().text());
    assert.equal((await side.json()).reference, sent.reference, 'the partner quotes the story’s reference');
    const detail = await (await staff.request('GET', `/admin/api/submissions/${sent.id}`)).json();
    assert.equal(detail.answers.submitter.name, story.submitter.name);
    assert.equal(detail.partner.author.name, '長崎 花子');
    assert.equal(detail.partner.account, SIDE.account);
    assert.equal(detail.partner.files.length, 1);
    assert.deepEqual(detail.public.partner_side, { story: SIDE.account, language: 'ja' });
  });

  it('makes the sender’s link once: a retry without photos is no second draft, a reused or hostile link no link, a malformed one a 422', async () => {
    const { base, store } = receiver;
    const link = newLink();
    const story = validStory({ story: 'Sent as JSON, retried.', owner_token: link });
    const key = crypto.randomUUID();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await (await post(base, story, { key })).json());
    assert.deepEqual(answers.map((a) => a.invite), [true, true, true]);
    assert.equal(new Set(answers.map((a) => a.id)).size, 1, 'one story');
    assert.equal((await store.list('story')).filter((row) => row.payload.story === story.story).length, 1);
    const { draft } = await store.drafts.byHash(createHash('sha256').update(link).digest('hex'));
    assert.equal(draft.submission_id, answers[0].id);

    // The same link with another story (a new key) makes no second draft: that story is kept without a link, and the
    // link still invites to the first story only.
    const other = await post(base, validStory({ story: 'Another story, an old link.', owner_token: link }));
    assert.equal(other.status, 201);
    assert.equal((await other.json()).invite, undefined);
    assert.equal((await store.drafts.byHash(createHash('sha256').update(link).digest('hex'))).draft.submission_id, answers[0].id);

    // A partner's link (which its holder knows) sent as a story's own link: refused as a link, so it stays the partner's.
    const partner = (await (await fetch(`${base}/api/stories/drafts/${link}/invite`, { method: 'POST' })).json()).token;
    const hostile = await post(base, validStory({ story: 'Trying to take over a link.', owner_token: partner }));
    assert.equal(hostile.status, 201);
    assert.equal((await hostile.json()).invite, undefined);
    const still = await (await fetch(`${base}/api/stories/drafts/${partner}`)).json();
    assert.deepEqual([still.role, still.values.story], ['partner', story.story]);

    for (const bad of ['short', 42, `${'A'.repeat(42)}=`]) {
      const refused = await post(base, validStory({ owner_token: bad }));
      assert.equal(refused.status, 422, String(bad));
      assert.deepEqual((await refused.json()).errors.map((e) => e.pointer), ['/owner_token']);
    }
    // A request has no partner's side: its link is ignored.
    const request = await post(base, { ...validRequest(), owner_token: newLink() }, { path: '/api/requests' });
    assert.equal(request.status, 201);
    assert.equal((await request.json()).invite, undefined);
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

  it('keeps no link where drafts are off: the story is stored as any other', async () => {
    const off = await startReceiver({ draftDays: 0 });
    try {
      const link = newLink();
      const response = await post(off.base, validStory({ story: 'No drafts here.', owner_token: link }));
      assert.equal(response.status, 201);
      assert.equal((await response.json()).invite, undefined);
      assert.equal((await fetch(`${off.base}/api/stories/drafts/${link}/invite`, { method: 'POST' })).status, 404);
    } finally {
      await off.stop();
    }
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
    // Inviting after sending: the story's own link and the receipt that says it was kept.
    assert.equal(openapi.components.schemas.Story.properties.owner_token.pattern, '^[A-Za-z0-9_-]{43}$');
    assert.deepEqual(openapi.components.schemas.Receipt.properties.invite, { type: 'boolean', const: true });
    assert.deepEqual(Object.keys(openapi.paths['/api/stories/drafts/{token}'].get.responses).sort(), ['200', '404', '410', '429']);
  });
});
