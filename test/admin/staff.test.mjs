// The staff page (/admin#staff) in Chromium, against the built receiver as `npm start` runs it, on SQLite
// or (RECEIVER_ENGINE=postgres) PostgreSQL + S3: an admin added with the real CLI adds a reviewer with the
// keyboard and gets their one-time set-up link; the reviewer sets a password from it and signs in, and
// has no staff page; the admin revokes the reviewer after a confirmation, which signs them out at once;
// a new link lets them in again, and for an active member is a reset. An admin cannot revoke themselves. axe on every state; the page in
// Japanese and French.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertAccessible } from './axe.mjs';
import { isFocused, rowOf, newPage as newPageIn, setUpAndSignIn as setUpAndSignInAs, signInOn as signInAs, startStaffPages } from './staff-pages.mjs';
import { setPassword, StaffClient } from '../receiver/staff.mjs';
import { until } from '../receiver/mail-servers.mjs';

const ADMIN = 'lead@clair.example';
const REVIEWER = 'new.reviewer@clair.example';
const PASSWORD = 'paper lantern river bridge';
let pages;
let base;
let browser;

const newPage = (locale) => newPageIn(browser, locale);
const signInOn = (page, email) => signInAs(page, email, PASSWORD);
const setUpAndSignIn = (link, email) => setUpAndSignInAs(browser, link, email, PASSWORD);

before(async () => {
  pages = await startStaffPages();
  ({ base, browser } = pages);
  assert.equal((await setPassword(base, await pages.addStaff(ADMIN, 'admin'), PASSWORD)).status, 200);
});

after(() => pages?.stop());

