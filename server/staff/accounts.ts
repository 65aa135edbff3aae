/** Adding a member (or re-issuing their link): what the CLI and the admins' API share. */
import * as z from 'zod/mini';
import { email as emailSchema } from '../../src/schema/common.js';
import type { NewMessage, Role, Store } from '../store/index.js';
import { randomToken, tokenHash } from './secrets.js';

const SETUP_VALID_MS = 72 * 3600_000;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const isEmail = (email: string) => z.safeParse(emailSchema, email).success;
export const isRole = (role: unknown): role is Role => role === 'admin' || role === 'reviewer';

/**
 * Adds the member and returns their one-time set-up link (`<base>/admin/setup#<token>`), valid 72 hours.
 * `send` makes the messages that carry it (its email), queued with the change in one transaction.
 */
export async function issueSetupLink(
  store: Store, email: string, role: Role, base: string,
  send: (link: string, expiresAt: number) => NewMessage[] = () => [],
): Promise<string> {
  const token = randomToken();
  const link = `${new URL('/admin/setup', base).href}#${token}`;
  const expiresAt = Date.now() + SETUP_VALID_MS;
  await store.backOffice.addStaff(email, role, tokenHash(token), expiresAt, send(link, expiresAt));
  return link;
}
