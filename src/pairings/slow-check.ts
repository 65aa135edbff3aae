/**
 * The schema's verdict on the rows the fast check (fast-check.ts) did not accept, and the reason a
 * row is skipped. Loaded by checkRecords (load.ts) only when some row is refused, so that zod and the
 * pairing schema (about 7 KiB) stay off the page while every row is good.
 */
import * as z from 'zod/mini';
import { pairingSchema, type Pairing } from '../schema/pairing.js';
import type { SkippedRow } from './load.js';

/** The pairing, or the row and why it is skipped; `tidy` is the row as tidyRecord gave it. */
export function checkSlowly(row: number, tidy: Record<string, unknown>): Pairing | SkippedRow {
  // No JIT: zod would compile a parser for the shape (several ms) to check the few rows the fast check refused.
  const result = z.safeParse(pairingSchema, tidy, { jitless: true });
  if (result.success) return result.data;
  return { row, reason: result.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ') };
}
