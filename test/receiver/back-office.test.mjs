// The back office over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres) on PostgreSQL: staff
// added with the CLI, set-up links, sign-in, sessions, CSRF and rate limits.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENGINE, startReceiver, validRequest } from './helpers.mjs';
import { addStaff, setPassword, signIn, signedInStaff, staffCli, StaffClient } from './staff.mjs';

const PASSWORD = 'correct horse battery staple';

describe('back office: staff accounts', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ signInLimit: 4 });
  });
  after(() => receiver.stop());

  it('adds a member with the CLI, whose one-time link sets a password that signs in', async () => {
    const token = await addStaff(receiver, 'Reviewer@Example.org');
    const short = await setPassword(receiver.base, token, 'too short');
    assert.equal(short.status, 422);
    assert.equal((await short.json()).errors[0].pointer, '/password');
    assert.equal((await setPassword(receiver.base, token, PASSWORD)).status, 200);
    // The link works once.
    assert.equal((await setPassword(receiver.base, token, 'another long password')).status, 400);
    // Before signing in: refused.
    assert.equal((await fetch(`${receiver.base}/admin/api/session`)).status, 401);

    const response = await signIn(receiver.base, 'reviewer@example.org', PASSWORD);
    assert.equal(response.status, 200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sc_staff='));
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    assert.match(cookie, /Path=\/admin/i);
    assert.doesNotMatch(cookie, /Secure/i, 'no Secure flag on 127.0.0.1');
    const staff = new StaffClient(receiver.base, cookie.split(';')[0], (await response.json()).csrf);
    const session = await (await staff.request('GET', '/admin/api/session')).json();
    assert.deepEqual({ email: session.email, role: session.role }, { email: 'reviewer@example.org', role: 'reviewer' });
    assert.equal(session.csrf, staff.csrf);
  });

  it('sets the Secure flag on the cookie when the request is not to localhost', async () => {
    await addStaff(receiver, 'remote@example.org');
    const token = await addStaff(receiver, 'remote@example.org'); // a new link replaces the first
    assert.equal((await setPassword(receiver.base, token, PASSWORD)).status, 200);
    // fetch() cannot set Host: node:http can, as a reverse proxy would pass it on.
    const host = `sister-cities.test:${new URL(receiver.base).port}`;
    const body = JSON.stringify({ email: 'remote@example.org', password: PASSWORD });
    const response = await new Promise((resolve, reject) => {
      const req = request(`${receiver.base}/admin/api/sign-in`, {
        method: 'POST', headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json' },
      }, resolve);
      req.on('error', reject);
      req.end(body);
    });
    response.resume();
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['set-cookie'].join(), /;\s*Secure/i);
  });

  it('refuses a wrong password, then every attempt for that email with 429 once over the limit', async () => {
    await signedInStaff(receiver, 'limited@example.org');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(receiver.base, 'limited@example.org', 'wrong password!')).status);
    // One sign-in above, three wrong passwords: 401; then over the limit of 4: 429, even with the right password.
    assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
    const right = await signIn(receiver.base, 'limited@example.org', PASSWORD);
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) > 0);
  });

  it('refuses a session after signing out', async () => {
    const staff = await signedInStaff(receiver, 'leaver@example.org');
    assert.equal((await staff.request('GET', '/admin/api/session')).status, 200);
    const out = await staff.request('POST', '/admin/api/sign-out');
    assert.equal(out.status, 204);
    assert.match(out.headers.getSetCookie().join(), /sc_staff=;/);
    assert.equal((await staff.request('GET', '/admin/api/session')).status, 401);
    assert.equal((await staff.request('GET', '/admin/api/submissions')).status, 401);
  });

  it('refuses a revoked member: their sessions end and they cannot sign in again', async () => {
    const staff = await signedInStaff(receiver, 'revoked@example.org');
    const result = await staffCli(receiver, 'revoke', 'revoked@example.org');
    assert.equal(result.status, 0, result.stderr);
    assert.equal((await staff.request('GET', '/admin/api/session')).status, 401);
    assert.equal((await signIn(receiver.base, 'revoked@example.org', PASSWORD)).status, 401);
  });

  it('refuses a state change without the CSRF token, with another token, or from another origin', async () => {
    const staff = await signedInStaff(receiver, 'csrf@example.org');
    assert.equal((await staff.request('POST', '/admin/api/sign-out', undefined, { csrf: null })).status, 403);
    assert.equal((await staff.request('POST', '/admin/api/sign-out', undefined, { csrf: 'x'.repeat(43) })).status, 403);
    assert.equal((await staff.request('POST', '/admin/api/sign-out', undefined, { origin: 'https://evil.example' })).status, 403);
    // Without Origin, only a same-origin fetch metadata header will do.
    assert.equal((await staff.request('POST', '/admin/api/sign-out', undefined, { origin: null })).status, 403);
    const crossSite = await staff.request('POST', '/admin/api/sign-out', undefined, { origin: null, headers: { 'Sec-Fetch-Site': 'cross-site' } });
    assert.equal(crossSite.status, 403);
    // None of these signed the member out.
    assert.equal((await staff.request('GET', '/admin/api/session')).status, 200);
    assert.equal((await signIn(receiver.base, 'csrf@example.org', PASSWORD, 'https://evil.example')).status, 403);
  });

  it('lets only an admin list, add and revoke staff', async () => {
    const admin = await signedInStaff(receiver, 'admin@example.org', 'admin');
    const reviewer = await signedInStaff(receiver, 'plain@example.org');
    assert.equal((await reviewer.request('GET', '/admin/api/staff')).status, 403);
    assert.equal((await reviewer.request('POST', '/admin/api/staff', { email: 'friend@example.org' })).status, 403);
    assert.equal((await reviewer.request('POST', '/admin/api/staff/revoke', { email: 'admin@example.org' })).status, 403);
    assert.equal((await admin.request('POST', '/admin/api/staff', { email: 'not an email' })).status, 422);

    const added = await admin.request('POST', '/admin/api/staff', { email: 'New@Example.org', role: 'reviewer' });
    assert.equal(added.status, 201);
    const { email, setup_url: link } = await added.json();
    assert.equal(email, 'new@example.org');
    assert.ok(link.startsWith(`${receiver.base}/admin/setup#`));
    assert.equal((await setPassword(receiver.base, link.split('#')[1], PASSWORD)).status, 200);
    assert.equal((await signIn(receiver.base, 'new@example.org', PASSWORD)).status, 200);

    const { staff } = await (await admin.request('GET', '/admin/api/staff')).json();
    assert.deepEqual(staff.find((m) => m.email === 'new@example.org'), { email: 'new@example.org', role: 'reviewer', has_password: true, revoked: false });
    assert.ok(staff.every((m) => !('password_hash' in m) && !('passwordHash' in m)));
    assert.equal((await admin.request('POST', '/admin/api/staff/revoke', { email: 'new@example.org' })).status, 204);
    assert.equal((await signIn(receiver.base, 'new@example.org', PASSWORD)).status, 401);
  });

  it('keeps the export for scripts on its bearer token', async () => {
    assert.equal((await fetch(`${receiver.base}/admin/submissions.json`)).status, 401);
    assert.equal((await fetch(`${receiver.base}/admin/submissions.json`, { headers: { Authorization: 'Bearer staff-token' } })).status, 200);
  });
});

