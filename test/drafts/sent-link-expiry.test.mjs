// The partner's link of a story already sent has an end, in Chromium against the built receiver as `npm start`
// runs it (`--demo`), on SQLite or (RECEIVER_ENGINE=postgres) PostgreSQL + S3: the confirmation says until when it
// works (DRAFT_DAYS after the last save, send or invitation: server/store/drafts.ts SENT_EXPIRY; here a fraction of
// a day, a few seconds); the test waits until the receiver itself answers that the link has expired, then the
// partner opens it and is told so plainly, while the story stays with staff, its photo included. The sweep's side
// of it, on both engines: test/receiver/sent-link-expiry.test.mjs. axe on each state.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertAccessible } from '../admin/axe.mjs';
import { newPage, startStaffPages } from '../admin/staff-pages.mjs';
import { PNG } from '../receiver/helpers.mjs';
import { sendStory } from '../receiver/demo-forms.mjs';

/** About seventeen seconds (0.0002 × 86,400 s): time to send and invite on a busy machine, short enough to wait for. */
const DRAFT_DAYS = '0.0002';
let pages;
before(async () => {
  pages = await startStaffPages({ DRAFT_DAYS });
});
after(() => pages?.stop());

const shown = (form) => form.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
const focused = (form) => form.evaluate((el) => el.shadowRoot.activeElement?.id ?? '');

it('says until when the partner’s link of a sent story works, and after that the link says it expired; the story stays', async () => {
  const { base, browser } = pages;
  const office = await newPage(browser);
  await office.goto(`${base}/story.html`);
  // The receiver's offer of drafts is on the page (so the story is sent with the sender's own link), but nothing is saved.
  await office.locator('sister-city-story-form').getByRole('button', { name: 'Save and continue later' }).waitFor();
  const form = await sendStory(office);
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();

  const answered = office.waitForResponse((response) => response.url().endsWith('/invite') && response.status() === 201);
  await form.getByRole('button', { name: 'Invite Nagasaki to add their side' }).click();
  const { token, expires_at: expiresAt } = await (await answered).json();
  const link = await form.getByLabel('Link for Nagasaki').inputValue();
  const until = await office.evaluate((at) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(at)), expiresAt);
  assert.match(await shown(form), new RegExp(`Sister Cities International receives their side with your story\\. It works until ${until}\\.`));
  assert.ok(Math.abs(Date.parse(expiresAt) - (Date.now() + Number(DRAFT_DAYS) * 86_400_000)) < 60_000, 'DRAFT_DAYS from the invitation');
  await assertAccessible(office, 'the confirmation saying until when the partner’s link works');

  // The receiver's own answer says when the lifetime has passed (asked once a second: each opening counts
  // against DRAFT_OPEN_LIMIT, and the partner's browser must still be let in after).
  const deadline = Date.now() + 120_000;
  for (let status = 0; status !== 410;) {
    assert.ok(Date.now() < deadline, 'the partner’s link expires within two minutes');
    const response = await fetch(`${base}/api/stories/drafts/${token}`);
    status = response.status;
    assert.ok(status === 200 || status === 410, `the link answers ${status}`);
    if (status === 410) assert.equal((await response.json()).reason, 'expired');
    else await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  const nagasaki = await newPage(browser, 'ja-JP');
  await nagasaki.goto(link);
  const side = nagasaki.locator('sister-city-story-form');
  await side.getByText(`このリンクは有効期限が切れています`, { exact: false }).waitFor();
  assert.equal(await focused(side), 'draft-problem');
  assert.doesNotMatch(await shown(side), /Two cities chose friendship after the war/, 'nothing of the story is shown');
  await assertAccessible(nagasaki, 'the partner’s expired link, in Japanese');

  // The story itself, and its photo, stay with staff.
  const auth = { headers: { Authorization: 'Bearer staff-token' } };
  const story = (await (await fetch(`${base}/admin/submissions.json?kind=story`, auth)).json()).find((s) => s.reference === reference);
  assert.equal(story.payload.story, 'Two cities chose friendship after the war.');
  assert.deepEqual(new Uint8Array(await (await fetch(story.files[0].url, auth)).arrayBuffer()), new Uint8Array(PNG));
  // The expired link's 410 is the console's note of the answer the page explains; nothing else went wrong.
  for (const page of [office, nagasaki]) assert.deepEqual(page.errors.filter((e) => !/status of 410/.test(e)), []);
});
