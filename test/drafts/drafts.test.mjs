// A story told together, in Chromium against the built receiver as `npm start` runs it (`--demo`, a fresh
// DATA_DIR): Saint Paul starts the story in English in one browser and saves it; another browser opens the
// private link and finds the answers and the photo; it invites Nagasaki, whose link opens the story so far and
// the form in Japanese, without Saint Paul's email; Nagasaki adds its side with a photo; Saint Paul sends the
// story once; the staff page shows both sides, each with its author and photos (an expired link and a tampered
// one: expired-link.test.mjs). Portland sends its story without ever saving a draft and invites Sapporo from the
// confirmation; Sapporo reads the story as sent and adds its side, which the staff page shows. A Japanese partner request with its PDF pamphlet is saved, resumed by link in another
// browser and sent once with the same bytes. Keyboard only where it matters, axe on each new state.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import { fillRequestInJapanese, fillStoryCities } from '../receiver/demo-forms.mjs';
import { JPEG, PDF, PNG } from '../receiver/helpers.mjs';
import { startReceiverProcess } from '../receiver/process.mjs';
import { addStaff } from '../receiver/staff.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dataDir = mkdtempSync(join(tmpdir(), 'drafts-'));
let receiver;
let base;
let browser;

async function assertAccessible(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const { violations } = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${state}`);
}

/** A page in a browser context of its own: another device, as far as the receiver can tell. */
async function newDevice(locale = 'en-US') {
  const context = await browser.newContext({ locale, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

/** What a widget shows: the text of its shadow root. */
const shown = (element) => element.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
const focused = (form) => form.evaluate((el) => el.shadowRoot.activeElement?.id ?? '');

/** Presses "Invite <partner> to add their side" with the keyboard; returns the partner's link it shows (focused). */
async function invitePartner(page, form, partner) {
  await form.getByRole('button', { name: `Invite ${partner} to add their side` }).focus();
  await page.keyboard.press('Enter');
  await form.locator('#invite-link').waitFor();
  assert.equal(await focused(form), 'invite-link');
  const link = await form.locator('#invite-link').inputValue();
  assert.match(link, /#draft=[A-Za-z0-9_-]{43}&lang=ja$/);
  return link;
}

/** A reviewer's browser, set up by the staff CLI's link and signed in, on the list of submissions. */
async function staffSignedIn(email) {
  const token = await addStaff({ dataDir, config: {}, base }, email);
  const staff = await newDevice();
  await staff.goto(`${base}/admin/setup#${token}`);
  await staff.getByLabel('New password').fill('paper lantern river bridge');
  await staff.getByLabel('The same password again').fill('paper lantern river bridge');
  await staff.getByRole('button', { name: /Set the password/ }).click();
  await staff.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await staff.getByLabel('Email address').fill(email);
  await staff.getByLabel('Password', { exact: true }).fill('paper lantern river bridge');
  await staff.keyboard.press('Enter');
  return staff;
}

/** Nagasaki's or Sapporo's side in Japanese, with a photo, sent from the partner's form; resolves once it was added. */
async function addJapaneseSide(side, { account, caption, credit, author, email }) {
  await side.locator('#f-account').fill(account);
  await side.locator('input[name="language"][value="ja"]').check();
  await side.locator('#f-translation').fill('1955年、二つの市は友好を選びました。');
  await side.getByRole('button', { name: '写真を追加' }).click();
  await side.locator('#f-photos-0-file').setInputFiles({ name: 'partner.jpg', mimeType: 'image/jpeg', buffer: JPEG });
  await side.locator('#f-photos-0-caption').fill(caption);
  await side.locator('#f-photos-0-credit').fill(credit);
  await side.locator('#f-photos-0-permission').check();
  await side.locator('#f-author-name').fill(author);
  await side.locator('#f-author-email').fill(email);
  await side.getByRole('button', { name: 'ストーリーに私たちの側の話を加える' }).click();
  await side.getByRole('heading', { name: 'ストーリーに貴市の側の話を加えました' }).waitFor({ timeout: 60_000 });
}

