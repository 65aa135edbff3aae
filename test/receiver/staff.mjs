// Staff for the back-office tests: added with the real CLI (`npm run staff`'s script) against the
// receiver's own store, their password set from the printed link, then signed in over HTTP.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npm run staff -- …args` with the receiver's settings; resolves with { status, stdout, stderr }.
 * Asynchronous: the receiver under test runs in this process, and a blocked event loop (a busy machine
 * takes seconds to start Node) would let its keep-alive sockets time out under the test's next fetch.
 */
export function staffCli(receiver, ...args) {
  const env = { ...process.env, DATA_DIR: receiver.dataDir, DATABASE_URL: receiver.config.databaseUrl ?? '', PUBLIC_URL: receiver.base };
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/staff.mjs', ...args], { cwd: root, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Adds a member with the CLI and returns the token of the set-up link it printed. */
export async function addStaff(receiver, email, role = 'reviewer') {
  const result = await staffCli(receiver, 'add', email, '--role', role);
  assert.equal(result.status, 0, result.stderr);
  const link = /(\S+\/admin\/setup#(\S+))/.exec(result.stdout);
  assert.ok(link, result.stdout);
  assert.ok(link[1].startsWith(`${receiver.base}/admin/setup#`));
  return link[2];
}

/** A signed-in member's calls: the session cookie, and the CSRF token and same Origin on every change. */
export class StaffClient {
  constructor(base, cookie, csrf) {
    Object.assign(this, { base, cookie, csrf });
  }

  static async signIn(base, email, password) {
    const response = await signIn(base, email, password);
    assert.equal(response.status, 200, await response.clone().text());
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sc_staff='));
    return new StaffClient(base, cookie.split(';')[0], (await response.json()).csrf);
  }

  request(method, path, body, { origin = this.base, csrf = this.csrf, headers = {} } = {}) {
    const all = { Cookie: this.cookie, ...headers };
    if (method !== 'GET') {
      if (origin) all.Origin = origin;
      if (csrf) all['X-CSRF-Token'] = csrf;
    }
    if (body !== undefined) all['Content-Type'] = 'application/json';
    return fetch(this.base + path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  }
}

export function signIn(base, email, password, origin = base) {
  return fetch(`${base}/admin/api/sign-in`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ email, password }),
  });
}

export function setPassword(base, token, password, origin = base) {
  return fetch(`${base}/admin/api/setup`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ token, password }),
  });
}

/** A member added, set up and signed in. */
export async function signedInStaff(receiver, email, role = 'reviewer', password = 'correct horse battery staple') {
  const token = await addStaff(receiver, email, role);
  assert.equal((await setPassword(receiver.base, token, password)).status, 200);
  return StaffClient.signIn(receiver.base, email, password);
}
