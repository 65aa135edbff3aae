/** The back office on PostgreSQL (see back-office.ts): its tables come from migration 2 in postgres.ts. */
import type pg from 'pg';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  BOOK_STATUSES, dayAfter, emptyCounts, type BackOfficeStore, type BookStory, type PublishedRow, type Role, type SessionInfo, type StaffMember, type Status,
  type SubmissionDetail, type SubmissionFilter, type SubmissionSummary,
} from './back-office.js';
import type { NewMessage } from './outbox.js';
import { queueMessages } from './postgres-outbox.js';
import type { FileStorage, Kind } from './types.js';

export const POSTGRES_BACK_OFFICE_MIGRATION = `
  ALTER TABLE submissions ADD COLUMN status text NOT NULL DEFAULT 'received';
  ALTER TABLE submissions ADD COLUMN status_changed_at timestamptz;
  ALTER TABLE submissions ADD COLUMN public_version json;
  CREATE INDEX submissions_kind_status ON submissions (kind, status);
  ALTER TABLE files ADD COLUMN public_id text UNIQUE;
  CREATE TABLE staff (
    id uuid PRIMARY KEY, email text NOT NULL UNIQUE, role text NOT NULL, password_hash text,
    setup_hash text UNIQUE, setup_expires_at bigint, revoked_at timestamptz, created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE staff_sessions (
    id_hash text PRIMARY KEY, staff_id uuid NOT NULL REFERENCES staff(id), csrf text NOT NULL, expires_at bigint NOT NULL
  );
  CREATE TABLE submission_events (
    id bigserial PRIMARY KEY, submission_id uuid NOT NULL REFERENCES submissions(id), at timestamptz NOT NULL DEFAULT now(),
    staff_email text NOT NULL, action text NOT NULL, from_status text, to_status text, reason text
  );
  CREATE INDEX submission_events_submission ON submission_events (submission_id, id);
  CREATE TABLE submission_notes (
    id bigserial PRIMARY KEY, submission_id uuid NOT NULL REFERENCES submissions(id), at timestamptz NOT NULL DEFAULT now(),
    staff_email text NOT NULL, text text NOT NULL
  );`;

/** The book: which approved stories staff chose for it. */
export const POSTGRES_BOOK_MIGRATION = `ALTER TABLE submissions ADD COLUMN in_book boolean NOT NULL DEFAULT false;`;

export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const iso = (value: Date | string) => new Date(value).toISOString();
type SummaryRow = { id: string; kind: Kind; reference: string; created_at: Date; status: Status; payload: unknown };
const summary = (row: SummaryRow): SubmissionSummary => ({ ...row, created_at: iso(row.created_at) });
const EVENT = `INSERT INTO submission_events (submission_id, staff_email, action, from_status, to_status, reason) VALUES ($1, $2, $3, $4, $5, $6)`;

