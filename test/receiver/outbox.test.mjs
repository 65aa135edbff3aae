// Told, reliably: the emails and webhooks of the outbox over real HTTP and real SMTP, on SQLite and
// (RECEIVER_ENGINE=postgres) on PostgreSQL. Each test drives the outbox worker the receiver's main.ts
// runs, against servers on 127.0.0.1: a receipt in the submitter's language, staff told, an SMTP server
// that is down at first, approval and rejection emails, and a signed webhook retried after a 500.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../dist/server/config.js';
import { OutboxWorker } from '../../dist/server/outbox.js';
import { freePort, startSmtp, startWebhookReceiver, until } from './mail-servers.mjs';
import { receiverWithOutbox, SECRET, settled } from './outbox-receiver.mjs';
import { post, validRequest, validStory } from './helpers.mjs';
import { signedInStaff } from './staff.mjs';

const STAFF = 'staff@example.org';
const STAFF_JA = 'kato@clair.example.jp';
const STAFF_FR = 'agente@example.ca';

const sendRequest = async (base, overrides) => {
  const response = await post(base, validRequest(overrides), { path: '/api/requests' });
  assert.equal(response.status, 201, await response.clone().text());
  return response.json();
};

const to = (messages, address) => messages.filter((m) => m.envelopeTo.includes(address));

describe('outbox: emails', () => {
  let smtp;
  let setup;
  let staff;
  before(async () => {
    smtp = await startSmtp(await freePort());
    setup = await receiverWithOutbox({ smtpPort: smtp.port, staffEmails: [STAFF, `ja:${STAFF_JA}`, ` fr-CA: ${STAFF_FR}`] });
    // Signed in first: the CLI it runs blocks this process (the receiver's too) for a while, and a
    // keep-alive connection left idle by an earlier request could be closed under the next one.
    staff = await signedInStaff(setup.receiver, 'reviewer@example.org');
  });
  after(async () => {
    await setup.stop();
    await smtp.stop();
  });

  it('sends a Japanese request its receipt in Japanese with the reference and the answers, and tells staff', async () => {
    const submitter = { name: '山田 花子', email: 'hanako@example.jp' };
    const { reference } = await sendRequest(setup.receiver.base, {
      locale: 'ja', submitter, activities: '温泉 & <b>スキー</b>',
    });

    const [receipt] = await until(() => to(smtp.messages, submitter.email).length && to(smtp.messages, submitter.email), 'the receipt');
    assert.match(receipt.subject, /受け付けました/);
    assert.ok(receipt.subject.includes(reference), receipt.subject);
    assert.ok(receipt.text.includes(`受付番号は ${reference} です`), receipt.text);
    assert.ok(receipt.text.includes('山田 花子 様'));
    assert.ok(receipt.text.includes('今後の流れ'), 'what happens next');
    assert.ok(receipt.text.includes('na_community.name: Bend'), 'a copy of the answers');
    assert.ok(receipt.text.includes('activities: 温泉 & <b>スキー</b>'), 'the plain text keeps the words as written');
    assert.ok(receipt.html.includes('温泉 &amp; &lt;b&gt;スキー&lt;/b&gt;'), 'the HTML escapes the answers');
    assert.ok(!receipt.html.includes('<b>スキー'), 'no markup from an answer');
    assert.equal(receipt.from.value[0].address, 'no-reply@example.org');

    const [notice] = await until(() => to(smtp.messages, STAFF).length && to(smtp.messages, STAFF), 'the staff email');
    assert.ok(notice.subject.includes(reference), notice.subject);
    assert.ok(notice.text.includes('hanako@example.jp'), 'staff see the answers');
    assert.match(notice.subject, /^New partner request/);
    assert.ok(notice.text.includes('Answers:'), notice.text);
  });

  it('tells each staff member in the language before their address in STAFF_EMAILS, one email per language', async () => {
    const { reference } = await sendRequest(setup.receiver.base, { locale: 'en', submitter: { name: 'Pat Lee', email: 'pat@example.org' } });
    const mine = (address) => to(smtp.messages, address).filter((m) => m.subject.includes(reference));
    const [ja] = await until(() => mine(STAFF_JA).length && mine(STAFF_JA), 'the Japanese staff email');
    const [fr] = await until(() => mine(STAFF_FR).length && mine(STAFF_FR), 'the French staff email');
    const [en] = await until(() => mine(STAFF).length && mine(STAFF), 'the English staff email');
    assert.match(ja.subject, /^新しい/);
    assert.ok(ja.text.includes('管理画面') && ja.text.includes('回答内容:') && ja.text.includes('pat@example.org'), ja.text);
    assert.match(fr.subject, /^Nouvelle soumission/);
    assert.ok(fr.text.includes('Réponses') && fr.text.includes('pat@example.org'), fr.text);
    assert.match(en.subject, /^New partner request/);
    for (const [m, address] of [[ja, STAFF_JA], [fr, STAFF_FR], [en, STAFF]]) {
      assert.deepEqual(m.envelopeTo, [address], 'each language is its own email, to its own staff');
    }
  });

  it('forgets delivered emails (they hold the answers) after OUTBOX_KEEP_DAYS', async () => {
    const submitter = { name: 'Keep Short', email: 'keep@example.org' };
    const { reference } = await sendRequest(setup.receiver.base, { submitter });
    await until(() => to(smtp.messages, submitter.email).some((m) => m.subject.includes(reference)), 'the receipt');
    const keep = readConfig({}).outbox.keepMs;
    assert.equal(keep, 30 * 86_400_000, 'kept 30 days by default');
    // Not yet: a day before the period ends, nothing is forgotten.
    assert.equal(await setup.receiver.store.outbox.forgetFinished(keep, Date.now() + keep - 86_400_000), 0);
    // After it, the delivered messages go (a message still to send is never forgotten: see the SMTP-down test).
    assert.ok((await setup.receiver.store.outbox.forgetFinished(keep, Date.now() + keep + 60_000)) >= 2);
  });

  it('emails the submitter an approval and a rejection with its reason, in their language', async () => {
    const { receiver } = setup;
    const move = async (id, body) => assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, body)).status, 200);

    const approvedOne = await sendRequest(receiver.base, { locale: 'fr-CA', submitter: { name: 'Anne Roy', email: 'anne@example.ca' } });
    await move(approvedOne.id, { to: 'in-review' });
    assert.equal(to(smtp.messages, 'anne@example.ca').filter((m) => !m.subject.includes('reçu')).length, 0, 'review is not news');
    await move(approvedOne.id, { to: 'approved' });
    const approval = await until(() => to(smtp.messages, 'anne@example.ca').find((m) => m.subject.startsWith('Approbation')), 'the approval');
    assert.ok(approval.subject.includes(approvedOne.reference), approval.subject);
    assert.ok(approval.text.includes('Bonjour Anne Roy'), approval.text);

    const rejectedOne = await sendRequest(receiver.base, { locale: 'ja', submitter: { name: '佐藤 一郎', email: 'ichiro@example.jp' } });
    await move(rejectedOne.id, { to: 'rejected', reason: '人口の記載が見つかりません。' });
    const rejection = await until(() => to(smtp.messages, 'ichiro@example.jp').find((m) => m.subject.includes('審査結果')), 'the rejection');
    assert.ok(rejection.subject.includes(rejectedOne.reference));
    assert.ok(rejection.text.includes('受理されませんでした。理由：人口の記載が見つかりません。'), rejection.text);
  });
});

