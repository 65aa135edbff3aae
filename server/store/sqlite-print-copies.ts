/** The photos' copies for printing on SQLite (the contract is in print-copies.ts). */
import type Database from 'better-sqlite3';
import { BOOK_STATUSES } from './back-office.js';
import { copyOf, type PrintCopiesStore, type PrintCopy, type PrintOutcome } from './print-copies.js';
import type { FileStorage, StoredFile } from './types.js';

export const SQLITE_PRINT_COPIES_MIGRATION = `CREATE TABLE print_copies (
  file_id TEXT PRIMARY KEY REFERENCES files(id), state TEXT NOT NULL, token TEXT, lease_until INTEGER,
  stored_name TEXT, size INTEGER, reason TEXT, detail TEXT, updated_at TEXT NOT NULL
);`;

const marks = BOOK_STATUSES.map(() => '?').join(', ');

export class SqlitePrintCopies implements PrintCopiesStore {
  constructor(
    private readonly db: Database.Database,
    private readonly files: FileStorage,
  ) {
    // One process owns a SQLite file: a conversion still marked as under way at start was cut short by a crash.
    db.prepare(`UPDATE print_copies SET lease_until = 0 WHERE state = 'converting'`).run();
  }

  async waiting() {
    return this.db
      .prepare(`
        SELECT f.id FROM files f JOIN submissions s ON s.id = f.submission_id LEFT JOIN print_copies p ON p.file_id = f.id
        WHERE s.kind = 'story' AND s.in_book = 1 AND s.status IN (${marks}) AND f.type = 'image/heic'
          AND (p.file_id IS NULL OR (p.state = 'converting' AND p.lease_until <= ?))
        ORDER BY s.created_at, f.part`)
      .pluck()
      .all(...BOOK_STATUSES, Date.now()) as string[];
  }

  async claim(fileId: string, token: string, leaseMs: number) {
    const now = Date.now();
    return this.db
      .prepare(`
        INSERT INTO print_copies (file_id, state, token, lease_until, updated_at) VALUES (?, 'converting', ?, ?, ?)
        ON CONFLICT (file_id) DO UPDATE SET token = excluded.token, lease_until = excluded.lease_until, updated_at = excluded.updated_at
        WHERE print_copies.state = 'converting' AND print_copies.lease_until <= ?`)
      .run(fileId, token, now + leaseMs, new Date(now).toISOString(), now).changes === 1;
  }

  async renew(fileId: string, token: string, leaseMs: number) {
    return this.db
      .prepare(`UPDATE print_copies SET lease_until = ? WHERE file_id = ? AND token = ? AND state = 'converting'`)
      .run(Date.now() + leaseMs, fileId, token).changes === 1;
  }

  async finish(fileId: string, token: string, outcome: PrintOutcome) {
    const ready = 'storedName' in outcome;
    return this.db
      .prepare(`
        UPDATE print_copies SET state = ?, stored_name = ?, size = ?, reason = ?, detail = ?, token = NULL, lease_until = NULL, updated_at = ?
        WHERE file_id = ? AND token = ? AND state = 'converting'`)
      .run(
        ready ? 'ready' : 'failed', ready ? outcome.storedName : null, ready ? outcome.size : null, ready ? null : outcome.reason,
        ready ? null : outcome.detail, new Date().toISOString(), fileId, token,
      ).changes === 1;
  }

  async copies(fileIds: readonly string[]) {
    const copies = new Map<string, PrintCopy>();
    const statement = this.db.prepare(`SELECT file_id, state, size, reason, detail FROM print_copies WHERE file_id = ?`);
    for (const id of fileIds) {
      const row = statement.get(id) as Parameters<typeof copyOf>[0] | undefined;
      if (row) copies.set(id, copyOf(row));
    }
    return copies;
  }

  async file(fileId: string): Promise<StoredFile | undefined> {
    const row = this.db
      .prepare(`
        SELECT p.stored_name, f.part, s.reference FROM print_copies p JOIN files f ON f.id = p.file_id JOIN submissions s ON s.id = f.submission_id
        WHERE p.file_id = ? AND p.state = 'ready'`)
      .get(fileId) as { stored_name: string; part: string; reference: string } | undefined;
    if (!row) return undefined;
    return { name: `${row.part}.jpg`, type: 'image/jpeg', part: row.part, reference: row.reference, bytes: await this.files.read(row.stored_name) };
  }
}
