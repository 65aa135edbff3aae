/**
 * Passwords and tokens. Passwords: scrypt (memory-hard: N=2^15, r=8, p=1, 32 MiB per hash), a random
 * salt each, stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later; compared in constant
 * time. Tokens (set-up links, sessions): random, stored only as their SHA-256.
 */
import { hash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST.N, COST.r, COST.p);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** A hash for unknown members, so that a wrong email costs as long as a wrong password. */
let decoy: Promise<string> | undefined;

/** True when `password` matches `stored`; without a stored hash, spends the same time and answers false. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const [scheme, N, r, p, salt, expected] = (stored ?? (await (decoy ??= hashPassword(randomToken())))).split('$');
  if (scheme !== 'scrypt' || !expected) return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(N), Number(r), Number(p));
  const want = Buffer.from(expected, 'base64url');
  return want.length === key.length && timingSafeEqual(key, want) && !!stored;
}

export const randomToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => hash('sha256', token);

/** Constant-time equality of two strings (a CSRF token against the session's). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