describe('outbox: an SMTP server down at first', () => {
  let hook;
  let setup;
  let port;
  let smtp;
  before(async () => {
    port = await freePort(); // nothing listens there yet
    hook = await startWebhookReceiver();
    setup = await receiverWithOutbox({ smtpPort: port, webhookUrls: [hook.url] });
  });
  after(async () => {
    await setup.stop();
    await smtp?.stop();
    await hook.stop();
  });

  it('keeps the emails, delivers them once it is up, exactly once, and delays nothing else', async () => {
    const story = validStory({ language: 'ja', submitter: { name: '田中 太郎', email: 'taro@example.jp' } });
    const response = await post(setup.receiver.base, story);
    assert.equal(response.status, 201, 'the submission does not wait for the mail server');
    const { reference } = await response.json();

    await until(() => setup.failures.filter((line) => line.includes('email')).length >= 2, 'two failed email attempts');
    await until(() => hook.requests.length === 1, 'the webhook, while SMTP is down');
    // The retention sweep, even far in the future, forgets only the delivered webhook: the emails waiting
    // for their retry stay, and arrive below.
    const keep = readConfig({}).outbox.keepMs;
    let forgotten = 0; // the webhook's row is marked delivered just after the receiver has answered it
    await until(async () => (forgotten += await setup.receiver.store.outbox.forgetFinished(keep, Date.now() + 10 * keep)) >= 1, 'the webhook to be marked delivered');
    assert.equal(forgotten, 1, 'only the delivered webhook');

    smtp = await startSmtp(port);
    await until(() => to(smtp.messages, 'taro@example.jp').length && to(smtp.messages, STAFF).length, 'the emails once SMTP is up');
    await settled(setup);
    const receipts = to(smtp.messages, 'taro@example.jp');
    assert.equal(receipts.length, 1, 'the receipt arrived once');
    assert.equal(to(smtp.messages, STAFF).length, 1, 'staff were told once');
    assert.ok(receipts[0].subject.includes(reference));
    assert.match(receipts[0].subject, /はじまりの物語を受け付けました/, 'a story written in Japanese gets a Japanese receipt');
  });
});