describe('back office: expiry', () => {
  it('refuses a session idle for longer than its expiry, and the sweep forgets it', async () => {
    const receiver = await startReceiver({ sessionIdleMs: 2000 });
    try {
      const staff = await signedInStaff(receiver, 'idle@example.org');
      assert.equal((await staff.request('GET', '/admin/api/session')).status, 200, 'a request moves the expiry on');
      const idHash = createHash('sha256').update(staff.cookie.split('=')[1]).digest('hex');
      const lastUse = Date.now();
      while (Date.now() <= lastUse + 2000) await sleep(100); // until the idle time has passed
      assert.equal((await staff.request('GET', '/admin/api/session')).status, 401);
      await receiver.store.sweep();
      // Gone from the store: even a clock turned back finds nothing.
      assert.equal(await receiver.store.backOffice.touchSession(idHash, 0, Date.now() + 1000), undefined);
    } finally {
      await receiver.stop();
    }
  });

  it('refuses a set-up link older than 72 hours', async () => {
    const receiver = await startReceiver();
    try {
      const token = await addStaff(receiver, 'late@example.org');
      const hash = createHash('sha256').update(token).digest('hex');
      const in73Hours = Date.now() + 73 * 3600_000;
      assert.equal(await receiver.store.backOffice.completeSetup(hash, 'x', in73Hours), undefined);
      assert.equal(await receiver.store.backOffice.completeSetup(hash, 'x', Date.now() + 71 * 3600_000), 'late@example.org');
    } finally {
      await receiver.stop();
    }
  });
});

describe('back office: migration of an existing SQLite database', { skip: ENGINE !== 'sqlite' && 'SQLite only' }, () => {
  it('gives the submissions stored before the back office the status received', async () => {
    // The schema as migrations 1 and 2 left it, with one submission in it.
    const dataDir = mkdtempSync(join(tmpdir(), 'receiver-'));
    const db = new Database(join(dataDir, 'submissions.sqlite'));
    db.exec(`
      CREATE TABLE idempotency (kind TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER, body TEXT,
        created_at TEXT NOT NULL, token TEXT, lease_until INTEGER, expires_at INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
      CREATE TABLE submissions (id TEXT PRIMARY KEY, kind TEXT NOT NULL, reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE files (id TEXT PRIMARY KEY, submission_id TEXT NOT NULL REFERENCES submissions(id),
        part TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL, stored_name TEXT NOT NULL);
      CREATE INDEX files_submission ON files (submission_id);
      PRAGMA user_version = 2;`);
    const id = crypto.randomUUID();
    db.prepare(`INSERT INTO submissions VALUES (?, 'request', 'REQ-OLD0-0001', 'k', ?, '2026-01-01T00:00:00.000Z')`).run(id, JSON.stringify(validRequest()));
    db.close();

    const receiver = await startReceiver({}, dataDir);
    try {
      const staff = await signedInStaff(receiver, 'migrated@example.org');
      const list = await (await staff.request('GET', '/admin/api/submissions')).json();
      assert.deepEqual(list.submissions.map((s) => [s.reference, s.status]), [['REQ-OLD0-0001', 'received']]);
      assert.equal((await staff.request('POST', `/admin/api/submissions/${id}/status`, { to: 'in-review' })).status, 200);
    } finally {
      await receiver.stop();
    }
  });
});
