/**
 * What the receiver asks of a store: submissions, their files, and the
 * idempotency record that makes a repeated send return the first answer. One
 * interface, so that an engine (SQLite and local files today, see sqlite.ts) can
 * be swapped without touching the app. Every method is async so that a network
 * database fits the same shape.
 *
 * Idempotency is a lease, not a lock: `claim` takes a key for `leaseMs`; a claim
 * that has no answer when its lease runs out (its process died) can be taken over
 * by the next try of the same key. `save` stores the submission, its file rows and
 * the answer in one transaction, and only while the lease is still held, so a
 * crash at any instant leaves either nothing or everything. Files written before a
 * crash and never committed are orphans, removed by `sweep`, which also forgets
 * keys older than their expiry.
 */
import { randomFillSync } from 'node:crypto';
import type { FileKind } from '../../src/forms/file-check.js';
import type { BackOfficeStore } from './back-office.js';
import type { DraftsStore, SentDraft } from './drafts.js';
import type { NewMessage, OutboxStore } from './outbox.js';
import type { PrintCopiesStore } from './print-copies.js';

export type Kind = 'story' | 'request';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type Claim =
  | { state: 'new'; token: string }
  | { state: 'replay'; response: StoredResponse }
  | { state: 'in-progress'; retryAfterMs: number }
  | { state: 'mismatch' };

export interface IncomingFile {
  part: string;
  name: string;
  type: FileKind;
  bytes: Uint8Array;
}

export interface SubmissionRow {
  id: string;
  kind: Kind;
  reference: string;
  created_at: string;
  payload: unknown;
  files: { id: string; part: string; name: string; type: string; size: number }[];
}

export interface StoredFile {
  /** The name the client gave, kept for staff; never used as a path or a download name. */
  name: string;
  type: string;
  bytes: Uint8Array;
  /** The submission's reference and the part ("photo-0"), for a safe download name. */
  reference: string;
  part: string;
}

export interface SaveInput {
  kind: Kind;
  key: string;
  fingerprint: string;
  /** The lease taken by `claim`; without one, the key is claimed in the same transaction. */
  token?: string;
  payload: unknown;
  files: IncomingFile[];
  /** The emails and webhooks reporting this submission, queued in its transaction (server/outbox/). */
  notify?: (saved: { id: string; reference: string }) => NewMessage[];
  /** The draft this submission sends (server/drafts/): linked to it in the same transaction. */
  draftId?: string;
  /** Until when that draft's links then work (the partner's side may still be added or corrected). */
  draftExpiresAt?: number;
  /** The sender's own link to a story sent without a draft (server/drafts/): its draft made in the same transaction. */
  sentDraft?: SentDraft;
  /** Called after the files are written, before the commit (a test's fault point). */
  beforeCommit?: () => void;
}

/** The answer to a submission (src/schema/draft.ts `receiptSchema`): `invite` when its `sentDraft` was made. */
export interface Receipt {
  id: string;
  reference: string;
  invite?: true;
}

export interface StoreTimes {
  /** How long a claim without an answer holds its key. */
  leaseMs: number;
  /** How long a key and its answer are remembered. */
  keyTtlMs: number;
}

/** Where uploaded files live: a folder (local-files.ts) or S3-compatible object storage (s3-files.ts). */
export interface FileStorage {
  /** Writes the bytes under a new generated name with the given extension; returns the name. */
  put(bytes: Uint8Array, extension: string): Promise<string>;
  read(name: string): Promise<Uint8Array>;
  remove(names: string[]): Promise<void>;
  list(): Promise<string[]>;
  /** Removes files not in `known` and older than `olderThanMs`; returns how many. */
  sweep(known: (name: string) => boolean, olderThanMs: number, now?: number): Promise<number>;
  /** Lets go of connections, if it keeps any. */
  close?(): void;
}

export interface Store {
  readonly files: FileStorage;
  /** Staff, sessions, each submission's status, history, notes and public version (back-office.ts). */
  readonly backOffice: BackOfficeStore;
  /** Emails and webhooks waiting to be delivered (outbox.ts). */
  readonly outbox: OutboxStore;
  /** Drafts kept behind private links, and the partner city's side of a story (drafts.ts). */
  readonly drafts: DraftsStore;
  /** The HEIC photos' JPEG copies for the printed book (print-copies.ts). */
  readonly printCopies: PrintCopiesStore;
  /**
   * Counts one submission of `client` in the current fixed window of `windowMs`; returns the
   * seconds to wait when over `limit`, else 0. Decided by the store, so processes sharing it agree.
   */
  hit(client: string, limit: number, windowMs: number): Promise<number>;
  claim(kind: Kind, key: string, fingerprint: string): Promise<Claim>;
  /** Stores everything at once; answers the claim state instead when the key is not (or no longer) ours. */
  save(input: SaveInput): Promise<Receipt | Exclude<Claim, { state: 'new' }>>;
  /** Forgets a claim whose request was refused, so that a corrected payload can be sent with the key. */
  release(kind: Kind, key: string, token: string): Promise<void>;
  /** Remembers an answer for a key without storing a submission (a discarded spam trap). */
  answer(kind: Kind, key: string, fingerprint: string, response: StoredResponse): Promise<void>;
  list(kind?: Kind): Promise<SubmissionRow[]>;
  file(id: string): Promise<StoredFile | undefined>;
  /** Forgets expired keys and removes orphaned files; in small batches, never blocking requests for long. */
  sweep(now?: number): Promise<{ keys: number; files: number }>;
  close(): Promise<void>;
}

export const DEFAULT_TIMES: StoreTimes = { leaseMs: 10_000, keyTtlMs: 24 * 3600_000 };

// Crockford's base32 without I, L, O, U: easy to read aloud and type.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const bytes = new Uint8Array(8);

export function newReference(kind: Kind): string {
  randomFillSync(bytes);
  let code = '';
  for (const b of bytes) code += ALPHABET[b % 32];
  return `${kind === 'story' ? 'HAJ' : 'REQ'}-${code.slice(0, 4)}-${code.slice(4)}`;
}
