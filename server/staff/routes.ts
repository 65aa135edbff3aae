/**
 * Staff accounts over HTTP: setting the password from a set-up link, signing in (a session cookie and
 * a CSRF token), the current session, signing out. Members are added and revoked from the command
 * line (cli.ts) or, by admins only, here. Sign-in attempts are counted per email and per client in the store, so every
 * process sharing it agrees.
 */
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ReceiverConfig } from '../config.js';
import { problem } from '../problem.js';
import type { Store } from '../store/index.js';
import { isEmail, isRole, issueSetupLink, normaliseEmail } from './accounts.js';
import { ownOrigin, SESSION_COOKIE, sessionOf } from './guard.js';
import { hashPassword, MIN_PASSWORD_LENGTH, randomToken, tokenHash, verifyPassword } from './secrets.js';
import { memberLocale, setupEmail } from './setup-mail.js';

const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** A JSON object body, or undefined. */
export async function jsonBody(c: Context): Promise<Record<string, unknown> | undefined> {
  const body = await c.req.json().catch(() => undefined);
  return body && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
}

const isLocal = (c: Context) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(c.req.url).hostname);

export function staffRoutes(app: Hono, config: ReceiverConfig, store: Store, clientAddress: (c: Context) => string) {
  const office = store.backOffice;

  app.post('/admin/api/setup', async (c) => {
    const body = await jsonBody(c);
    if (typeof body?.token !== 'string' || typeof body.password !== 'string') return problem(c, 400, 'Send the set-up token and a password');
    if (body.password.length < MIN_PASSWORD_LENGTH || body.password.length > 1024) {
      return problem(c, 422, 'Choose another password', {
        errors: [{ pointer: '/password', detail: `Use at least ${MIN_PASSWORD_LENGTH} characters` }],
      });
    }
    const email = await office.completeSetup(tokenHash(body.token), await hashPassword(body.password), Date.now());
    if (!email) return problem(c, 400, 'This set-up link was used already or has expired; ask for a new one');
    return c.json({ email });
  });

  app.post('/admin/api/sign-in', async (c) => {
    const body = await jsonBody(c);
    if (typeof body?.email !== 'string' || typeof body.password !== 'string') return problem(c, 400, 'Send an email and a password');
    const email = normaliseEmail(body.email);
    const waits = await Promise.all([
      store.hit(`sign-in:email:${email}`, config.signInLimit, SIGN_IN_WINDOW_MS),
      store.hit(`sign-in:client:${clientAddress(c)}`, config.signInLimit * 5, SIGN_IN_WINDOW_MS),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'Too many sign-in attempts; try again later');
    }
    const member = await office.staffByEmail(email);
    const matches = await verifyPassword(body.password, member?.passwordHash);
    if (!member || member.revoked || !matches) return problem(c, 401, 'The email or the password is wrong');
    const id = randomToken();
    const csrf = randomToken();
    await office.createSession(tokenHash(id), member.id, csrf, Date.now() + config.sessionIdleMs);
    setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: 'Strict', path: '/admin', secure: !isLocal(c) });
    return c.json({ email: member.email, role: member.role, csrf });
  });

  app.get('/admin/api/session', async (c) => {
    const { staff, csrf } = sessionOf(c);
    return c.json({ email: staff.email, role: staff.role, csrf });
  });

  app.post('/admin/api/sign-out', async (c) => {
    await office.endSession(tokenHash(getCookie(c, SESSION_COOKIE)!));
    deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: !isLocal(c) });
    return c.body(null, 204);
  });
}

/**
 * Admins only: the members, adding one or giving one a new set-up link, revoking one. With SMTP the link
 * is emailed to the member (through the outbox, queued with the change) and not answered; without it, it is
 * answered for the admin to send.
 */
export function staffAdminRoutes(app: Hono, config: ReceiverConfig, store: Store) {
  const adminOnly = async (c: Context, next: () => Promise<void>) => {
    if (sessionOf(c).staff.role !== 'admin') return problem(c, 403, 'Only an admin may manage staff');
    return next();
  };
  app.get('/admin/api/staff', adminOnly, async (c) => c.json({ staff: await store.backOffice.listStaff() }));
  app.post('/admin/api/staff', adminOnly, async (c) => {
    const body = await jsonBody(c);
    const email = normaliseEmail(typeof body?.email === 'string' ? body.email : '');
    const role = body?.role ?? 'reviewer';
    if (!isEmail(email) || !isRole(role)) {
      return problem(c, 422, 'Give an email address and a role', { errors: [{ pointer: isEmail(email) ? '/role' : '/email', detail: 'Enter an email address and admin or reviewer' }] });
    }
    if (!config.outbox.smtpUrl) return c.json({ email, role, emailed: false, setup_url: await issueSetupLink(store, email, role, ownOrigin(c, config)) }, 201);
    const locale = memberLocale(config.outbox.staffEmails, email, body?.locale);
    await issueSetupLink(store, email, role, ownOrigin(c, config), (link, expiresAt) => [{ channel: 'email', body: setupEmail(email, locale, link, expiresAt) }]);
    return c.json({ email, role, emailed: true }, 201);
  });
  app.post('/admin/api/staff/revoke', adminOnly, async (c) => {
    const body = await jsonBody(c);
    const email = normaliseEmail(typeof body?.email === 'string' ? body.email : '');
    // An admin cannot lock themselves out (nor the last admin the whole office): another admin revokes them.
    if (email === sessionOf(c).staff.email) return problem(c, 409, 'You cannot revoke yourself');
    return (await store.backOffice.revokeStaff(email)) ? c.body(null, 204) : problem(c, 404, 'No such staff member');
  });
}