before(async () => {
  receiver = startReceiverProcess({ DATA_DIR: dataDir }, ['--demo']);
  base = await receiver.listening;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await receiver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let ownerLink;

it('Saint Paul starts in one browser, resumes by link in another with its photo, invites Nagasaki, whose side in Japanese joins the story sent once; staff see both sides', async () => {
  // Office PC: the start of the story, with a photo.
  const office = await newDevice();
  await office.goto(`${base}/story.html`);
  let form = office.locator('sister-city-story-form');
  await fillStoryCities(form);
  await form.getByLabel('How did the relationship begin?').fill('Started at the office: Saint Paul and Nagasaki chose friendship in 1955.');
  await form.getByRole('button', { name: 'Add a photo' }).click();
  await form.locator('#f-photos-0-file').setInputFiles({ name: 'signing.png', mimeType: 'image/png', buffer: PNG });
  await form.getByLabel('Caption').fill('The signing');
  await form.getByLabel('Your name').fill('Jane Doe');
  await form.getByLabel('Email address').fill('jane@example.org');
  // Keyboard only: the offer appears (the receiver offers drafts), Enter saves, focus goes to what happened.
  const save = form.getByRole('button', { name: 'Save and continue later' });
  await save.waitFor();
  assert.match(await shown(form), /for 30 days/);
  await save.focus();
  await office.keyboard.press('Enter');
  await form.getByRole('heading', { name: 'Your answers are saved' }).waitFor();
  assert.equal(await focused(form), 'draft-saved');
  const saved = await shown(form);
  assert.match(saved, /It works until .*: saved answers are kept 30 days after they were last saved/);
  ownerLink = await form.locator('#draft-link').inputValue();
  assert.match(ownerLink, new RegExp(`^${base}/story.html#draft=[A-Za-z0-9_-]{43}$`));
  await assertAccessible(office, 'the story form with its saved link');

  // Laptop at home: everything back, the photo included.
  const home = await newDevice();
  await home.goto(ownerLink);
  form = home.locator('sister-city-story-form');
  await form.getByText('We opened the answers saved with your link, files included.').waitFor();
  assert.equal(await form.getByLabel('How did the relationship begin?').inputValue(), 'Started at the office: Saint Paul and Nagasaki chose friendship in 1955.');
  assert.equal(await form.getByLabel('North American city, county or state').inputValue(), 'Saint Paul');
  assert.equal(await form.getByLabel('Caption').inputValue(), 'The signing');
  await form.locator('#f-photos-0-file').evaluate((input) => new Promise((resolve) => {
    const check = () => (input.files.length === 1 ? resolve() : setTimeout(check, 50));
    check();
  }));
  const photo = await form.locator('#f-photos-0-file').evaluate(async (input) => ({ name: input.files[0].name, size: input.files[0].size }));
  assert.deepEqual(photo, { name: 'signing.png', size: PNG.length });

  // The invitation: a second private link, opening the form in Japanese.
  // Opened by its link, the form already shows that link (no second one is made).
  assert.equal(await form.locator('#draft-link').inputValue(), ownerLink);
  const partnerLink = await invitePartner(home, form, 'Nagasaki');
  assert.notEqual(partnerLink.split('#')[1], ownerLink.split('#')[1]);
  await assertAccessible(home, 'the story form with the partner’s link');

  // Nagasaki: the story so far as written, without Saint Paul's contact details; their own side in Japanese.
  const nagasaki = await newDevice('ja-JP');
  await nagasaki.goto(partnerLink);
  const side = nagasaki.locator('sister-city-story-form');
  await side.getByRole('heading', { name: 'ここまでのストーリー' }).waitFor();
  const seen = await shown(side);
  assert.match(seen, /Started at the office: Saint Paul and Nagasaki chose friendship in 1955\./);
  assert.doesNotMatch(seen, /jane@example\.org|Jane Doe/);
  assert.equal(await side.locator('.story-so-far figure figcaption').textContent(), 'The signing');
  await nagasaki.waitForFunction(() => document.querySelector('sister-city-story-form').shadowRoot.querySelector('.story-so-far img')?.naturalWidth > 0);
  await assertAccessible(nagasaki, 'the partner’s form in Japanese');
  await addJapaneseSide(side, {
    account: '1955年12月7日、長崎市はセントポール市と姉妹都市提携を結びました。', caption: '長崎市役所での調印式', credit: '長崎市',
    author: '長崎 花子', email: 'hanako@city.nagasaki.example',
  });

  // Saint Paul finishes and sends, once.
  await form.getByRole('radio', { name: 'English' }).check();
  await form.getByLabel('Friendship').check();
  await form.getByLabel('Photo credit').fill('City archives');
  await form.getByLabel('We have permission to publish this photo in the book').check();
  await form.getByRole('radio', { name: 'Yes', exact: true }).check();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  await form.getByRole('button', { name: 'Send the story' }).click();
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();
  // The confirmation still offers the partner's link made before sending.
  assert.equal(await form.locator('#invite-link').inputValue(), partnerLink);
  const exported = await (await fetch(`${base}/admin/submissions.json?kind=story`, { headers: { Authorization: 'Bearer staff-token' } })).json();
  const stories = exported.filter((s) => s.payload.story?.startsWith('Started at the office'));
  assert.equal(stories.length, 1, 'sent exactly once');
  assert.equal(stories[0].reference, reference);
  assert.equal(stories[0].payload.draft, undefined, 'the link is not stored with the story');
  // The owner's link now says the story was sent.
  const again = await newDevice();
  await again.goto(ownerLink);
  await again.locator('sister-city-story-form').getByText(`These answers were already sent, with the reference ${reference}.`).waitFor();

  // Staff: both sides, each with its author, and the partner's photo.
  const staff = await staffSignedIn('rev@example.org');
  await staff.getByRole('link', { name: reference }).click();
  await staff.getByRole('heading', { name: 'Both sides of the story' }).waitFor();
  const detail = await shown(staff.locator('sc-admin'));
  assert.match(detail, /The story, written by: Jane Doe <jane@example\.org>/);
  assert.match(detail, /The partner city’s side/);
  assert.match(detail, /Written by: 長崎 花子 <hanako@city\.nagasaki\.example>/);
  assert.match(detail, /長崎市はセントポール市と姉妹都市提携を結びました/);
  const img = staff.locator('sc-admin .partner-side img');
  assert.equal(await img.getAttribute('alt'), '長崎市役所での調印式');
  await staff.waitForFunction(() => document.querySelector('sc-admin').shadowRoot.querySelector('.partner-side img')?.naturalWidth > 0);
  await assertAccessible(staff, 'the staff detail with both sides');
  for (const page of [office, home, nagasaki, staff]) assert.deepEqual(page.errors, []);
});

it('shows nothing new when the endpoint does not offer drafts, and the local draft works as before', async () => {
  const page = await newDevice();
  // Another backend: its /drafts is not ours (a 404 page).
  let asked = false;
  await page.route('**/api/stories/drafts', (route) => {
    asked = true;
    return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
  });
  const answered = page.waitForResponse('**/api/stories/drafts');
  await page.goto(`${base}/story.html`);
  const form = page.locator('sister-city-story-form');
  await form.getByLabel('How did the relationship begin?').fill('Kept in this browser only.');
  // The form asked, and was answered, before it could offer anything.
  await answered;
  assert.equal(asked, true);
  assert.equal(await form.getByRole('button', { name: 'Save and continue later' }).count(), 0);
  assert.doesNotMatch(await shown(form), /private link|Save and continue later/);
  // The local draft is written a moment after typing stops.
  await page.waitForFunction(() => Object.keys(sessionStorage).some((key) => sessionStorage.getItem(key).includes('Kept in this browser only.')));
  await page.reload();
  await form.getByText(/We restored the answers you saved on/).waitFor();
  assert.equal(await form.getByLabel('How did the relationship begin?').inputValue(), 'Kept in this browser only.');
  assert.equal(await form.getByRole('button', { name: 'Save and continue later' }).count(), 0);
});

it('invites the partner city from the confirmation of a story sent from saved answers', async () => {
  const office = await newDevice();
  await office.goto(`${base}/story.html`);
  const form = office.locator('sister-city-story-form');
  await fillStoryCities(form, { state: 'WA', city: 'Seattle', prefecture: '28', japanese: 'Kobe' });
  await form.getByLabel('How did the relationship begin?').fill('Seattle and Kobe became sister cities in 1957, the first in Washington.');
  await form.getByLabel('Your name').fill('Sam Lee');
  await form.getByLabel('Email address').fill('sam@example.org');
  await form.getByRole('button', { name: 'Save and continue later' }).click();
  await form.getByRole('heading', { name: 'Your answers are saved' }).waitFor();
  await form.getByRole('radio', { name: 'English' }).check();
  await form.getByLabel('Friendship').check();
  await form.getByRole('radio', { name: 'Yes', exact: true }).check();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  await form.getByRole('button', { name: 'Send the story' }).click();
  await form.locator('.reference').waitFor({ timeout: 60_000 });

  // On the confirmation, with the keyboard: the partner's link is made for the story as sent.
  const partnerLink = await invitePartner(office, form, 'Kobe');
  await assertAccessible(office, 'the confirmation with the partner’s link');

  const kobe = await newDevice('ja-JP');
  await kobe.goto(partnerLink);
  const side = kobe.locator('sister-city-story-form');
  await side.getByRole('heading', { name: 'ここまでのストーリー' }).waitFor();
  const seen = await shown(side);
  assert.match(seen, /Seattle and Kobe became sister cities in 1957/);
  assert.doesNotMatch(seen, /sam@example\.org|Sam Lee/);
  for (const page of [office, kobe]) assert.deepEqual(page.errors, []);
});

it('invites the partner city from the confirmation of a story sent without ever saving a draft: Sapporo reads it as sent, in Japanese, and its side reaches the staff page', async () => {
  const office = await newDevice();
  await office.goto(`${base}/story.html`);
  const form = office.locator('sister-city-story-form');
  await fillStoryCities(form, { state: 'OR', city: 'Portland', prefecture: '1', japanese: 'Sapporo' });
  await form.getByLabel('Year').first().fill('1959');
  await form.getByLabel('How did the relationship begin?').fill('Portland and Sapporo signed in November 1959, after a visit by Portland’s mayor.');
  await form.getByRole('radio', { name: 'English' }).check();
  await form.getByLabel('Friendship').check();
  await form.getByRole('button', { name: 'Add a photo' }).click();
  await form.locator('#f-photos-0-file').setInputFiles({ name: 'signing.png', mimeType: 'image/png', buffer: PNG });
  await form.getByLabel('Caption').fill('Signing in Portland City Hall');
  await form.getByLabel('Photo credit').fill('Portland archives');
  await form.getByLabel('We have permission to publish this photo in the book').check();
  await form.getByLabel('Your name').fill('Pat Kim');
  await form.getByLabel('Email address').fill('pat@example.org');
  await form.getByRole('radio', { name: 'Yes', exact: true }).check();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  // The receiver keeps drafts (its offer is on the page), but the author never saves one: they send, with the keyboard.
  await form.getByRole('button', { name: 'Save and continue later' }).waitFor();
  await form.getByRole('button', { name: 'Send the story' }).focus();
  await office.keyboard.press('Enter');
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();
  assert.match(await shown(form), /Sapporo can still add their side: a private link shows them the story as you sent it, without your contact details\./);
  await assertAccessible(office, 'the confirmation offering the partner’s invitation');

  const partnerLink = await invitePartner(office, form, 'Sapporo');
  assert.match(await shown(form), /They will see the story as you sent it, without your contact details/);
  await assertAccessible(office, 'the confirmation with the partner’s link');
  const exported = await (await fetch(`${base}/admin/submissions.json?kind=story`, { headers: { Authorization: 'Bearer staff-token' } })).json();
  const stories = exported.filter((s) => s.reference === reference);
  assert.equal(stories.length, 1, 'sent exactly once');
  assert.equal(stories[0].payload.owner_token, undefined, 'the sender’s link is not stored with the story');
  assert.ok(!JSON.stringify(exported).includes(partnerLink.split('#draft=')[1].split('&')[0]), 'nor the partner’s');

  // Sapporo: the story as sent, in Japanese, without Pat's contact details, with its photo; then its own side.
  const sapporo = await newDevice('ja-JP');
  await sapporo.goto(partnerLink);
  const side = sapporo.locator('sister-city-story-form');
  await side.getByRole('heading', { name: 'ここまでのストーリー' }).waitFor();
  const seen = await shown(side);
  assert.match(seen, /Portland and Sapporo signed in November 1959/);
  assert.match(seen, /Portland – Sapporo/);
  assert.doesNotMatch(seen, /pat@example\.org|Pat Kim/);
  assert.equal(await side.locator('.story-so-far figure figcaption').textContent(), 'Signing in Portland City Hall (Portland archives)');
  await sapporo.waitForFunction(() => document.querySelector('sister-city-story-form').shadowRoot.querySelector('.story-so-far img')?.naturalWidth > 0);
  await assertAccessible(sapporo, 'the partner’s form in Japanese, for a story already sent');
  await addJapaneseSide(side, {
    account: '1959年11月17日、札幌市はポートランド市と姉妹都市提携を結びました。', caption: '札幌市役所での調印式', credit: '札幌市',
    author: '札幌 太郎', email: 'taro@city.sapporo.example',
  });
  assert.match(await shown(side), new RegExp(reference));

  // Staff: the story as sent and Sapporo's side beside it.
  const staff = await staffSignedIn('reviewer2@example.org');
  await staff.getByRole('link', { name: reference }).click();
  await staff.getByRole('heading', { name: 'Both sides of the story' }).waitFor();
  const detail = await shown(staff.locator('sc-admin'));
  assert.match(detail, /The story, written by: Pat Kim <pat@example\.org>/);
  assert.match(detail, /Written by: 札幌 太郎 <taro@city\.sapporo\.example>/);
  assert.match(detail, /札幌市はポートランド市と姉妹都市提携を結びました/);
  assert.equal(await staff.locator('sc-admin .partner-side img').getAttribute('alt'), '札幌市役所での調印式');
  for (const page of [office, sapporo, staff]) assert.deepEqual(page.errors, []);
});

it('sends a story whose answer was lost once, after a reload, and its sender can still invite the partner city, and stop that link', async () => {
  const page = await newDevice();
  // The receiver stores the first send, but its answer never arrives: the connection drops, every try.
  let answered = false;
  await page.route('**/api/stories', async (route) => {
    if (answered || route.request().method() !== 'POST') return route.continue();
    await route.fetch();
    return route.abort('connectionreset');
  });
  await page.goto(`${base}/story.html`);
  let form = page.locator('sister-city-story-form');
  await fillStoryCities(form, { state: 'CA', city: 'San Francisco', prefecture: '27', japanese: 'Osaka' });
  await form.getByLabel('How did the relationship begin?').fill('San Francisco and Osaka became sister cities in 1957, after a trade mission.');
  await form.getByRole('radio', { name: 'English' }).check();
  await form.getByLabel('Friendship').check();
  await form.getByLabel('Your name').fill('Lee Chan');
  await form.getByLabel('Email address').fill('lee@example.org');
  await form.getByRole('radio', { name: 'No', exact: true }).check();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  await form.getByRole('button', { name: 'Save and continue later' }).waitFor();
  await form.getByRole('button', { name: 'Send the story' }).click();
  await form.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 60_000 });

  // The next morning, the page again: the answers come back from the local draft, and this time the answer arrives.
  answered = true;
  await page.reload();
  form = page.locator('sister-city-story-form');
  await form.getByText(/We restored the answers you saved on/).waitFor();
  await form.getByRole('button', { name: 'Save and continue later' }).waitFor();
  await form.getByLabel(/I agree that Sister Cities International/).check();
  await form.getByRole('button', { name: 'Send the story' }).click();
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();
  const exported = await (await fetch(`${base}/admin/submissions.json?kind=story`, { headers: { Authorization: 'Bearer staff-token' } })).json();
  assert.equal(exported.filter((s) => s.payload.story?.startsWith('San Francisco and Osaka')).length, 1, 'sent exactly once');

  // The invitation fails once (the receiver is busy): the confirmation says so, plainly, and keeps the button.
  let refused = false;
  await page.route('**/api/stories/drafts/*/invite', (route) => {
    if (refused) return route.continue();
    refused = true;
    return route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Unavailable"}' });
  });
  await form.getByRole('button', { name: 'Invite Osaka to add their side' }).focus();
  await page.keyboard.press('Enter');
  await form.getByText('The link for Osaka could not be made. Check your connection and try again.').waitFor();
  assert.equal(await focused(form), 'draft-problem');
  await assertAccessible(page, 'the confirmation when the partner’s link could not be made');

  // The link it sent the first time is the one kept: the invitation works, and opens that story.
  const partnerLink = await invitePartner(page, form, 'Osaka');
  assert.equal(await form.locator('#draft-problem').count(), 0, 'the problem is gone with the link made');
  const token = partnerLink.split('#draft=')[1].split('&')[0];
  const opened = await (await fetch(`${base}/api/stories/drafts/${token}`)).json();
  assert.equal(opened.role, 'partner');
  assert.equal(opened.reference, reference);

  // Stopping the partner's link from the confirmation: once refused (the alert says so), then done.
  let stopRefused = false;
  await page.route('**/api/stories/drafts/*/revoke', (route) => {
    if (stopRefused) return route.continue();
    stopRefused = true;
    return route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Unavailable"}' });
  });
  const stop = form.getByRole('button', { name: 'Stop the partner’s link working' });
  await stop.focus();
  await page.keyboard.press('Enter');
  await form.getByText('The link for Osaka could not be stopped. Check your connection and try again.').waitFor();
  assert.equal(await focused(form), 'draft-problem');
  await stop.focus();
  await page.keyboard.press('Enter');
  await form.locator('#invite-button').waitFor();
  assert.equal(await focused(form), 'invite-button');
  const stopped = await fetch(`${base}/api/stories/drafts/${token}`);
  assert.equal(stopped.status, 410);
  assert.equal((await stopped.json()).reason, 'revoked');
  assert.deepEqual(page.errors, []);
});

