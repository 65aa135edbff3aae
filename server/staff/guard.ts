/**
 * What every /admin/api request passes: no caching; for a state change, a same-origin `Origin` (or,
 * without one, `Sec-Fetch-Site: same-origin`); then, except for signing in and setting a password, a
 * live session (401 otherwise) and, for a state change, its CSRF token in `X-CSRF-Token` (403 otherwise).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ReceiverConfig } from '../config.js';
import { header } from '../headers.js';
import { problem } from '../problem.js';
import type { SessionInfo, Store } from '../store/index.js';
import { sameSecret, tokenHash } from './secrets.js';

export const SESSION_COOKIE = 'sc_staff';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Reachable without a session: a session starts there. */
const OPEN = new Set(['/admin/api/sign-in', '/admin/api/setup']);

const signedIn = new WeakMap<Request, SessionInfo>();

/** The session behind this request (set by the guard). */
export const sessionOf = (c: Context) => signedIn.get(c.req.raw)!;

/** The origin staff pages are served from: PUBLIC_URL's behind a proxy, else the request's own. */
export const ownOrigin = (c: Context, config: ReceiverConfig) => new URL(config.publicUrl ?? c.req.url).origin;

function sameOrigin(c: Context, config: ReceiverConfig): boolean {
  const origin = header(c, 'origin');
  const site = header(c, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  if (origin !== undefined) return origin === ownOrigin(c, config);
  return site === 'same-origin';
}

export function staffGuard(config: ReceiverConfig, store: Store): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const changes = !SAFE.has(c.req.method);
    if (changes && !sameOrigin(c, config)) return problem(c, 403, 'Staff actions must come from the staff pages');
    if (OPEN.has(c.req.path)) return next();
    const id = getCookie(c, SESSION_COOKIE);
    const now = Date.now();
    const session = id ? await store.backOffice.touchSession(tokenHash(id), now, now + config.sessionIdleMs) : undefined;
    if (!session) return problem(c, 401, 'Sign in to continue');
    if (changes && !sameSecret(header(c, 'x-csrf-token') ?? '', session.csrf)) return problem(c, 403, 'The CSRF token is missing or wrong');
    signedIn.set(c.req.raw, session);
    return next();
  };
}