export class PostgresBackOffice implements BackOfficeStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly files: FileStorage,
  ) {}

  /** Runs `work` in one transaction; rolls back when it throws or returns false. */
  private async transaction(work: (client: pg.PoolClient) => Promise<boolean>): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const done = await work(client);
      await client.query(done ? 'COMMIT' : 'ROLLBACK');
      return done;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async addStaff(email: string, role: Role, setupHash: string, setupExpiresAt: number, messages: NewMessage[] = []) {
    await this.transaction(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO staff (id, email, role, setup_hash, setup_expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO UPDATE SET role = excluded.role, setup_hash = excluded.setup_hash,
           setup_expires_at = excluded.setup_expires_at, revoked_at = NULL, password_hash = NULL
         RETURNING id`,
        [randomUUID(), email, role, setupHash, setupExpiresAt],
      );
      await client.query(`DELETE FROM staff_sessions WHERE staff_id = $1`, [rows[0].id]);
      await queueMessages(client, messages);
      return true;
    });
  }

  async completeSetup(setupHash: string, passwordHash: string, now: number) {
    const { rows } = await this.pool.query<{ email: string }>(
      `UPDATE staff SET password_hash = $1, setup_hash = NULL, setup_expires_at = NULL
       WHERE setup_hash = $2 AND setup_expires_at > $3 AND revoked_at IS NULL RETURNING email`,
      [passwordHash, setupHash, now],
    );
    return rows[0]?.email;
  }

  async staffByEmail(email: string): Promise<StaffMember | undefined> {
    const { rows } = await this.pool.query(`SELECT id, email, role, password_hash, revoked_at FROM staff WHERE email = $1`, [email]);
    const row = rows[0];
    return row && { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash, revoked: row.revoked_at !== null };
  }

  async listStaff() {
    const { rows } = await this.pool.query(`SELECT email, role, password_hash IS NOT NULL AS has_password, revoked_at IS NOT NULL AS revoked FROM staff ORDER BY email`);
    return rows;
  }

  async revokeStaff(email: string) {
    return this.transaction(async (client) => {
      const { rows } = await client.query(`UPDATE staff SET revoked_at = now(), setup_hash = NULL WHERE email = $1 RETURNING id`, [email]);
      if (rows[0]) await client.query(`DELETE FROM staff_sessions WHERE staff_id = $1`, [rows[0].id]);
      return rows.length === 1;
    });
  }

  async createSession(idHash: string, staffId: string, csrf: string, expiresAt: number) {
    await this.pool.query(`INSERT INTO staff_sessions (id_hash, staff_id, csrf, expires_at) VALUES ($1, $2, $3, $4)`, [idHash, staffId, csrf, expiresAt]);
  }

  async touchSession(idHash: string, now: number, expiresAt: number): Promise<SessionInfo | undefined> {
    const { rows } = await this.pool.query(
      `UPDATE staff_sessions se SET expires_at = $3 FROM staff st
       WHERE se.id_hash = $1 AND se.expires_at > $2 AND st.id = se.staff_id AND st.revoked_at IS NULL
       RETURNING st.id, st.email, st.role, se.csrf`,
      [idHash, now, expiresAt],
    );
    const row = rows[0];
    return row && { staff: { id: row.id, email: row.email, role: row.role }, csrf: row.csrf };
  }

  async endSession(idHash: string) {
    await this.pool.query(`DELETE FROM staff_sessions WHERE id_hash = $1`, [idHash]);
  }

  async forgetExpiredSessions(now: number) {
    await this.pool.query(`DELETE FROM staff_sessions WHERE expires_at <= $1`, [now]);
  }

  async listSubmissions({ kind, status, q, from, to }: SubmissionFilter) {
    const where: string[] = [];
    const args: string[] = [];
    if (kind) where.push(`kind = $${args.push(kind)}`);
    if (from) where.push(`created_at >= ($${args.push(from)}::date AT TIME ZONE 'UTC')`);
    if (to) where.push(`created_at < ($${args.push(dayAfter(to))}::date AT TIME ZONE 'UTC')`);
    if (q) where.push(`(reference ILIKE $${args.push(`%${q.replace(/[\\%_]/g, '\\$&')}%`)} OR payload::text ILIKE $${args.length})`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counts = emptyCounts();
    for (const row of (await this.pool.query(`SELECT status, count(*)::int AS n FROM submissions ${clause} GROUP BY status`, args)).rows) {
      counts[row.status as Status] = row.n;
    }
    const byStatus = status ? `${clause ? ' AND' : ' WHERE'} status = $${args.length + 1}` : '';
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT id, kind, reference, created_at, status, payload FROM submissions ${clause}${byStatus} ORDER BY created_at DESC`,
      status ? [...args, status] : args,
    );
    return { rows: rows.map(summary), counts };
  }

  async submission(id: string): Promise<SubmissionDetail | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await this.pool.query(`SELECT id, kind, reference, created_at, status, payload, public_version, in_book FROM submissions WHERE id = $1`, [id]);
    if (!rows[0]) return undefined;
    const { public_version, in_book, ...rest } = rows[0];
    const [files, history, notes] = await Promise.all([
      this.pool.query(`SELECT id, part, name, type, size FROM files WHERE submission_id = $1 ORDER BY part`, [id]),
      this.pool.query(`SELECT at, staff_email AS by, action, from_status AS "from", to_status AS "to", reason FROM submission_events WHERE submission_id = $1 ORDER BY id`, [id]),
      this.pool.query(`SELECT at, staff_email AS by, text FROM submission_notes WHERE submission_id = $1 ORDER BY id`, [id]),
    ]);
    return {
      ...summary(rest),
      files: files.rows,
      history: history.rows.map((row) => ({ ...row, at: iso(row.at) })),
      notes: notes.rows.map((row) => ({ ...row, at: iso(row.at) })),
      public: public_version ?? null,
      in_book,
    };
  }

  async setStatus(id: string, from: Status, to: Status, by: string, reason: string | null, messages: NewMessage[] = []) {
    if (!isUuid(id)) return false;
    return this.transaction(async (client) => {
      const changed = await client.query(`UPDATE submissions SET status = $1, status_changed_at = now() WHERE id = $2 AND status = $3`, [to, id, from]);
      if (changed.rowCount !== 1) return false;
      await client.query(EVENT, [id, by, 'status', from, to, reason]);
      await queueMessages(client, messages);
      return true;
    });
  }

  async addNote(id: string, by: string, text: string) {
    if (!isUuid(id)) return false;
    return this.transaction(async (client) => {
      if ((await client.query(`SELECT 1 FROM submissions WHERE id = $1`, [id])).rowCount !== 1) return false;
      await client.query(`INSERT INTO submission_notes (submission_id, staff_email, text) VALUES ($1, $2, $3)`, [id, by, text]);
      await client.query(EVENT, [id, by, 'note', null, null, null]);
      return true;
    });
  }

  async savePublic(id: string, version: unknown, by: string, publicParts: string[]) {
    if (!isUuid(id)) return false;
    return this.transaction(async (client) => {
      if ((await client.query(`UPDATE submissions SET public_version = $1 WHERE id = $2`, [JSON.stringify(version), id])).rowCount !== 1) return false;
      for (const part of publicParts) {
        await client.query(`UPDATE files SET public_id = $1 WHERE submission_id = $2 AND part = $3 AND public_id IS NULL`, [randomBytes(16).toString('base64url'), id, part]);
      }
      await client.query(EVENT, [id, by, 'public', null, null, null]);
      return true;
    });
  }

  async published(kind: Kind): Promise<PublishedRow[]> {
    const { rows } = await this.pool.query(
      `SELECT s.reference, COALESCE(s.status_changed_at, s.created_at) AS published_at, s.public_version,
         COALESCE(json_agg(json_build_object('part', f.part, 'public_id', f.public_id) ORDER BY f.part) FILTER (WHERE f.public_id IS NOT NULL), '[]') AS files
       FROM submissions s LEFT JOIN files f ON f.submission_id = s.id
       WHERE s.kind = $1 AND s.status = 'published' AND s.public_version IS NOT NULL
       GROUP BY s.id ORDER BY published_at DESC, s.reference`,
      [kind],
    );
    return rows.map((row) => ({ reference: row.reference, published_at: iso(row.published_at), public: row.public_version, files: row.files }));
  }

  async publicFile(publicId: string) {
    const { rows } = await this.pool.query(
      `SELECT f.name, f.type, f.stored_name, f.part, s.reference, s.status, s.public_version FROM files f
       JOIN submissions s ON s.id = f.submission_id WHERE f.public_id = $1`,
      [publicId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      file: { name: row.name, type: row.type, part: row.part, reference: row.reference, bytes: await this.files.read(row.stored_name) },
      part: row.part as string, status: row.status as Status, public: row.public_version ?? null,
    };
  }

  async chooseForBook(id: string, inBook: boolean, by: string) {
    if (!isUuid(id)) return false;
    return this.transaction(async (client) => {
      const changed = await client.query(
        `UPDATE submissions SET in_book = $1 WHERE id = $2 AND kind = 'story' AND status = ANY($3)`,
        [inBook, id, BOOK_STATUSES],
      );
      if (changed.rowCount !== 1) return false;
      await client.query(EVENT, [id, by, inBook ? 'book-in' : 'book-out', null, null, null]);
      return true;
    });
  }

  async bookStories(): Promise<BookStory[]> {
    const { rows } = await this.pool.query(
      `SELECT s.id, s.reference, s.status, s.in_book, s.payload, s.public_version,
         COALESCE(json_agg(json_build_object('id', f.id, 'part', f.part, 'type', f.type) ORDER BY f.part) FILTER (WHERE f.id IS NOT NULL), '[]') AS files
       FROM submissions s LEFT JOIN files f ON f.submission_id = s.id
       WHERE s.kind = 'story' AND s.status = ANY($1)
       GROUP BY s.id ORDER BY s.created_at, s.reference`,
      [BOOK_STATUSES],
    );
    return rows.map((row) => ({
      id: row.id, reference: row.reference, status: row.status, in_book: row.in_book, payload: row.payload, public: row.public_version ?? null, files: row.files,
    }));
  }
}
