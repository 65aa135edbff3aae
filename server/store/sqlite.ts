/**
 * The embedded default: submissions and idempotency keys in one SQLite file
 * (better-sqlite3, WAL, SQLite's default synchronous=FULL: a commit is on disk
 * before the answer), files in a folder beside it. Statements are prepared once;
 * a submission is one IMMEDIATE transaction. Schema changes are numbered
 * migrations recorded in `PRAGMA user_version`, run on open.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSIONS } from '../file-verify.js';
import { RateLimiter } from '../rate-limit.js';
import { LocalFiles } from './local-files.js';
import { SQLITE_BACK_OFFICE_MIGRATION, SQLITE_BOOK_MIGRATION, SqliteBackOffice } from './sqlite-back-office.js';
import { queueMessages, SQLITE_OUTBOX_MIGRATION, SqliteOutbox } from './sqlite-outbox.js';
import type { NewMessage } from './outbox.js';
import { attachDraft, makeSentDraft, SQLITE_DRAFTS_MIGRATION, SqliteDrafts } from './sqlite-drafts.js';
import type { SentDraft } from './drafts.js';
import { SQLITE_PRINT_COPIES_MIGRATION, SqlitePrintCopies } from './sqlite-print-copies.js';
import {
  DEFAULT_TIMES, type FileStorage, newReference, type Claim, type Kind, type SaveInput, type Store, type StoredFile, type StoredResponse,
  type StoreTimes, type SubmissionRow, type IncomingFile, type Receipt,
} from './types.js';

const MIGRATIONS = [
  `CREATE TABLE IF NOT EXISTS idempotency (
     kind TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
     status INTEGER, body TEXT, created_at TEXT NOT NULL,
     PRIMARY KEY (kind, key)
   );
   CREATE TABLE IF NOT EXISTS submissions (
     id TEXT PRIMARY KEY, kind TEXT NOT NULL, reference TEXT NOT NULL UNIQUE,
     idempotency_key TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS files (
     id TEXT PRIMARY KEY, submission_id TEXT NOT NULL REFERENCES submissions(id),
     part TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL, stored_name TEXT NOT NULL
   );`,
  // Leases and expiry: a claim is held until lease_until; every key is forgotten after expires_at.
  // One b-tree keyed by (kind, key) (WITHOUT ROWID): a submission costs one index fewer to update.
  `CREATE TABLE idempotency_v2 (
     kind TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER, body TEXT,
     created_at TEXT NOT NULL, token TEXT, lease_until INTEGER, expires_at INTEGER NOT NULL,
     PRIMARY KEY (kind, key)
   ) WITHOUT ROWID;
   INSERT INTO idempotency_v2 (kind, key, fingerprint, status, body, created_at, expires_at)
     SELECT kind, key, fingerprint, status, body, created_at, (unixepoch() + 86400) * 1000 FROM idempotency;
   DROP TABLE idempotency;
   ALTER TABLE idempotency_v2 RENAME TO idempotency;
   CREATE INDEX files_submission ON files (submission_id);`,
  // The back office: each submission's status, history, notes and public version; staff and sessions.
  SQLITE_BACK_OFFICE_MIGRATION,
  // The outbox: emails and webhooks queued with the change they report.
  SQLITE_OUTBOX_MIGRATION,
  // The book: which approved stories staff chose for it.
  SQLITE_BOOK_MIGRATION,
  // Drafts behind private links, and the partner city's side of a story.
  SQLITE_DRAFTS_MIGRATION,
  // The HEIC photos' JPEG copies for the printed book.
  SQLITE_PRINT_COPIES_MIGRATION,
];

type CommitInput = {
  kind: Kind; key: string; fingerprint: string; token?: string; id: string; reference: string; body: string; payload: unknown;
  stored: (IncomingFile & { storedName: string })[];
  messages: NewMessage[];
  draftId?: string;
  draftExpiresAt?: number;
  sentDraft?: SentDraft;
  /** The answer without `invite`, kept instead when the sent draft could not be made. */
  plainBody: string;
};

