/**
 * What drafts ask of a store: a draft's answers and files kept behind private links (only the links' SHA-256
 * is stored), the partner city's side beside them, and the link to the submission that sent the draft. One
 * interface, both engines (sqlite-drafts.ts, postgres-drafts.ts). Times are epoch milliseconds from the caller.
 * A draft that expires unsent is purged (answers and files gone) but its row stays, so its links can still say
 * "expired" rather than "unknown".
 *
 * SENT_EXPIRY: a sent story's links (the owner's, which only invites, and the partner's) work until DRAFT_DAYS
 * after the last time either side saved or sent (or the owner made the partner's link), so that the partner may
 * still add or correct its side for a while; then they say "expired", and the sweep removes the copy of the story
 * they showed (the answers and the files the submission does not hold itself) but keeps the partner's side and
 * its photos, which came with the story, and never touches the submission.
 */
import type { NewMessage } from './outbox.js';
import type { Kind } from './types.js';

export type DraftSide = 'owner' | 'partner';

export interface DraftFileRow {
  id: string;
  side: DraftSide;
  path: string;
  name: string;
  type: string;
  size: number;
  stored_name: string;
}

export interface DraftRow {
  id: string;
  kind: Kind;
  payload: unknown;
  /** The partner's side, or null before the partner sent one. */
  side: unknown;
  expires_at: number;
  /** Whether a partner link was made. */
  invited: boolean;
  owner_revoked: boolean;
  partner_revoked: boolean;
  /** Answers and files removed when the draft expired unsent. */
  purged: boolean;
  submission_id: string | null;
  reference: string | null;
  files: DraftFileRow[];
}

export type DraftFile = DraftFileRow & { draft_id: string; submission_id: string | null; reference: string | null };

export type NewDraftFile = Omit<DraftFileRow, 'id' | 'side'>;

/**
 * The sender's own link to a story sent without a draft: a draft holding the story as sent (its photos are the
 * submission's own stored files, which nothing deletes), linked to the submission, reached by the link whose hash
 * is `ownerHash`. Made in the submission's transaction, so once with it, never by a retry. Not made when the hash
 * is already a link's (never so for a new secret): the story is kept all the same, without the link.
 */
export interface SentDraft {
  ownerHash: string;
  expiresAt: number;
  /** Where each of the submission's file parts sits in the answers (`photo-0` → `photos.0.file`). */
  paths: Record<string, string>;
}

/** A submission's file as the engines hold it while saving: its part and where its bytes were stored. */
export interface SentFile {
  part: string;
  name: string;
  type: string;
  bytes: Uint8Array;
  storedName: string;
}

export interface DraftsStore {
  /** A new draft reached by the link whose hash is `ownerHash`. */
  create(kind: Kind, ownerHash: string, payload: unknown, files: NewDraftFile[], expiresAt: number): Promise<string>;
  /** The draft a link opens, and whose link it is; undefined for a link that opens nothing. */
  byHash(hash: string): Promise<{ draft: DraftRow; role: DraftSide } | undefined>;
  /** Replaces one side's answers and files and moves the expiry; returns the stored names no longer used. */
  update(id: string, side: DraftSide, payload: unknown, files: NewDraftFile[], expiresAt: number): Promise<string[]>;
  /** Gives the draft a (new) partner link and moves the expiry. */
  invite(id: string, partnerHash: string, expiresAt: number): Promise<void>;
  revoke(id: string, side: DraftSide): Promise<void>;
  /** The draft that a submission sent, for the staff pages. */
  forSubmission(submissionId: string): Promise<DraftRow | undefined>;
  /** A draft's file, with the submission (and its reference) that sent the draft, if any. */
  file(fileId: string): Promise<DraftFile | undefined>;
  /** Purges drafts that expired before `now` (a sent one: see SENT_EXPIRY); returns the stored names of files no longer used. */
  expire(now: number): Promise<string[]>;
  /** Queues emails in the outbox (a link sent to the person who asked for it). */
  queue(messages: NewMessage[]): Promise<void>;
}
