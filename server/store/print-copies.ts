/**
 * What the book asks of a store: each HEIC photo's copy for printing (a JPEG made once by
 * server/book/print-copies.ts, since browsers cannot show HEIC), kept beside the original in the
 * store's file storage. One row per original file (its primary key), so a photo is converted at most
 * once: a conversion is a lease, not a lock. `claim` takes the photo for `leaseMs` (renewed while the
 * work goes on); a claim whose lease ran out (its process died mid-conversion) is taken over by the next
 * pass; `finish` records the outcome only while the claim is still the caller's. Implemented by both
 * engines (sqlite-print-copies.ts, postgres-print-copies.ts).
 */
import type { StoredFile } from './types.js';

/** Why a photo could not be prepared: not a readable HEIC, the conversion ran too long, or its worker died. */
export type PrintFailure = 'unreadable' | 'too-long' | 'crashed';

export type PrintCopy =
  | { state: 'converting' }
  | { state: 'ready'; size: number }
  | { state: 'failed'; reason: PrintFailure; detail: string };

export type PrintOutcome = { storedName: string; size: number } | { reason: PrintFailure; detail: string };

export interface PrintCopiesStore {
  /** The HEIC files of the stories chosen for the book (and printable) with no copy yet, or whose conversion's lease ran out. */
  waiting(): Promise<string[]>;
  /** Takes the file to convert for `leaseMs`: true when it had no copy or its last conversion's lease ran out. */
  claim(fileId: string, token: string, leaseMs: number): Promise<boolean>;
  /** Holds the claim for `leaseMs` more from now; false when it is no longer the caller's. */
  renew(fileId: string, token: string, leaseMs: number): Promise<boolean>;
  /** Records the copy or the failure while the claim is the caller's; false when it was lost (the caller removes its file). */
  finish(fileId: string, token: string, outcome: PrintOutcome): Promise<boolean>;
  /** The copies of these files, by file id; a file with no entry has not been started. */
  copies(fileIds: readonly string[]): Promise<Map<string, PrintCopy>>;
  /** The ready copy as a stored file (a JPEG named after the original's reference and part). */
  file(fileId: string): Promise<StoredFile | undefined>;
}

interface CopyRow {
  file_id: string;
  state: string;
  size: number | null;
  reason: string | null;
  detail: string | null;
}

export function copyOf(row: CopyRow): PrintCopy {
  if (row.state === 'ready') return { state: 'ready', size: Number(row.size) };
  if (row.state === 'failed') return { state: 'failed', reason: row.reason as PrintFailure, detail: row.detail ?? '' };
  return { state: 'converting' };
}
