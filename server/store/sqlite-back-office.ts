/** The back office on SQLite (see back-office.ts): its tables come from migration 3 in sqlite.ts. */
import type Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  BOOK_STATUSES, dayAfter, emptyCounts, type BackOfficeStore, type BookStory, type PublishedRow, type Role, type SessionInfo, type StaffMember, type Status,
  type SubmissionDetail, type SubmissionFilter, type SubmissionSummary,
} from './back-office.js';
import type { NewMessage } from './outbox.js';
import { queueMessages } from './sqlite-outbox.js';
import type { FileStorage, Kind } from './types.js';

export const SQLITE_BACK_OFFICE_MIGRATION = `
  ALTER TABLE submissions ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
  ALTER TABLE submissions ADD COLUMN status_changed_at TEXT;
  ALTER TABLE submissions ADD COLUMN public_version TEXT;
  CREATE INDEX submissions_kind_status ON submissions (kind, status);
  ALTER TABLE files ADD COLUMN public_id TEXT;
  CREATE UNIQUE INDEX files_public_id ON files (public_id);
  CREATE TABLE staff (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL, password_hash TEXT,
    setup_hash TEXT UNIQUE, setup_expires_at INTEGER, revoked_at TEXT, created_at TEXT NOT NULL
  );
  CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY, staff_id TEXT NOT NULL REFERENCES staff(id), csrf TEXT NOT NULL, expires_at INTEGER NOT NULL
  );
  CREATE TABLE submission_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, submission_id TEXT NOT NULL REFERENCES submissions(id), at TEXT NOT NULL,
    staff_email TEXT NOT NULL, action TEXT NOT NULL, from_status TEXT, to_status TEXT, reason TEXT
  );
  CREATE INDEX submission_events_submission ON submission_events (submission_id, id);
  CREATE TABLE submission_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, submission_id TEXT NOT NULL REFERENCES submissions(id), at TEXT NOT NULL,
    staff_email TEXT NOT NULL, text TEXT NOT NULL
  );`;

/** The book: which approved stories staff chose for it. */
export const SQLITE_BOOK_MIGRATION = `ALTER TABLE submissions ADD COLUMN in_book INTEGER NOT NULL DEFAULT 0;`;

type StaffRow = { id: string; email: string; role: Role; password_hash: string | null; revoked_at: string | null };
type SummaryRow = { id: string; kind: Kind; reference: string; created_at: string; status: Status; payload: string };

const summary = (row: SummaryRow): SubmissionSummary => ({ ...row, payload: JSON.parse(row.payload) });

export class SqliteBackOffice implements BackOfficeStore {
  constructor(
    private readonly db: Database.Database,
    private readonly files: FileStorage,
  ) {}