describe('outbox: webhooks', () => {
  let hook;
  let setup;
  before(async () => {
    hook = await startWebhookReceiver([500]);
    setup = await receiverWithOutbox({ webhookUrls: [hook.url] });
  });
  after(async () => {
    await setup.stop();
    await hook.stop();
  });

  it('signs each webhook (Standard Webhooks) and retries after a 500 until it is delivered, once', async () => {
    const { id, reference } = await sendRequest(setup.receiver.base, {});
    await until(() => hook.requests.some((r) => r.status === 200), 'a delivered webhook');
    await settled(setup);

    assert.deepEqual(hook.requests.map((r) => r.status), [500, 200], 'one failure, one retry, nothing after');
    const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
    for (const { headers, body } of hook.requests) {
      const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest('base64');
      assert.equal(headers['webhook-signature'], `v1,${expected}`);
      assert.ok(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000) < 300, 'a current timestamp');
    }
    assert.equal(hook.requests[0].headers['webhook-id'], hook.requests[1].headers['webhook-id'], 'a retry keeps its id');
    const event = JSON.parse(hook.requests[1].body);
    assert.equal(event.type, 'submission.received');
    assert.deepEqual([event.data.id, event.data.reference, event.data.status], [id, reference, 'received']);
    assert.equal(event.data.answers.na_community.name, 'Bend');
  });

  it('never delivers a message twice when two workers share the store', async () => {
    const second = new OutboxWorker(setup.receiver.store.outbox, setup.outbox, () => {});
    second.start();
    try {
      const before = hook.requests.length;
      const sent = await Promise.all(Array.from({ length: 12 }, () => sendRequest(setup.receiver.base, {})));
      await until(() => hook.requests.length - before >= sent.length, 'a webhook per submission');
      await settled(setup);
      const ids = hook.requests.slice(before).map((r) => r.headers['webhook-id']);
      assert.equal(ids.length, sent.length, 'one delivery per submission');
      assert.equal(new Set(ids).size, sent.length);
    } finally {
      await second.stop();
    }
  });
});


describe('outbox: private draft links by email', () => {
  let smtp;
  let setup;
  before(async () => {
    smtp = await startSmtp(await freePort());
    setup = await receiverWithOutbox({ smtpPort: smtp.port });
  });
  after(async () => {
    await setup?.stop();
    await smtp?.stop();
  });

  it('emails the owner their link and the partner city its invitation, each in its language, and the links open the draft', async () => {
    const { base } = setup.receiver;
    const page = `${base}/story.html`;
    const form = new FormData();
    const payload = { values: { story: 'Begun at the office.', submitter: { name: 'Jane Doe', email: 'jane@example.org' } }, files: [], email: 'jane@example.org', page, locale: 'en' };
    form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
    const saved = await fetch(`${base}/api/stories/drafts`, { method: 'POST', body: form });
    assert.equal(saved.status, 201, await saved.clone().text());
    const { token } = await saved.json();
    const [mail] = await until(() => to(smtp.messages, 'jane@example.org').length && to(smtp.messages, 'jane@example.org'), 'the owner’s link');
    assert.equal(mail.subject, 'Your saved answers');
    assert.ok(mail.text.includes(`${page}#draft=${token}`), mail.text);

    const invited = await fetch(`${base}/api/stories/drafts/${token}/invite`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'hanako@city.nagasaki.example', page, locale: 'ja' }),
    });
    assert.equal(invited.status, 201, await invited.clone().text());
    const partner = (await invited.json()).token;
    assert.notEqual(partner, token);
    const [invitation] = await until(() => to(smtp.messages, 'hanako@city.nagasaki.example').length && to(smtp.messages, 'hanako@city.nagasaki.example'), 'the invitation');
    assert.equal(invitation.subject, '姉妹都市のストーリーにご参加ください');
    assert.ok(invitation.text.includes(`${page}#draft=${partner}`), invitation.text);
    assert.ok(!invitation.text.includes(token), 'the invitation never carries the owner’s link');
    assert.ok(!invitation.text.includes('jane@example.org'), 'nor the owner’s address');

    // Each emailed link opens the draft, in its own role.
    const [ownerLink] = /#draft=([\w-]+)/.exec(mail.text).slice(1);
    const [partnerLink] = /#draft=([\w-]+)/.exec(invitation.text).slice(1);
    assert.equal((await fetch(`${base}/api/stories/drafts/${ownerLink}`)).status, 200);
    const opened = await (await fetch(`${base}/api/stories/drafts/${partnerLink}`)).json();
    assert.equal(opened.role, 'partner');
    assert.ok(!JSON.stringify(opened).includes('jane@example.org'), 'the partner never sees the owner’s address');

    // A page of a site not allowed here is never put in an email.
    const elsewhere = await fetch(`${base}/api/stories/drafts/${token}/invite`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'x@example.org', page: 'https://phish.example/story.html', locale: 'en' }),
    });
    assert.equal(elsewhere.status, 422);
  });
});
