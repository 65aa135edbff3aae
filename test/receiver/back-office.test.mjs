// The back office over real HTTP, on SQLite and (RECEIVER_ENGINE=postgres) on PostgreSQL: staff
// added with the CLI, set-up links, sign-in, sessions, CSRF and rate limits.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startReceiver } from './helpers.mjs';
import { addStaff, setPassword, signIn, signedInStaff, staffCli, StaffClient } from './staff.mjs';

const PASSWORD = 'correct horse battery staple';

describe('back office: staff accounts', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ signInLimit: 4 });
  });
  after(() => receiver.stop());

  it('adds a member with the CLI, whose one-time link sets a password that signs in', async () => {
    const token = addStaff(receiver, 'Reviewer@Example.org');
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
    addStaff(receiver, 'remote@example.org');
    const token = addStaff(receiver, 'remote@example.org'); // a new link replaces the first
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
    const result = staffCli(receiver, 'revoke', 'revoked@example.org');
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

  it('keeps the export for scripts on its bearer token', async () => {
    assert.equal((await fetch(`${receiver.base}/admin/submissions.json`)).status, 401);
    assert.equal((await fetch(`${receiver.base}/admin/submissions.json`, { headers: { Authorization: 'Bearer staff-token' } })).status, 200);
  });
});