  private event(id: string, by: string, action: string, from: Status | null, to: Status | null, reason: string | null) {
    this.db
      .prepare(`INSERT INTO submission_events (submission_id, at, staff_email, action, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(id, new Date().toISOString(), by, action, from, to, reason);
  }

  async addStaff(email: string, role: Role, setupHash: string, setupExpiresAt: number, messages: NewMessage[] = []) {
    this.db.transaction(() => {
      const { id } = this.db
        .prepare(`
          INSERT INTO staff (id, email, role, setup_hash, setup_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (email) DO UPDATE SET role = excluded.role, setup_hash = excluded.setup_hash,
            setup_expires_at = excluded.setup_expires_at, revoked_at = NULL, password_hash = NULL
          RETURNING id`)
        .get(randomUUID(), email, role, setupHash, setupExpiresAt, new Date().toISOString()) as { id: string };
      this.db.prepare(`DELETE FROM staff_sessions WHERE staff_id = ?`).run(id);
      queueMessages(this.db, messages);
    }).immediate();
  }

  async completeSetup(setupHash: string, passwordHash: string, now: number) {
    const row = this.db
      .prepare(`
        UPDATE staff SET password_hash = ?, setup_hash = NULL, setup_expires_at = NULL
        WHERE setup_hash = ? AND setup_expires_at > ? AND revoked_at IS NULL RETURNING email`)
      .get(passwordHash, setupHash, now) as { email: string } | undefined;
    return row?.email;
  }

  async staffByEmail(email: string): Promise<StaffMember | undefined> {
    const row = this.db.prepare(`SELECT id, email, role, password_hash, revoked_at FROM staff WHERE email = ?`).get(email) as StaffRow | undefined;
    return row && { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash, revoked: row.revoked_at !== null };
  }

  async listStaff() {
    const rows = this.db.prepare(`SELECT email, role, password_hash IS NOT NULL AS has_password, revoked_at IS NOT NULL AS revoked FROM staff ORDER BY email`).all() as
      { email: string; role: Role; has_password: number; revoked: number }[];
    return rows.map((row) => ({ ...row, has_password: !!row.has_password, revoked: !!row.revoked }));
  }

  async revokeStaff(email: string) {
    return this.db.transaction(() => {
      const row = this.db.prepare(`UPDATE staff SET revoked_at = ?, setup_hash = NULL WHERE email = ? RETURNING id`).get(new Date().toISOString(), email) as
        | { id: string }
        | undefined;
      if (row) this.db.prepare(`DELETE FROM staff_sessions WHERE staff_id = ?`).run(row.id);
      return !!row;
    }).immediate();
  }

  async createSession(idHash: string, staffId: string, csrf: string, expiresAt: number) {
    this.db.prepare(`INSERT INTO staff_sessions (id_hash, staff_id, csrf, expires_at) VALUES (?, ?, ?, ?)`).run(idHash, staffId, csrf, expiresAt);
  }

  async touchSession(idHash: string, now: number, expiresAt: number): Promise<SessionInfo | undefined> {
    const row = this.db
      .prepare(`
        SELECT st.id, st.email, st.role, se.csrf FROM staff_sessions se JOIN staff st ON st.id = se.staff_id
        WHERE se.id_hash = ? AND se.expires_at > ? AND st.revoked_at IS NULL`)
      .get(idHash, now) as { id: string; email: string; role: Role; csrf: string } | undefined;
    if (!row) return undefined;
    this.db.prepare(`UPDATE staff_sessions SET expires_at = ? WHERE id_hash = ?`).run(expiresAt, idHash);
    return { staff: { id: row.id, email: row.email, role: row.role }, csrf: row.csrf };
  }

  async endSession(idHash: string) {
    this.db.prepare(`DELETE FROM staff_sessions WHERE id_hash = ?`).run(idHash);
  }

  async forgetExpiredSessions(now: number) {
    this.db.prepare(`DELETE FROM staff_sessions WHERE expires_at <= ?`).run(now);
  }

  async listSubmissions({ kind, status, q, from, to }: SubmissionFilter) {
    const where: string[] = [];
    const args: string[] = [];
    if (kind) where.push('kind = ?') && args.push(kind);
    // created_at is an ISO timestamp in UTC: days compare as text.
    if (from) where.push('created_at >= ?') && args.push(from);
    if (to) where.push('created_at < ?') && args.push(dayAfter(to));
    if (q) where.push(`(reference LIKE ? ESCAPE '\\' OR payload LIKE ? ESCAPE '\\')`) && args.push(...Array(2).fill(`%${q.replace(/[\\%_]/g, '\\$&')}%`));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counts = emptyCounts();
    for (const row of this.db.prepare(`SELECT status, count(*) AS n FROM submissions ${clause} GROUP BY status`).all(...args) as { status: Status; n: number }[]) {
      counts[row.status] = row.n;
    }
    const rows = this.db
      .prepare(`SELECT id, kind, reference, created_at, status, payload FROM submissions ${clause}${status ? `${clause ? ' AND' : ' WHERE'} status = ?` : ''} ORDER BY created_at DESC`)
      .all(...args, ...(status ? [status] : [])) as SummaryRow[];
    return { rows: rows.map(summary), counts };
  }

  async submission(id: string): Promise<SubmissionDetail | undefined> {
    const row = this.db.prepare(`SELECT id, kind, reference, created_at, status, payload, public_version, in_book FROM submissions WHERE id = ?`).get(id) as
      | (SummaryRow & { public_version: string | null; in_book: number })
      | undefined;
    if (!row) return undefined;
    const { public_version, in_book, ...rest } = row;
    return {
      ...summary(rest),
      in_book: !!in_book,
      files: this.db.prepare(`SELECT id, part, name, type, size FROM files WHERE submission_id = ? ORDER BY part`).all(id) as SubmissionDetail['files'],
      history: this.db
        .prepare(`SELECT at, staff_email AS by, action, from_status AS "from", to_status AS "to", reason FROM submission_events WHERE submission_id = ? ORDER BY id`)
        .all(id) as SubmissionDetail['history'],
      notes: this.db.prepare(`SELECT at, staff_email AS by, text FROM submission_notes WHERE submission_id = ? ORDER BY id`).all(id) as SubmissionDetail['notes'],
      public: public_version === null ? null : JSON.parse(public_version),
    };
  }

  async setStatus(id: string, from: Status, to: Status, by: string, reason: string | null, messages: NewMessage[] = []) {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare(`UPDATE submissions SET status = ?, status_changed_at = ? WHERE id = ? AND status = ?`)
        .run(to, new Date().toISOString(), id, from).changes;
      if (changed !== 1) return false;
      this.event(id, by, 'status', from, to, reason);
      queueMessages(this.db, messages);
      return true;
    }).immediate();
  }

  async addNote(id: string, by: string, text: string) {
    return this.db.transaction(() => {
      if (!this.db.prepare(`SELECT 1 FROM submissions WHERE id = ?`).get(id)) return false;
      this.db.prepare(`INSERT INTO submission_notes (submission_id, at, staff_email, text) VALUES (?, ?, ?, ?)`).run(id, new Date().toISOString(), by, text);
      this.event(id, by, 'note', null, null, null);
      return true;
    }).immediate();
  }

  async savePublic(id: string, version: unknown, by: string, publicParts: string[]) {
    return this.db.transaction(() => {
      if (this.db.prepare(`UPDATE submissions SET public_version = ? WHERE id = ?`).run(JSON.stringify(version), id).changes !== 1) return false;
      const give = this.db.prepare(`UPDATE files SET public_id = ? WHERE submission_id = ? AND part = ? AND public_id IS NULL`);
      for (const part of publicParts) give.run(randomBytes(16).toString('base64url'), id, part);
      this.event(id, by, 'public', null, null, null);
      return true;
    }).immediate();
  }

  async published(kind: Kind): Promise<PublishedRow[]> {
    const rows = this.db
      .prepare(`
        SELECT id, reference, COALESCE(status_changed_at, created_at) AS published_at, public_version FROM submissions
        WHERE kind = ? AND status = 'published' AND public_version IS NOT NULL ORDER BY published_at DESC, reference`)
      .all(kind) as { id: string; reference: string; published_at: string; public_version: string }[];
    const files = this.db.prepare(`SELECT part, public_id FROM files WHERE submission_id = ? AND public_id IS NOT NULL ORDER BY part`);
    return rows.map((row) => ({
      reference: row.reference, published_at: row.published_at, public: JSON.parse(row.public_version),
      files: files.all(row.id) as PublishedRow['files'],
    }));
  }

  async publicFile(publicId: string) {
    const row = this.db
      .prepare(`
        SELECT f.name, f.type, f.stored_name, f.part, s.reference, s.status, s.public_version FROM files f
        JOIN submissions s ON s.id = f.submission_id WHERE f.public_id = ?`)
      .get(publicId) as { name: string; type: string; stored_name: string; part: string; reference: string; status: Status; public_version: string | null } | undefined;
    if (!row) return undefined;
    return {
      file: { name: row.name, type: row.type, part: row.part, reference: row.reference, bytes: await this.files.read(row.stored_name) },
      part: row.part, status: row.status, public: row.public_version === null ? null : JSON.parse(row.public_version),
    };
  }

  async chooseForBook(id: string, inBook: boolean, by: string) {
    return this.db.transaction(() => {
      const marks = BOOK_STATUSES.map(() => '?').join(', ');
      const changed = this.db
        .prepare(`UPDATE submissions SET in_book = ? WHERE id = ? AND kind = 'story' AND status IN (${marks})`)
        .run(inBook ? 1 : 0, id, ...BOOK_STATUSES).changes;
      if (changed !== 1) return false;
      this.event(id, by, inBook ? 'book-in' : 'book-out', null, null, null);
      return true;
    }).immediate();
  }

  async bookStories(): Promise<BookStory[]> {
    const rows = this.db
      .prepare(`
        SELECT id, reference, status, in_book, payload, public_version FROM submissions
        WHERE kind = 'story' AND status IN (${BOOK_STATUSES.map(() => '?').join(', ')}) ORDER BY created_at, reference`)
      .all(...BOOK_STATUSES) as { id: string; reference: string; status: Status; in_book: number; payload: string; public_version: string | null }[];
    const files = this.db.prepare(`SELECT id, part, type FROM files WHERE submission_id = ? ORDER BY part`);
    return rows.map((row) => ({
      id: row.id, reference: row.reference, status: row.status, in_book: !!row.in_book, payload: JSON.parse(row.payload),
      public: row.public_version === null ? null : JSON.parse(row.public_version), files: files.all(row.id) as BookStory['files'],
    }));
  }
}
