/**
 * What the back office asks of a store: staff and their sessions, each submission's status with its
 * history and notes, and its public version. One interface, implemented by both engines
 * (sqlite-back-office.ts, postgres-back-office.ts); times are epoch milliseconds from the caller.
 */
import type { NewMessage } from './outbox.js';
import type { Kind, StoredFile } from './types.js';

export const STATUSES = ['received', 'in-review', 'approved', 'published', 'rejected', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];
export type Role = 'admin' | 'reviewer';

export interface StaffMember {
  id: string;
  email: string;
  role: Role;
  passwordHash: string | null;
  revoked: boolean;
}

export interface SessionInfo {
  staff: { id: string; email: string; role: Role };
  csrf: string;
}

export interface SubmissionSummary {
  id: string;
  kind: Kind;
  reference: string;
  created_at: string;
  status: Status;
  payload: unknown;
}

export interface SubmissionEvent {
  at: string;
  by: string;
  /** `book-in` / `book-out`: chosen for the book, or taken out of it. */
  action: 'status' | 'note' | 'public' | 'book-in' | 'book-out';
  from: Status | null;
  to: Status | null;
  reason: string | null;
}

export interface SubmissionDetail extends SubmissionSummary {
  files: { id: string; part: string; name: string; type: string; size: number }[];
  history: SubmissionEvent[];
  notes: { at: string; by: string; text: string }[];
  /** The saved public version, or null before staff saved one. */
  public: unknown;
  /** Chosen by staff for the book (an approved or published story). */
  in_book: boolean;
}

/** The statuses a story may be in to be chosen for the book, and to be printed in it. */
export const BOOK_STATUSES: readonly Status[] = ['approved', 'published'];

/** An approved or published story, for the book: its answers, public version and files. */
export interface BookStory {
  id: string;
  reference: string;
  status: Status;
  in_book: boolean;
  payload: unknown;
  /** The saved public version, or null before staff saved one. */
  public: unknown;
  files: { id: string; part: string; type: string }[];
}

export interface PublishedRow {
  reference: string;
  published_at: string;
  public: unknown;
  /** Public ids of the files made public, by part. */
  files: { part: string; public_id: string }[];
}

/** The day after `day` (YYYY-MM-DD), for a filter's "received on or before". */
export const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface SubmissionFilter {
  kind?: Kind;
  status?: Status;
  /** Text searched in the reference and the answers. */
  q?: string;
  /** Received on or after this day, and on or before `to` (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
}

export interface BackOfficeStore {
  /**
   * Adds a member, or gives an existing one a new role and set-up link: a reset. Their old password
   * stops working and their sessions end (a revoked member comes back only through the new link).
   * `messages` (the email carrying the link) are queued in the same transaction.
   */
  addStaff(email: string, role: Role, setupHash: string, setupExpiresAt: number, messages?: NewMessage[]): Promise<void>;
  /** Sets the password of the member whose unexpired set-up link this is; the link then stops working. */
  completeSetup(setupHash: string, passwordHash: string, now: number): Promise<string | undefined>;
  staffByEmail(email: string): Promise<StaffMember | undefined>;
  /** Every member, for admins: whether they set a password, whether they are revoked. */
  listStaff(): Promise<{ email: string; role: Role; has_password: boolean; revoked: boolean }[]>;
  /** Refuses the member from now on and ends their sessions; false when there is no such member. */
  revokeStaff(email: string): Promise<boolean>;
  createSession(idHash: string, staffId: string, csrf: string, expiresAt: number): Promise<void>;
  /** The session when it is live and its member not revoked, its idle expiry moved to `expiresAt`. */
  touchSession(idHash: string, now: number, expiresAt: number): Promise<SessionInfo | undefined>;
  endSession(idHash: string): Promise<void>;
  /** Forgets sessions that expired before `now` (the store's sweep calls it). */
  forgetExpiredSessions(now: number): Promise<void>;

  listSubmissions(filter: SubmissionFilter): Promise<{ rows: SubmissionSummary[]; counts: Record<Status, number> }>;
  submission(id: string): Promise<SubmissionDetail | undefined>;
  /**
   * Moves from `from` to `to`, records it and queues `messages` (the emails and webhooks reporting it), in one
   * transaction; false when the status is no longer `from`.
   */
  setStatus(id: string, from: Status, to: Status, by: string, reason: string | null, messages?: NewMessage[]): Promise<boolean>;
  addNote(id: string, by: string, text: string): Promise<boolean>;
  /** Saves the public version and gives the files of `publicParts` a public id (kept once given). */
  savePublic(id: string, version: unknown, by: string, publicParts: string[]): Promise<boolean>;
  published(kind: Kind): Promise<PublishedRow[]>;
  /**
   * Chooses a story for the book or takes it out, and records it; false when there is no such story or
   * it is not approved or published (BOOK_STATUSES).
   */
  chooseForBook(id: string, inBook: boolean, by: string): Promise<boolean>;
  /** Every approved or published story, chosen for the book or not, oldest received first. */
  bookStories(): Promise<BookStory[]>;
  /** A file by its public id, with its submission's status and public version, for the public route to judge. */
  publicFile(publicId: string): Promise<{ file: StoredFile; part: string; status: Status; public: unknown } | undefined>;
}

export const emptyCounts = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
