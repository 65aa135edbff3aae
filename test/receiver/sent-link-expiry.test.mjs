// How long a sent story's links work, over real HTTP on SQLite and (RECEIVER_ENGINE=postgres) PostgreSQL with
// files in S3 (server/store/drafts.ts SENT_EXPIRY): DRAFT_DAYS after the last time either side saved or sent, or
// the owner made the partner's link; then both links say "expired", and the sweep removes the copy of the story
// they showed but never the story, its photo or the partner's side. The browser's side of it (the confirmation's
// date, the partner's expired link): test/drafts/sent-link-expiry.test.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { saveDraft, sendSide, SIDE } from './draft-helpers.mjs';
import { JPEG, PNG, postWithPhoto, startReceiver, validStory } from './helpers.mjs';
import { signedInStaff } from './staff.mjs';

const DAY = 86_400_000;
const auth = { headers: { Authorization: 'Bearer staff-token' } };

describe('a sent story’s links', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ draftRateLimit: 1000, draftOpenLimit: 1000 });
  });
  after(() => receiver.stop());

  const opened = async (token) => {
    const response = await fetch(`${receiver.base}/api/stories/drafts/${token}`);
    const body = await response.json();
    return { status: response.status, reason: body.reason, expiresAt: body.expires_at && Date.parse(body.expires_at) };
  };
  /** The story as staff export it, with the bytes of its photo. */
  const exported = async (reference) => {
    const story = (await (await fetch(`${receiver.base}/admin/submissions.json?kind=story`, auth)).json()).find((s) => s.reference === reference);
    const photo = await fetch(story.files[0].url, auth);
    return { story, photo: photo.status === 200 ? new Uint8Array(await photo.arrayBuffer()) : photo.status };
  };

  it('work DRAFT_DAYS after the last save, send or invitation of either side, then say "expired"; the sweep keeps the story, its photo and the partner’s side', async () => {
    const { base, store } = receiver;
    // Saved with a photo, the partner invited: both links work 30 days from the last save.
    const saved = await (await saveDraft(base, { story: 'Saved, then sent.' }, [{ path: 'photos.0.file', name: 'signing.png', bytes: PNG }])).json();
    const partner = (await (await fetch(`${base}/api/stories/drafts/${saved.token}/invite`, { method: 'POST' })).json()).token;
    const invited = await opened(partner);
    assert.equal(invited.status, 200);
    assert.ok(Math.abs(invited.expiresAt - (Date.now() + 30 * DAY)) < 60_000);

    // Sent: the partner's link now works 30 days from the sending.
    const sent = await (await postWithPhoto(base, validStory({ story: 'Saved, then sent.', draft: saved.token }), PNG)).json();
    const afterSending = await opened(partner);
    assert.equal(afterSending.status, 200, 'the partner’s link still opens the story once sent');
    assert.ok(afterSending.expiresAt > invited.expiresAt, 'sending moved the end of the link');
    // The partner's side, sent: 30 days from then.
    assert.equal((await sendSide(base, partner, SIDE, JPEG)).status, 201);
    const afterSide = await opened(partner);
    assert.ok(afterSide.expiresAt > afterSending.expiresAt, 'the partner’s side moved it again');
    // The owner's link, which now only invites, gives a new partner's link for 30 days from now.
    const again = await fetch(`${base}/api/stories/drafts/${saved.token}/invite`, { method: 'POST' });
    const second = await again.json();
    assert.ok(Date.parse(second.expires_at) >= afterSide.expiresAt);

    // A day before the end nothing is swept; a day after, the links say "expired".
    const files = (await store.files.list()).length;
    await store.sweep(afterSide.expiresAt - DAY);
    assert.equal((await opened(second.token)).status, 200);
    assert.equal((await store.files.list()).length, files);
    await store.sweep(Date.parse(second.expires_at) + DAY);
    assert.deepEqual(await opened(second.token).then((o) => [o.status, o.reason]), [410, 'expired']);
    const invite = await fetch(`${base}/api/stories/drafts/${saved.token}/invite`, { method: 'POST' });
    assert.deepEqual([invite.status, (await invite.json()).reason], [410, 'expired']);
    const side = await sendSide(base, second.token, SIDE);
    assert.deepEqual([side.status, (await side.json()).reason], [410, 'expired']);
    // Gone: the draft's own copy of the owner's photo. Kept: the story, its photo, the partner's side and photo.
    assert.equal((await store.files.list()).length, files - 1, 'only the draft’s copy of the photo is removed');
    const { story, photo } = await exported(sent.reference);
    assert.equal(story.payload.story, 'Saved, then sent.');
    assert.deepEqual(photo, new Uint8Array(PNG));
    // Signed in afresh: the sweep a month ahead also ended the staff's session.
    const staff = await signedInStaff(receiver, 'reviewer@example.org');
    const detail = await (await staff.request('GET', `/admin/api/submissions/${sent.id}`)).json();
    assert.equal(detail.partner.account, SIDE.account);
    const partnerPhoto = await staff.request('GET', detail.partner.files[0].url);
    assert.deepEqual(new Uint8Array(await partnerPhoto.arrayBuffer()), new Uint8Array(JPEG));
  });

  it('of a story sent without a draft expire too, and the sweep leaves the story’s photo, which the link showed', async () => {
    const { base, store } = receiver;
    const link = randomBytes(32).toString('base64url');
    const sent = await (await postWithPhoto(base, validStory({ story: 'Sent straight away.', owner_token: link }), PNG)).json();
    const made = await (await fetch(`${base}/api/stories/drafts/${link}/invite`, { method: 'POST' })).json();
    assert.ok(Math.abs(Date.parse(made.expires_at) - (Date.now() + 30 * DAY)) < 60_000, 'the partner’s link works 30 days');
    assert.equal((await opened(made.token)).status, 200);

    const files = (await store.files.list()).length;
    await store.sweep(Date.parse(made.expires_at) + DAY);
    assert.deepEqual(await opened(made.token).then((o) => [o.status, o.reason]), [410, 'expired']);
    assert.equal((await store.files.list()).length, files, 'the story’s own photo stays');
    const { story, photo } = await exported(sent.reference);
    assert.equal(story.payload.story, 'Sent straight away.');
    assert.deepEqual(photo, new Uint8Array(PNG));
  });
});
