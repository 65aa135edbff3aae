// A private draft link that has expired, and one tampered with, in Chromium against the built receiver as
// `npm start` runs it (`--demo`), on SQLite or (RECEIVER_ENGINE=postgres) PostgreSQL + S3. The draft lives as
// long as the receiver's DRAFT_DAYS says (here a fraction of a day, a few seconds): the test waits until the
// receiver itself answers that the link has expired, then opens it in another browser, which says so
// plainly and keeps the form usable. axe on each state.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertAccessible } from '../admin/axe.mjs';
import { startStaffPages } from '../admin/staff-pages.mjs';

/** About four seconds (0.00005 × 86,400 s): long enough to save and read the link, short enough to wait for. */
const DRAFT_DAYS = '0.00005';
let pages;
let base;

const newDevice = async () => {
  const page = await (await pages.browser.newContext({ locale: 'en-US' })).newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
};
const focused = (form) => form.evaluate((el) => el.shadowRoot.activeElement?.id ?? '');

// The receiver as `npm start` runs it on the engine under test, with Chromium (the staff pages' start-up).
before(async () => {
  pages = await startStaffPages({ DRAFT_DAYS });
  base = pages.base;
});

after(() => pages?.stop());

it('says plainly when a link has expired or was tampered with, and keeps what is on the page', async () => {
  const page = await newDevice();
  await page.goto(`${base}/story.html`);
  const form = page.locator('sister-city-story-form');
  await form.getByLabel('How did the relationship begin?').fill('A draft that will expire.');
  await form.getByRole('button', { name: 'Save and continue later' }).click();
  const link = await form.locator('#draft-link').inputValue();
  const token = /#draft=([A-Za-z0-9_-]+)/.exec(link)[1];
  // The receiver's own answer says when the lifetime has passed (asked twice a second: each opening counts
  // against DRAFT_OPEN_LIMIT, and the browser must still be let in after).
  const deadline = Date.now() + 60_000;
  for (let status = 0; status !== 410;) {
    assert.ok(Date.now() < deadline, 'the draft expires within a minute');
    status = (await fetch(`${base}/api/stories/drafts/${token}`)).status;
    assert.ok(status === 200 || status === 410, `the link answers ${status}`);
    if (status === 200) await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const later = await newDevice();
  await later.goto(link);
  const expired = later.locator('sister-city-story-form');
  await expired.getByText(`This link has expired: saved answers are kept ${DRAFT_DAYS} days after they were last saved.`, { exact: false }).waitFor();
  assert.equal(await focused(expired), 'draft-problem');
  assert.equal(await expired.getByLabel('How did the relationship begin?').inputValue(), '', 'nothing of the expired draft is shown');
  await assertAccessible(later, 'an expired link');

  const tampered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  const other = await newDevice();
  await other.goto(tampered);
  const form2 = other.locator('sister-city-story-form');
  await form2.getByText('This link does not open any saved answers. Check that you copied the whole link.').waitFor();
  // The form is still there, empty and usable.
  assert.equal(await form2.getByLabel('How did the relationship begin?').inputValue(), '');
  await assertAccessible(other, 'a tampered link');
  for (const p of [page, later, other]) assert.deepEqual(p.errors, []);
});
