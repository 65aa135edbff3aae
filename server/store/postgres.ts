/**
 * The scale-out engine: submissions, idempotency keys and rate-limit counts in PostgreSQL
 * (node-postgres, a pool), chosen by DATABASE_URL; files in S3-compatible storage when S3_* is
 * set, else in the data folder. Several receiver processes on one database agree because every
 * decision is one statement or one transaction there: a key is claimed by one
 * INSERT … ON CONFLICT DO UPDATE … WHERE (the row lock makes a concurrent claim wait, then see
 * the winner), a submission is stored in one transaction, and the rate-limit count is one upsert.
 * Leases and expiry use the database's clock, so processes on machines with skewed clocks agree.
 * Migrations are numbered, recorded in schema_migrations and run under an advisory lock, so
 * processes starting together migrate once.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { EXTENSIONS } from '../file-verify.js';
import { POSTGRES_BACK_OFFICE_MIGRATION, POSTGRES_BOOK_MIGRATION, PostgresBackOffice } from './postgres-back-office.js';
import { attachDraft, makeSentDraft, POSTGRES_DRAFTS_MIGRATION, PostgresDrafts } from './postgres-drafts.js';
import { POSTGRES_OUTBOX_MIGRATION, PostgresOutbox, queueMessages } from './postgres-outbox.js';
import { POSTGRES_PRINT_COPIES_MIGRATION, PostgresPrintCopies } from './postgres-print-copies.js';
import {
  DEFAULT_TIMES, newReference, type Claim, type FileStorage, type Kind, type SaveInput, type Store, type StoredFile,
  type Receipt, type StoredResponse, type StoreTimes, type SubmissionRow,
} from './types.js';

const MIGRATIONS = [
  `CREATE TABLE idempotency (
     kind text NOT NULL, key text NOT NULL, fingerprint text NOT NULL, status integer, body text,
     created_at timestamptz NOT NULL DEFAULT now(), token text, lease_until bigint, expires_at bigint NOT NULL,
     PRIMARY KEY (kind, key)
   );
   CREATE TABLE submissions (
     id uuid PRIMARY KEY, kind text NOT NULL, reference text NOT NULL UNIQUE,
     idempotency_key text NOT NULL, payload json NOT NULL, created_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE files (
     id uuid PRIMARY KEY, submission_id uuid NOT NULL REFERENCES submissions(id),
     part text NOT NULL, name text NOT NULL, type text NOT NULL, size integer NOT NULL, stored_name text NOT NULL
   );
   CREATE INDEX files_submission ON files (submission_id);
   CREATE TABLE rate_limits (client text PRIMARY KEY, window_start bigint NOT NULL, count integer NOT NULL);`,
  // The back office: each submission's status, history, notes and public version; staff and sessions.
  POSTGRES_BACK_OFFICE_MIGRATION,
  // The outbox: emails and webhooks queued with the change they report.
  POSTGRES_OUTBOX_MIGRATION,
  // The book: which approved stories staff chose for it.
  POSTGRES_BOOK_MIGRATION,
  // Drafts behind private links, and the partner city's side of a story.
  POSTGRES_DRAFTS_MIGRATION,
  // The HEIC photos' JPEG copies for the printed book.
  POSTGRES_PRINT_COPIES_MIGRATION,
];

/** The database's clock in milliseconds. */
const NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
const TAKEABLE = `(idempotency.status IS NULL AND COALESCE(idempotency.lease_until, 0) <= ${NOW}) OR idempotency.expires_at <= ${NOW}`;