it('an admin adds a reviewer with the keyboard and gets their set-up link; revokes them after a confirmation, which signs them out; a new link lets them in again', async () => {
  const admin = await newPage();
  await admin.goto(`${base}/admin`);
  await signInOn(admin, ADMIN);
  await admin.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
  await admin.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
  await rowOf(admin, ADMIN).waitFor();
  assert.match(await rowOf(admin, ADMIN).textContent(), /Admin\s*Active\s*\(you\)/);
  assert.equal(await rowOf(admin, ADMIN).getByRole('button').count(), 0, 'no button to revoke oneself');
  await assertAccessible(admin, 'the staff page');

  // Nothing typed: the summary takes focus and names the field.
  const email = admin.getByLabel('Email address');
  await email.focus();
  await admin.keyboard.press('Enter');
  const summary = admin.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await isFocused(summary), true);
  assert.match(await summary.textContent(), /Enter an email address, like name@example\.org/);
  await assertAccessible(admin, 'the staff page with an error');

  // The reviewer, by keyboard: the email, Tab to the role (Reviewer is chosen), Enter.
  await email.focus();
  await admin.keyboard.type(REVIEWER);
  await admin.keyboard.press('Tab');
  assert.equal(await isFocused(admin.getByRole('radio', { name: 'Reviewer' })), true);
  await admin.keyboard.press('Enter');
  const linkHeading = admin.getByRole('heading', { name: `The set-up link for ${REVIEWER}` });
  await linkHeading.waitFor();
  assert.equal(await isFocused(linkHeading), true, 'focus moves to the new link');
  const link = await admin.getByRole('textbox', { name: 'Set-up link' }).inputValue();
  assert.match(link, new RegExp(`^${base}/admin/setup#[A-Za-z0-9_-]+$`));
  await admin.getByText('This receiver has no email server set up (SMTP_URL), so the link is not emailed: send it to them yourself.').waitFor();
  assert.match(await rowOf(admin, REVIEWER).textContent(), /Reviewer\s*Waiting for set-up/);
  await assertAccessible(admin, 'the staff page with a new link');

  // The reviewer: signs in with the link, and has no staff page.
  const reviewer = await setUpAndSignIn(link, REVIEWER);
  assert.equal(await reviewer.getByRole('navigation').getByRole('link', { name: 'Staff' }).count(), 0);
  await reviewer.goto(`${base}/admin#staff`);
  await reviewer.getByText('Only an admin can manage the staff.').waitFor();
  const reviewerApi = await StaffClient.signIn(base, REVIEWER, PASSWORD);
  assert.equal((await reviewerApi.request('GET', '/admin/api/staff')).status, 403);
  await admin.reload();
  await until(async () => /Active/.test(await rowOf(admin, REVIEWER).textContent()), 'the reviewer shown as active');

  // Revoking asks first; Cancel gives focus back to the button.
  const revoke = rowOf(admin, REVIEWER).getByRole('button', { name: `Revoke ${REVIEWER}` });
  await revoke.focus();
  await admin.keyboard.press('Enter');
  const confirm = admin.getByRole('group', { name: `Revoke ${REVIEWER}? They are signed out at once and can no longer sign in.` });
  await confirm.waitFor();
  assert.equal(await isFocused(confirm.getByRole('button', { name: `Revoke ${REVIEWER}` })), true);
  await assertAccessible(admin, 'the confirmation of a revocation');
  await admin.keyboard.press('Tab');
  await admin.keyboard.press('Enter'); // Cancel
  await confirm.waitFor({ state: 'detached' });
  assert.equal(await isFocused(revoke), true, 'Cancel gives focus back');
  assert.equal((await reviewerApi.request('GET', '/admin/api/submissions')).status, 200, 'not revoked by a cancelled confirmation');

  await admin.keyboard.press('Enter');
  await confirm.getByRole('button', { name: `Revoke ${REVIEWER}` }).click();
  await admin.getByRole('status').filter({ hasText: `${REVIEWER} is revoked: they are signed out and can no longer sign in.` }).waitFor();
  assert.match(await rowOf(admin, REVIEWER).textContent(), /Reviewer\s*Revoked/);
  await assertAccessible(admin, 'the staff page after a revocation');
  // Signed out at once, in the browser and over the API; the password no longer opens anything.
  assert.equal((await reviewerApi.request('GET', '/admin/api/submissions')).status, 401);
  await reviewer.reload();
  await reviewer.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal((await fetch(`${base}/admin/api/sign-in`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify({ email: REVIEWER, password: PASSWORD }),
  })).status, 401);

  // A new link lets them back in.
  await rowOf(admin, REVIEWER).getByRole('button', { name: `New set-up link ${REVIEWER}` }).click();
  await linkHeading.waitFor();
  const again = await admin.getByRole('textbox', { name: 'Set-up link' }).inputValue();
  assert.notEqual(again, link);
  assert.match(await rowOf(admin, REVIEWER).textContent(), /Reviewer\s*Waiting for set-up/);
  await (await setUpAndSignIn(again, REVIEWER)).close();

  // For an active member a new link is a reset (a forgotten or exposed password): it and their sessions end.
  const back = await StaffClient.signIn(base, REVIEWER, PASSWORD);
  await rowOf(admin, REVIEWER).getByRole('button', { name: `New set-up link ${REVIEWER}` }).click();
  await until(async () => (await admin.getByRole('textbox', { name: 'Set-up link' }).inputValue()) !== again, 'a third link');
  assert.equal((await back.request('GET', '/admin/api/submissions')).status, 401);
  assert.equal((await fetch(`${base}/admin/api/sign-in`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify({ email: REVIEWER, password: PASSWORD }),
  })).status, 401);

  // An admin cannot revoke themselves, on the server either.
  const adminApi = await StaffClient.signIn(base, ADMIN, PASSWORD);
  assert.equal((await adminApi.request('POST', '/admin/api/staff/revoke', { email: ADMIN })).status, 409);
  assert.equal((await adminApi.request('GET', '/admin/api/staff')).status, 200, 'still signed in');
  for (const page of [admin, reviewer]) assert.deepEqual(page.errors, []);
});

it('shows the staff page in Japanese and in French', async () => {
  for (const [locale, heading, nav, role, state, add] of [
    ['ja-JP', 'スタッフ', 'スタッフ', '管理者', '有効', 'スタッフを追加する'],
    ['fr-CA', 'Personnel', 'Personnel', 'Administrateur', 'Actif', 'Ajouter un membre du personnel'],
  ]) {
    const page = await newPage(locale);
    await page.goto(`${base}/admin`);
    await page.getByLabel(/メールアドレス|Adresse courriel/).fill(ADMIN);
    await page.getByLabel(/^(パスワード|Mot de passe)$/).fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').getByRole('link', { name: nav }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('heading', { level: 2, name: add }).waitFor();
    const row = await rowOf(page, ADMIN).textContent();
    assert.ok(row.includes(role) && row.includes(state), row);
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale === 'ja-JP' ? 'ja' : 'fr-CA');
    await assertAccessible(page, `the staff page in ${locale}`);
    assert.deepEqual(page.errors, []);
  }
});
