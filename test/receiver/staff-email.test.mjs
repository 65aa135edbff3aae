// The set-up link of a staff member added (or given a new link) by an admin is emailed to them through the
// outbox, on SQLite and (RECEIVER_ENGINE=postgres) PostgreSQL: once, retried while the SMTP server is down, in
// the language STAFF_EMAILS names for their address or else the admin's page language, holding nothing but
// what they need; the emailed link sets their password once and a newer link replaces it. Without SMTP the
// link is answered to the admin instead.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freePort, startSmtp, until } from './mail-servers.mjs';
import { receiverWithOutbox, settled } from './outbox-receiver.mjs';
import { setPassword, signedInStaff, signIn } from './staff.mjs';

const KATO = 'kato@clair.example.jp';
const ANNE = 'anne.roy@example.ca';
const PAT = 'pat@example.org';
const PASSWORD = 'cherry blossom harbour light';
const to = (messages, address) => messages.filter((m) => m.envelopeTo.includes(address));
const linkIn = (email) => /^(http:\/\/127\.0\.0\.1:\d+\/admin\/setup#([A-Za-z0-9_-]+))$/m.exec(email.text);
const untilFormatted = (locale, at) =>
  `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at + 72 * 3600_000)} UTC`;

describe('staff set-up links by email', () => {
  let smtpPort;
  let smtp;
  let setup;
  let admin;
  before(async () => {
    smtpPort = await freePort();
    // Kato asked for Japanese; Pat is listed without a language (bare: none named).
    setup = await receiverWithOutbox({ smtpPort, staffEmails: [`ja:${KATO}`, PAT] });
    admin = await signedInStaff(setup.receiver, 'lead@clair.example', 'admin');
  });
  after(async () => {
    await setup.stop();
    await smtp?.stop();
  });

  it('emails the link once, in the language STAFF_EMAILS names for the member, retried until the SMTP server answers', async () => {
    const asked = Date.now();
    const response = await admin.request('POST', '/admin/api/staff', { email: KATO, role: 'reviewer', locale: 'en' });
    assert.equal(response.status, 201);
    const answer = await response.json();
    assert.equal(answer.emailed, true);
    assert.equal(answer.setup_url, undefined, 'an emailed link is not shown to the admin');
    // No SMTP server yet: the outbox fails and keeps it.
    await until(() => setup.failures.some((line) => /email .* attempt 1 failed/.test(line)), 'a failed first attempt');
    smtp = await startSmtp(smtpPort);
    const [email] = await until(() => to(smtp.messages, KATO).length && to(smtp.messages, KATO), 'the set-up email');
    const answered = Date.now();
    assert.deepEqual(email.envelopeTo, [KATO], 'to the member alone');
    assert.equal(email.subject, '姉妹都市 管理画面のパスワードを設定してください');
    // Only what the member needs: what the link is for, the link, until when, not to share it.
    const lines = email.text.trim().split(/\n+/);
    assert.equal(lines.length, 4, email.text);
    assert.match(lines[0], /パスワードを設定してください/);
    const link = linkIn(email);
    assert.ok(link, email.text);
    assert.ok([untilFormatted('ja', asked), untilFormatted('ja', answered)].some((date) => lines[2].includes(date)), lines[2]);
    assert.match(lines[3], /共有しないでください/);
    assert.ok(!email.text.includes('lead@clair.example') && !/reviewer|審査担当/i.test(email.text), 'not who added them, nor their role');
    assert.ok(email.html.includes(link[1]));

    // The emailed link sets the password, once.
    assert.equal((await setPassword(setup.receiver.base, link[2], PASSWORD)).status, 200);
    assert.equal((await signIn(setup.receiver.base, KATO, PASSWORD)).status, 200);
    assert.equal((await setPassword(setup.receiver.base, link[2], PASSWORD)).status, 400, 'used once');
    await settled(setup);
    assert.equal(to(smtp.messages, KATO).length, 1, 'emailed exactly once');
  });

  it('emails in the admin’s page language when STAFF_EMAILS names none; a new link replaces the emailed one', async () => {
    smtp ??= await startSmtp(smtpPort);
    for (const [email, locale, subject] of [[ANNE, 'fr-CA', /^Choisissez votre mot de passe/], [PAT, 'fr-CA', /^Choisissez/], ['sam@example.org', 'xx', /^Choose your password/]]) {
      assert.equal((await admin.request('POST', '/admin/api/staff', { email, role: 'admin', locale })).status, 201);
      const [sent] = await until(() => to(smtp.messages, email).length && to(smtp.messages, email), `the email to ${email}`);
      assert.match(sent.subject, subject);
    }
    const first = linkIn(to(smtp.messages, ANNE)[0]);
    const again = await admin.request('POST', '/admin/api/staff', { email: ANNE, role: 'admin', locale: 'ja' });
    assert.equal(again.status, 201);
    const second = await until(() => to(smtp.messages, ANNE)[1], 'the second email');
    assert.match(second.subject, /^姉妹都市/, 'the admin’s page language of this time');
    const newer = linkIn(second);
    assert.notEqual(newer[2], first[2]);
    assert.equal((await setPassword(setup.receiver.base, first[2], PASSWORD)).status, 400, 'the first link no longer works');
    assert.equal((await setPassword(setup.receiver.base, newer[2], PASSWORD)).status, 200);
    await settled(setup);
    assert.equal(to(smtp.messages, ANNE).length, 2, 'one email per link');
  });
});

describe('staff set-up links without SMTP', () => {
  let setup;
  before(async () => (setup = await receiverWithOutbox({})));
  after(() => setup.stop());

  it('answers the link to the admin, and queues no email', async () => {
    const admin = await signedInStaff(setup.receiver, 'lead@clair.example', 'admin');
    const response = await admin.request('POST', '/admin/api/staff', { email: PAT, role: 'reviewer', locale: 'en' });
    assert.equal(response.status, 201);
    const answer = await response.json();
    assert.equal(answer.emailed, false);
    assert.match(answer.setup_url, /\/admin\/setup#[A-Za-z0-9_-]+$/);
    assert.equal(await setup.worker.runOnce(), 0, 'nothing queued');
    assert.equal((await setPassword(setup.receiver.base, answer.setup_url.split('#')[1], PASSWORD)).status, 200);
  });
});
