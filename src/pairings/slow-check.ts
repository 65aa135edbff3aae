/**
 * The schema's verdict on the rows the fast check (fast-check.ts) did not accept, and the reason a
 * row is skipped. Loaded by checkRecords (load.ts) only when some row is refused, so that zod and the
 * pairing schema (about 7 KiB) stay off the page while every row is good; the schema is built at the
 * first refused row, not when the module is evaluated (a classic script evaluates it with the page).
 */
import * as z from 'zod/mini';
import type { Pairing } from '../schema/pairing.js';
import { buildPairingSchema } from '../schema/pairing-schema.js';
import type { SkippedRow } from './load.js';

let schema: ReturnType<typeof buildPairingSchema> | undefined;

/** The pairing, or the row and why it is skipped; `tidy` is the row as tidyRecord gave it. */
export function checkSlowly(row: number, tidy: Record<string, unknown>): Pairing | SkippedRow {
  // No JIT: zod would compile a parser for the shape (several ms) to check the few rows the fast check refused.
  const result = z.safeParse((schema ??= buildPairingSchema()), tidy, { jitless: true });
  if (result.success) return result.data;
  return { row, reason: result.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ') };
}