it('keeps a Japanese partner request with its PDF pamphlet: saved in one browser, resumed by link in another, sent once with the same bytes', async () => {
  const office = await newDevice('ja-JP');
  await office.goto(`${base}/request-ja.html`);
  let form = await fillRequestInJapanese(office);
  await form.getByRole('button', { name: '保存して後で続ける' }).click();
  const link = await form.locator('#draft-link').inputValue();
  assert.match(link, /request-ja\.html#draft=[A-Za-z0-9_-]{43}$/);

  const home = await newDevice('ja-JP');
  await home.goto(link);
  form = home.locator('sister-city-request-form');
  await form.locator('#f-pamphlet-chosen').waitFor();
  assert.equal(await form.locator('#f-jp_community-name').inputValue(), '金沢市');
  assert.equal(await form.locator('#f-activities').inputValue(), '伝統工芸、大学、美術館。');
  assert.match(await form.locator('#f-pamphlet-chosen').textContent(), /金沢市\.pdf/);
  await form.locator('#f-pamphlet').evaluate((input) => new Promise((resolve) => {
    const check = () => (input.files.length === 1 ? resolve() : setTimeout(check, 50));
    check();
  }));
  await assertAccessible(home, 'the request form opened by its link, with its pamphlet');
  await form.locator('#f-consent').check();
  await form.getByRole('button', { name: '入力内容を確認する' }).click();
  await form.locator('#review-heading').waitFor();
  await form.getByRole('button', { name: '申し込みを送信' }).click();
  const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();

  const auth = { headers: { Authorization: 'Bearer staff-token' } };
  const sent = (await (await fetch(`${base}/admin/submissions.json?kind=request`, auth)).json()).filter((s) => s.reference === reference);
  assert.equal(sent.length, 1, 'sent exactly once');
  assert.equal(sent[0].payload.jp_community.name, '金沢市');
  assert.equal(sent[0].files.length, 1);
  const stored = Buffer.from(await (await fetch(sent[0].files[0].url, auth)).arrayBuffer());
  assert.ok(stored.equals(PDF), 'the pamphlet arrives byte for byte');
  for (const page of [office, home]) assert.deepEqual(page.errors, []);
});