type KeyRow = { fingerprint: string; status: number | null; body: string | null; lease_until: number | null };

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly files: FileStorage;
  readonly backOffice: SqliteBackOffice;
  readonly outbox: SqliteOutbox;
  readonly drafts: SqliteDrafts;
  readonly printCopies: SqlitePrintCopies;
  private readonly times: StoreTimes;
  private readonly sql;
  /** One process owns a SQLite file: its rate-limit counts can stay in memory. */
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(dataDir: string, times: Partial<StoreTimes> = {}, files?: FileStorage) {
    mkdirSync(dataDir, { recursive: true });
    this.times = { ...DEFAULT_TIMES, ...times };
    this.files = files ?? new LocalFiles(join(dataDir, 'files'));
    this.db = new Database(join(dataDir, 'submissions.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
    const db = this.db;
    this.sql = {
      // Takes the key when it is new, when its lease ran out unanswered, or when it expired.
      claim: db.prepare(`
        INSERT INTO idempotency (kind, key, fingerprint, created_at, token, lease_until, expires_at)
        VALUES (@kind, @key, @fingerprint, @createdAt, @token, @leaseUntil, @expiresAt)
        ON CONFLICT (kind, key) DO UPDATE SET fingerprint = excluded.fingerprint, created_at = excluded.created_at,
          token = excluded.token, lease_until = excluded.lease_until, expires_at = excluded.expires_at, status = NULL, body = NULL
        WHERE (idempotency.status IS NULL AND COALESCE(idempotency.lease_until, 0) <= @now) OR idempotency.expires_at <= @now`),
      // The same, for a submission without files: claimed and answered in one statement of its transaction.
      claimAnswered: db.prepare(`
        INSERT INTO idempotency (kind, key, fingerprint, created_at, status, body, expires_at)
        VALUES (@kind, @key, @fingerprint, @createdAt, 201, @body, @expiresAt)
        ON CONFLICT (kind, key) DO UPDATE SET fingerprint = excluded.fingerprint, created_at = excluded.created_at,
          token = NULL, lease_until = NULL, expires_at = excluded.expires_at, status = 201, body = excluded.body
        WHERE (idempotency.status IS NULL AND COALESCE(idempotency.lease_until, 0) <= @now) OR idempotency.expires_at <= @now`),
      key: db.prepare(`SELECT fingerprint, status, body, lease_until FROM idempotency WHERE kind = ? AND key = ?`),
      answer: db.prepare(`
        UPDATE idempotency SET status = @status, body = @body, token = NULL, lease_until = NULL
        WHERE kind = @kind AND key = @key AND token = @token AND status IS NULL AND lease_until > @now`),
      answerNew: db.prepare(`
        INSERT INTO idempotency (kind, key, fingerprint, created_at, status, body, expires_at)
        VALUES (@kind, @key, @fingerprint, @createdAt, @status, @body, @expiresAt) ON CONFLICT DO NOTHING`),
      release: db.prepare(`DELETE FROM idempotency WHERE kind = ? AND key = ? AND token = ? AND status IS NULL`),
      submission: db.prepare(`
        INSERT INTO submissions (id, kind, reference, idempotency_key, payload, created_at)
        VALUES (?, ?, ?, ?, ?, ?)`),
      file: db.prepare(`
        INSERT INTO files (id, submission_id, part, name, type, size, stored_name) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      filesOf: db.prepare(`SELECT id, part, name, type, size FROM files WHERE submission_id = ? ORDER BY part`),
      fileById: db.prepare(`
        SELECT f.name, f.type, f.stored_name, f.part, s.reference FROM files f JOIN submissions s ON s.id = f.submission_id
        WHERE f.id = ?`),
      storedNames: db.prepare(`SELECT stored_name FROM files UNION ALL SELECT stored_name FROM draft_files
        UNION ALL SELECT stored_name FROM print_copies WHERE stored_name IS NOT NULL`).pluck(),
      // No index on expires_at (one fewer to update per submission): the sweep scans, in batches.
      expire: db.prepare(`DELETE FROM idempotency WHERE (kind, key) IN (SELECT kind, key FROM idempotency WHERE expires_at <= ? LIMIT 500)`),
      rewriteAnswer: db.prepare(`UPDATE idempotency SET body = ? WHERE kind = ? AND key = ?`),
    };
    this.backOffice = new SqliteBackOffice(db, this.files);
    this.outbox = new SqliteOutbox(db);
    this.drafts = new SqliteDrafts(db);
    this.printCopies = new SqlitePrintCopies(db, this.files);
    this.commit = this.db.transaction((input: CommitInput) => this.commitRows(input));
  }

  async hit(client: string, limit: number, windowMs: number): Promise<number> {
    const id = `${limit}/${windowMs}`;
    let limiter = this.limiters.get(id);
    if (!limiter) this.limiters.set(id, (limiter = new RateLimiter(limit, windowMs)));
    return limiter.hit(client);
  }

  /**
   * The submission's transaction, made once (better-sqlite3 builds a wrapper per `transaction()`
   * call): the key claimed and answered, or the lease's answer written, then the rows.
   */
  private readonly commit: Database.Transaction<(s: CommitInput) => Exclude<Claim, { state: 'new' }> | { invite: boolean }>;

  private commitRows(s: CommitInput): Exclude<Claim, { state: 'new' }> | { invite: boolean } {
    const now = Date.now();
    if (!s.token) {
      const claimed = this.sql.claimAnswered.run({
        kind: s.kind, key: s.key, fingerprint: s.fingerprint, body: s.body, now, createdAt: new Date(now).toISOString(),
        expiresAt: now + this.times.keyTtlMs,
      });
      if (claimed.changes !== 1) return this.stateOf(s.kind, s.key, s.fingerprint, now);
    } else if (this.sql.answer.run({ status: 201, body: s.body, kind: s.kind, key: s.key, token: s.token, now }).changes !== 1) {
      // The lease ran out (another try may have taken the key over): commit nothing. A file older
      // than a lease that is not recorded can then never be recorded later, so `sweep` may remove it.
      throw new LostLease();
    }
    this.sql.submission.run(s.id, s.kind, s.reference, s.key, JSON.stringify(s.payload), new Date(now).toISOString());
    for (const file of s.stored) this.sql.file.run(randomUUID(), s.id, file.part, file.name, file.type, file.bytes.length, file.storedName);
    queueMessages(this.db, s.messages, now);
    attachDraft(this.db, s.draftId, s.id, s.draftExpiresAt);
    const invite = !!s.sentDraft && makeSentDraft(this.db, s.kind, s.id, s.payload, s.stored, s.sentDraft, now);
    if (s.sentDraft && !invite) this.sql.rewriteAnswer.run(s.plainBody, s.kind, s.key);
    return { invite };
  }

  private claimNow(kind: Kind, key: string, fingerprint: string): Claim {
    const now = Date.now();
    const token = randomUUID();
    const inserted = this.sql.claim.run({
      kind, key, fingerprint, token, now, createdAt: new Date(now).toISOString(),
      leaseUntil: now + this.times.leaseMs, expiresAt: now + this.times.keyTtlMs,
    });
    return inserted.changes === 1 ? { state: 'new', token } : this.stateOf(kind, key, fingerprint, now);
  }

  private stateOf(kind: Kind, key: string, fingerprint: string, now = Date.now()): Exclude<Claim, { state: 'new' }> {
    const row = this.sql.key.get(kind, key) as KeyRow | undefined;
    if (!row) return { state: 'in-progress', retryAfterMs: 0 };
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status === null) return { state: 'in-progress', retryAfterMs: Math.max(0, (row.lease_until ?? now) - now) };
    return { state: 'replay', response: { status: row.status, body: JSON.parse(row.body ?? 'null') } };
  }

  async claim(kind: Kind, key: string, fingerprint: string): Promise<Claim> {
    return this.claimNow(kind, key, fingerprint);
  }

  async save({ kind, key, fingerprint, token, payload, files, notify, beforeCommit, draftId, draftExpiresAt, sentDraft }: SaveInput) {
    const stored = files.length === 0 ? [] : await Promise.all(files.map(async (file) => ({ ...file, storedName: await this.files.put(file.bytes, EXTENSIONS[file.type]) })));
    beforeCommit?.();
    const id = randomUUID();
    const reference = newReference(kind);
    const plainBody = `{"id":"${id}","reference":"${reference}"}`; // both are [0-9A-Za-z-]: no escaping needed
    const body = sentDraft ? `${plainBody.slice(0, -1)},"invite":true}` : plainBody;
    try {
      const messages = notify?.({ id, reference }) ?? [];
      const claim = this.commit.immediate({ kind, key, fingerprint, token, id, reference, body, plainBody, payload, stored, messages, draftId, draftExpiresAt, sentDraft });
      if (!('state' in claim)) return { id, reference, ...(claim.invite ? { invite: true } : {}) } satisfies Receipt;
      await this.files.remove(stored.map((f) => f.storedName));
      return claim;
    } catch (error) {
      await this.files.remove(stored.map((f) => f.storedName));
      if (error instanceof LostLease) return this.stateOf(kind, key, fingerprint);
      throw error;
    }
  }

  async release(kind: Kind, key: string, token: string): Promise<void> {
    this.sql.release.run(kind, key, token);
  }

  async answer(kind: Kind, key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    const now = Date.now();
    this.sql.answerNew.run({
      kind, key, fingerprint, createdAt: new Date(now).toISOString(), status: response.status,
      body: JSON.stringify(response.body), expiresAt: now + this.times.keyTtlMs,
    });
  }

  async list(kind?: Kind): Promise<SubmissionRow[]> {
    const rows = this.db
      .prepare(`SELECT id, kind, reference, payload, created_at FROM submissions ${kind ? 'WHERE kind = ?' : ''} ORDER BY created_at`)
      .all(...(kind ? [kind] : [])) as { id: string; kind: Kind; reference: string; payload: string; created_at: string }[];
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload), files: this.sql.filesOf.all(row.id) as SubmissionRow['files'] }));
  }

  async file(id: string): Promise<StoredFile | undefined> {
    const row = this.sql.fileById.get(id) as
      | { name: string; type: string; stored_name: string; part: string; reference: string }
      | undefined;
    if (!row) return undefined;
    return { name: row.name, type: row.type, part: row.part, reference: row.reference, bytes: await this.files.read(row.stored_name) };
  }

  async sweep(now = Date.now()): Promise<{ keys: number; files: number }> {
    let keys = 0;
    for (let changes = 1; changes > 0; keys += changes) {
      changes = this.sql.expire.run(now).changes;
      await new Promise((resolve) => setImmediate(resolve)); // let requests in between batches
    }
    await this.files.remove(await this.drafts.expire(now));
    const known = new Set(this.sql.storedNames.all() as string[]);
    const files = await this.files.sweep((name) => known.has(name), 2 * this.times.leaseMs, now);
    await this.backOffice.forgetExpiredSessions(now);
    return { keys, files };
  }

  async close(): Promise<void> {
    this.db.close();
    this.files.close?.();
  }
}

class LostLease extends Error {}
