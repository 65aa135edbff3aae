/**
 * The photos' copies for printing on PostgreSQL (the contract is in print-copies.ts). Several receivers on
 * one database never convert a photo twice at once: a claim is one INSERT … ON CONFLICT DO UPDATE … WHERE
 * on the photo's row (a concurrent claim waits for the row, then sees the winner's live lease), and leases
 * use the database's clock.
 */
import type pg from 'pg';
import { BOOK_STATUSES } from './back-office.js';
import { isUuid } from './postgres-back-office.js';
import { copyOf, type PrintCopiesStore, type PrintCopy, type PrintOutcome } from './print-copies.js';
import type { FileStorage, StoredFile } from './types.js';

export const POSTGRES_PRINT_COPIES_MIGRATION = `CREATE TABLE print_copies (
  file_id uuid PRIMARY KEY REFERENCES files(id), state text NOT NULL, token text, lease_until bigint,
  stored_name text, size integer, reason text, detail text, updated_at timestamptz NOT NULL DEFAULT now()
);`;

/** The database's clock in milliseconds (as in postgres.ts). */
const NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

export class PostgresPrintCopies implements PrintCopiesStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly files: FileStorage,
  ) {}

  async waiting() {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT f.id FROM files f JOIN submissions s ON s.id = f.submission_id LEFT JOIN print_copies p ON p.file_id = f.id
       WHERE s.kind = 'story' AND s.in_book AND s.status = ANY($1) AND f.type = 'image/heic'
         AND (p.file_id IS NULL OR (p.state = 'converting' AND p.lease_until <= ${NOW}))
       ORDER BY s.created_at, f.part`,
      [BOOK_STATUSES],
    );
    return rows.map((row) => row.id);
  }

  async claim(fileId: string, token: string, leaseMs: number) {
    const { rowCount } = await this.pool.query(
      `INSERT INTO print_copies (file_id, state, token, lease_until) VALUES ($1, 'converting', $2, ${NOW} + $3)
       ON CONFLICT (file_id) DO UPDATE SET token = excluded.token, lease_until = excluded.lease_until, updated_at = now()
       WHERE print_copies.state = 'converting' AND print_copies.lease_until <= ${NOW}`,
      [fileId, token, leaseMs],
    );
    return rowCount === 1;
  }

  async renew(fileId: string, token: string, leaseMs: number) {
    const { rowCount } = await this.pool.query(
      `UPDATE print_copies SET lease_until = ${NOW} + $3 WHERE file_id = $1 AND token = $2 AND state = 'converting'`,
      [fileId, token, leaseMs],
    );
    return rowCount === 1;
  }

  async finish(fileId: string, token: string, outcome: PrintOutcome) {
    const ready = 'storedName' in outcome;
    const { rowCount } = await this.pool.query(
      `UPDATE print_copies SET state = $3, stored_name = $4, size = $5, reason = $6, detail = $7, token = NULL, lease_until = NULL, updated_at = now()
       WHERE file_id = $1 AND token = $2 AND state = 'converting'`,
      [
        fileId, token, ready ? 'ready' : 'failed', ready ? outcome.storedName : null, ready ? outcome.size : null,
        ready ? null : outcome.reason, ready ? null : outcome.detail,
      ],
    );
    return rowCount === 1;
  }

  async copies(fileIds: readonly string[]) {
    const ids = fileIds.filter(isUuid);
    const copies = new Map<string, PrintCopy>();
    if (!ids.length) return copies;
    const { rows } = await this.pool.query(`SELECT file_id, state, size, reason, detail FROM print_copies WHERE file_id = ANY($1::uuid[])`, [ids]);
    for (const row of rows) copies.set(row.file_id, copyOf(row));
    return copies;
  }

  async file(fileId: string): Promise<StoredFile | undefined> {
    if (!isUuid(fileId)) return undefined;
    const { rows } = await this.pool.query<{ stored_name: string; part: string; reference: string }>(
      `SELECT p.stored_name, f.part, s.reference FROM print_copies p JOIN files f ON f.id = p.file_id JOIN submissions s ON s.id = f.submission_id
       WHERE p.file_id = $1 AND p.state = 'ready'`,
      [fileId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { name: `${row.part}.jpg`, type: 'image/jpeg', part: row.part, reference: row.reference, bytes: await this.files.read(row.stored_name) };
  }
}
