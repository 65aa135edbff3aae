/** Adding a member (or re-issuing their link): what the CLI and the admins' API share. */
import * as z from 'zod/mini';
import { email as emailSchema } from '../../src/schema/common.js';
import type { Role, Store } from '../store/index.js';
import { randomToken, tokenHash } from './secrets.js';

const SETUP_VALID_MS = 72 * 3600_000;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const isEmail = (email: string) => z.safeParse(emailSchema, email).success;
export const isRole = (role: unknown): role is Role => role === 'admin' || role === 'reviewer';

/** Adds the member and returns their one-time set-up link (`<base>/admin/setup#<token>`), valid 72 hours. */
export async function issueSetupLink(store: Store, email: string, role: Role, base: string): Promise<string> {
  const token = randomToken();
  await store.backOffice.addStaff(email, role, tokenHash(token), Date.now() + SETUP_VALID_MS);
  return `${new URL('/admin/setup', base).href}#${token}`;
}
