// The staff page (/admin#staff) in Chromium with email set up on the receiver (a real SMTP server on
// 127.0.0.1), on SQLite or (RECEIVER_ENGINE=postgres) PostgreSQL + S3: an admin adds a member with the
// keyboard and the page says the link is emailed, without showing it; the member gets it in the language
// STAFF_EMAILS names for them, sets a password from it and signs in; a new link is emailed again. A member
// STAFF_EMAILS says nothing of is written to in the admin's page language (Japanese, French). axe on each state.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertAccessible } from './axe.mjs';
import { isFocused, newPage, rowOf, setUpAndSignIn, signInOn, startStaffPages } from './staff-pages.mjs';
import { freePort, startSmtp, until } from '../receiver/mail-servers.mjs';
import { setPassword } from '../receiver/staff.mjs';

const ADMIN = 'lead@clair.example';
const KATO = 'kato@clair.example.jp';
const PASSWORD = 'paper lantern river bridge';
let pages;
let smtp;

const to = (address) => smtp.messages.filter((m) => m.envelopeTo.includes(address));
const linkIn = (email) => /^(http:\/\/127\.0\.0\.1:\d+\/admin\/setup#[A-Za-z0-9_-]+)$/m.exec(email.text)?.[1];

before(async () => {
  smtp = await startSmtp(await freePort());
  pages = await startStaffPages({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    STAFF_EMAILS: `ja:${KATO}`,
    OUTBOX_POLL_SECONDS: '0.05',
  });
  assert.equal((await setPassword(pages.base, await pages.addStaff(ADMIN, 'admin'), PASSWORD)).status, 200);
});

after(async () => {
  await pages?.stop();
  await smtp?.stop();
});

/** An admin's staff page in `locale`, signed in (the sign-in page's labels in any of the three languages). */
async function staffPage(locale) {
  const page = await newPage(pages.browser, locale);
  await page.goto(`${pages.base}/admin#staff`);
  await page.getByLabel(/^(Email address|メールアドレス|Adresse courriel)$/).fill(ADMIN);
  await page.getByLabel(/^(Password|パスワード|Mot de passe)$/).fill(PASSWORD);
  await page.keyboard.press('Enter');
  await rowOf(page, ADMIN).waitFor();
  return page;
}

it('an admin adds a member with the keyboard: the link is emailed to them in their language, not shown; a new link is emailed again', async () => {
  const admin = await staffPage('en-US');
  const email = admin.getByLabel('Email address');
  await email.focus();
  await admin.keyboard.type(KATO);
  await admin.keyboard.press('Tab');
  await admin.keyboard.press('Enter');
  const heading = admin.getByRole('heading', { name: `The set-up link is emailed to ${KATO}` });
  await heading.waitFor();
  assert.equal(await isFocused(heading), true, 'focus moves to what happened');
  await admin.getByText('The receiver sends it by email, and tries again if the mail server does not answer.', { exact: false }).waitFor();
  assert.equal(await admin.getByRole('textbox', { name: 'Set-up link' }).count(), 0, 'the link is not shown');
  assert.match(await rowOf(admin, KATO).textContent(), /Reviewer\s*Waiting for set-up/);
  await assertAccessible(admin, 'the staff page after emailing a link');

  const [sent] = await until(() => to(KATO).length && to(KATO), 'the set-up email');
  assert.equal(sent.subject, '姉妹都市 管理画面のパスワードを設定してください', 'in the language STAFF_EMAILS names for them');
  const link = linkIn(sent);
  assert.ok(link?.startsWith(`${pages.base}/admin/setup#`), sent.text);
  await (await setUpAndSignIn(pages.browser, link, KATO, PASSWORD)).close();
  await admin.reload();
  await until(async () => /Active/.test(await rowOf(admin, KATO).textContent()), 'the member shown as active');

  // A new link, from the list by keyboard: emailed again, and the first one no longer works.
  const button = rowOf(admin, KATO).getByRole('button', { name: `New set-up link ${KATO}` });
  await button.focus();
  await admin.keyboard.press('Enter');
  await heading.waitFor();
  const second = await until(() => to(KATO)[1], 'the second set-up email');
  assert.notEqual(linkIn(second), link);
  assert.equal(to(KATO).length, 2);
  assert.deepEqual(admin.errors, []);
});

it('writes to a member STAFF_EMAILS names no language for in the admin’s page language, and says so in that language', async () => {
  for (const [locale, member, said, subject] of [
    ['ja-JP', 'yamada@city.example.jp', '設定用リンクを yamada@city.example.jp にメールで送ります', /^姉妹都市 管理画面/],
    ['fr-CA', 'agente@ville.example.ca', 'Le lien de configuration est envoyé par courriel à agente@ville.example.ca', /^Choisissez votre mot de passe/],
  ]) {
    const page = await staffPage(locale);
    await page.getByLabel(/^(メールアドレス|Adresse courriel)$/).fill(member);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: said }).waitFor();
    await assertAccessible(page, `the staff page after emailing a link, in ${locale}`);
    const [sent] = await until(() => to(member).length && to(member), `the email to ${member}`);
    assert.match(sent.subject, subject);
    assert.deepEqual(page.errors, []);
  }
});