const SQL = {
  claim: `
    INSERT INTO idempotency (kind, key, fingerprint, token, lease_until, expires_at)
    VALUES ($1, $2, $3, $4, ${NOW} + $5, ${NOW} + $6)
    ON CONFLICT (kind, key) DO UPDATE SET fingerprint = excluded.fingerprint, created_at = now(), token = excluded.token,
      lease_until = excluded.lease_until, expires_at = excluded.expires_at, status = NULL, body = NULL
    WHERE ${TAKEABLE}`,
  claimAnswered: `
    INSERT INTO idempotency (kind, key, fingerprint, status, body, expires_at)
    VALUES ($1, $2, $3, 201, $4, ${NOW} + $5)
    ON CONFLICT (kind, key) DO UPDATE SET fingerprint = excluded.fingerprint, created_at = now(), token = NULL,
      lease_until = NULL, expires_at = excluded.expires_at, status = 201, body = excluded.body
    WHERE ${TAKEABLE}`,
  answer: `
    UPDATE idempotency SET status = 201, body = $4, token = NULL, lease_until = NULL
    WHERE kind = $1 AND key = $2 AND token = $3 AND status IS NULL AND lease_until > ${NOW}`,
  answerNew: `
    INSERT INTO idempotency (kind, key, fingerprint, status, body, expires_at) VALUES ($1, $2, $3, $4, $5, ${NOW} + $6)
    ON CONFLICT DO NOTHING`,
  key: `SELECT fingerprint, status, body, lease_until - ${NOW} AS lease_left FROM idempotency WHERE kind = $1 AND key = $2`,
  release: `DELETE FROM idempotency WHERE kind = $1 AND key = $2 AND token = $3 AND status IS NULL`,
  submission: `INSERT INTO submissions (id, kind, reference, idempotency_key, payload) VALUES ($1, $2, $3, $4, $5)`,
  file: `INSERT INTO files (id, submission_id, part, name, type, size, stored_name) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
  hit: `
    INSERT INTO rate_limits AS r (client, window_start, count) VALUES ($1, ${NOW}, 1)
    ON CONFLICT (client) DO UPDATE SET
      window_start = CASE WHEN r.window_start <= ${NOW} - $2 THEN ${NOW} ELSE r.window_start END,
      count = CASE WHEN r.window_start <= ${NOW} - $2 THEN 1 ELSE r.count + 1 END
    RETURNING count, r.window_start + $2 - ${NOW} AS left_ms`,
  expire: `DELETE FROM idempotency WHERE (kind, key) IN (SELECT kind, key FROM idempotency WHERE expires_at <= ${NOW} + $1 LIMIT 500)`,
  expireLimits: `DELETE FROM rate_limits WHERE window_start <= ${NOW} - $1`,
  rewriteAnswer: `UPDATE idempotency SET body = $3 WHERE kind = $1 AND key = $2`,
};

type KeyRow = { fingerprint: string; status: number | null; body: string | null; lease_left: string | null };

export class PostgresStore implements Store {
  readonly backOffice: PostgresBackOffice;
  readonly outbox: PostgresOutbox;
  readonly drafts: PostgresDrafts;
  readonly printCopies: PostgresPrintCopies;

  private constructor(
    private readonly pool: pg.Pool,
    readonly files: FileStorage,
    private readonly times: StoreTimes,
  ) {
    this.backOffice = new PostgresBackOffice(pool, files);
    this.outbox = new PostgresOutbox(pool);
    this.drafts = new PostgresDrafts(pool);
    this.printCopies = new PostgresPrintCopies(pool, files);
  }

  /** Connects, runs pending migrations (once, whatever the number of processes starting), and returns the store. */
  static async open(url: string, files: FileStorage, times: Partial<StoreTimes> = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('sister-city-widgets migrations'))`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM schema_migrations`);
      for (let v = rows[0].version ?? 0; v < MIGRATIONS.length; v++) {
        await client.query(MIGRATIONS[v]);
        await client.query(`INSERT INTO schema_migrations (version) VALUES ($1)`, [v + 1]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return new PostgresStore(pool, files, { ...DEFAULT_TIMES, ...times });
  }

  async hit(client: string, limit: number, windowMs: number): Promise<number> {
    if (!Number.isFinite(limit)) return 0;
    const { rows } = await this.pool.query<{ count: number; left_ms: string }>(SQL.hit, [client, windowMs]);
    return rows[0].count > limit ? Math.max(1, Math.ceil(Number(rows[0].left_ms) / 1000)) : 0;
  }

  private async stateOf(db: pg.ClientBase | pg.Pool, kind: Kind, key: string, fingerprint: string): Promise<Exclude<Claim, { state: 'new' }>> {
    const row = (await db.query<KeyRow>(SQL.key, [kind, key])).rows[0];
    if (!row) return { state: 'in-progress', retryAfterMs: 0 };
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status === null) return { state: 'in-progress', retryAfterMs: Math.max(0, Number(row.lease_left ?? 0)) };
    return { state: 'replay', response: { status: row.status, body: JSON.parse(row.body ?? 'null') } };
  }

  async claim(kind: Kind, key: string, fingerprint: string): Promise<Claim> {
    const token = randomUUID();
    const result = await this.pool.query(SQL.claim, [kind, key, fingerprint, token, this.times.leaseMs, this.times.keyTtlMs]);
    return result.rowCount === 1 ? { state: 'new', token } : this.stateOf(this.pool, kind, key, fingerprint);
  }

  async save({ kind, key, fingerprint, token, payload, files, notify, beforeCommit, draftId, draftExpiresAt, sentDraft }: SaveInput) {
    const stored = await Promise.all(files.map(async (file) => ({ ...file, storedName: await this.files.put(file.bytes, EXTENSIONS[file.type]) })));
    beforeCommit?.();
    const id = randomUUID();
    const reference = newReference(kind);
    const body = JSON.stringify({ id, reference, ...(sentDraft ? { invite: true } : {}) });
    const client = await this.pool.connect();
    let outcome: Exclude<Claim, { state: 'new' }> | undefined;
    let invite = false;
    try {
      await client.query('BEGIN');
      const claimed = token
        ? await client.query(SQL.answer, [kind, key, token, body])
        : await client.query(SQL.claimAnswered, [kind, key, fingerprint, body, this.times.keyTtlMs]);
      if (claimed.rowCount !== 1) {
        await client.query('ROLLBACK');
        outcome = await this.stateOf(client, kind, key, fingerprint);
      } else {
        await client.query(SQL.submission, [id, kind, reference, key, JSON.stringify(payload)]);
        for (const file of stored) {
          await client.query(SQL.file, [randomUUID(), id, file.part, file.name, file.type, file.bytes.length, file.storedName]);
        }
        await queueMessages(client, notify?.({ id, reference }) ?? []);
        await attachDraft(client, draftId, id, draftExpiresAt);
        invite = !!sentDraft && (await makeSentDraft(client, kind, id, payload, stored, sentDraft));
        if (sentDraft && !invite) await client.query(SQL.rewriteAnswer, [kind, key, JSON.stringify({ id, reference })]);
        await client.query('COMMIT');
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      await this.files.remove(stored.map((f) => f.storedName));
      throw error;
    } finally {
      client.release();
    }
    if (!outcome) return { id, reference, ...(invite ? { invite: true } : {}) } satisfies Receipt;
    await this.files.remove(stored.map((f) => f.storedName));
    return outcome;
  }

  async release(kind: Kind, key: string, token: string): Promise<void> {
    await this.pool.query(SQL.release, [kind, key, token]);
  }

  async answer(kind: Kind, key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    await this.pool.query(SQL.answerNew, [kind, key, fingerprint, response.status, JSON.stringify(response.body), this.times.keyTtlMs]);
  }

  async list(kind?: Kind): Promise<SubmissionRow[]> {
    const { rows } = await this.pool.query(
      `SELECT s.id, s.kind, s.reference, s.payload, s.created_at,
         COALESCE(json_agg(json_build_object('id', f.id, 'part', f.part, 'name', f.name, 'type', f.type, 'size', f.size)
           ORDER BY f.part) FILTER (WHERE f.id IS NOT NULL), '[]') AS files
       FROM submissions s LEFT JOIN files f ON f.submission_id = s.id
       ${kind ? 'WHERE s.kind = $1' : ''} GROUP BY s.id ORDER BY s.created_at, s.reference`,
      kind ? [kind] : [],
    );
    return rows.map((row) => ({ ...row, created_at: new Date(row.created_at).toISOString() }));
  }

  async file(id: string): Promise<StoredFile | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const { rows } = await this.pool.query(
      `SELECT f.name, f.type, f.stored_name, f.part, s.reference FROM files f JOIN submissions s ON s.id = f.submission_id WHERE f.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { name: row.name, type: row.type, part: row.part, reference: row.reference, bytes: await this.files.read(row.stored_name) };
  }

  async sweep(now = Date.now()): Promise<{ keys: number; files: number }> {
    // `now` may be ahead of the database's clock (a test looking into the future): shift by the difference.
    const ahead = Math.max(0, now - Date.now());
    let keys = 0;
    for (let changes = 1; changes > 0; keys += changes) changes = (await this.pool.query(SQL.expire, [ahead])).rowCount ?? 0;
    await this.pool.query(SQL.expireLimits, [24 * 3600_000]);
    await this.files.remove(await this.drafts.expire(now));
    const names = `SELECT stored_name FROM files UNION ALL SELECT stored_name FROM draft_files
      UNION ALL SELECT stored_name FROM print_copies WHERE stored_name IS NOT NULL`;
    const known = new Set((await this.pool.query<{ stored_name: string }>(names)).rows.map((r) => r.stored_name));
    const files = await this.files.sweep((name) => known.has(name), 2 * this.times.leaseMs, now);
    await this.backOffice.forgetExpiredSessions(now);
    return { keys, files };
  }

  async close(): Promise<void> {
    await this.pool.end();
    this.files.close?.();
  }
}
