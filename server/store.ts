/**
 * Submissions in SQLite, files on disk under generated names, and the
 * idempotency record that makes a repeated send return the first answer.
 */
import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Kind = 'story' | 'request';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type Claim =
  | { state: 'new' }
  | { state: 'replay'; response: StoredResponse }
  | { state: 'in-progress' }
  | { state: 'mismatch' };

export interface IncomingFile {
  part: string;
  name: string;
  type: string;
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

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic', 'application/pdf': 'pdf',
};
// Crockford's base32 without I, L, O, U: easy to read aloud and type.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReference(kind: Kind): string {
  const bytes = randomBytes(8);
  const code = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return `${kind === 'story' ? 'HAJ' : 'REQ'}-${code.slice(0, 4)}-${code.slice(4)}`;
}

export class SubmissionStore {
  readonly db: Database.Database;
  readonly filesDir: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.filesDir = join(dataDir, 'files');
    mkdirSync(this.filesDir, { recursive: true });
    this.db = new Database(join(dataDir, 'submissions.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS idempotency (
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
      );
    `);
  }

  /**
   * Claims an idempotency key for a payload: new, a replay of a finished
   * submission, still being processed, or the same key with another payload.
   * One SQLite statement decides, so concurrent sends with one key claim it once.
   */
  claim(kind: Kind, key: string, fingerprint: string): Claim {
    const inserted = this.db
      .prepare(`INSERT INTO idempotency (kind, key, fingerprint, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`)
      .run(kind, key, fingerprint, new Date().toISOString());
    if (inserted.changes === 1) return { state: 'new' };
    const row = this.db
      .prepare(`SELECT fingerprint, status, body FROM idempotency WHERE kind = ? AND key = ?`)
      .get(kind, key) as { fingerprint: string; status: number | null; body: string | null };
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.status === null) return { state: 'in-progress' };
    return { state: 'replay', response: { status: row.status, body: JSON.parse(row.body ?? 'null') } };
  }

  /** Forgets a claim whose request was refused, so that the corrected payload can be sent. */
  release(kind: Kind, key: string): void {
    this.db.prepare(`DELETE FROM idempotency WHERE kind = ? AND key = ? AND status IS NULL`).run(kind, key);
  }

  /** Remembers the answer for a key without storing a submission (a discarded spam trap). */
  answer(kind: Kind, key: string, response: StoredResponse): void {
    this.db
      .prepare(`UPDATE idempotency SET status = ?, body = ? WHERE kind = ? AND key = ?`)
      .run(response.status, JSON.stringify(response.body), kind, key);
  }

  /** Writes the files, then the submission, its files and the answer for its key in one transaction. */
  save(kind: Kind, key: string, payload: unknown, files: IncomingFile[]): { id: string; reference: string } {
    const id = randomUUID();
    const reference = newReference(kind);
    const stored = files.map((file) => {
      const storedName = `${randomUUID()}.${EXTENSIONS[file.type] ?? 'bin'}`;
      writeFileSync(join(this.filesDir, storedName), file.bytes, { flag: 'wx' });
      return { ...file, id: randomUUID(), storedName };
    });
    const response = { status: 201, body: { id, reference } };
    this.db.transaction(() => {
      this.db
        .prepare(`INSERT INTO submissions (id, kind, reference, idempotency_key, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(id, kind, reference, key, JSON.stringify(payload), new Date().toISOString());
      const insert = this.db.prepare(
        `INSERT INTO files (id, submission_id, part, name, type, size, stored_name) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const file of stored) insert.run(file.id, id, file.part, file.name, file.type, file.bytes.length, file.storedName);
      this.answer(kind, key, response);
    })();
    return { id, reference };
  }

  list(kind?: Kind): SubmissionRow[] {
    const rows = this.db
      .prepare(`SELECT id, kind, reference, payload, created_at FROM submissions ${kind ? 'WHERE kind = ?' : ''} ORDER BY created_at`)
      .all(...(kind ? [kind] : [])) as { id: string; kind: Kind; reference: string; payload: string; created_at: string }[];
    const files = this.db.prepare(`SELECT id, part, name, type, size FROM files WHERE submission_id = ? ORDER BY part`);
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload), files: files.all(row.id) as SubmissionRow['files'] }));
  }

  file(id: string): { name: string; type: string; path: string } | undefined {
    const row = this.db.prepare(`SELECT name, type, stored_name FROM files WHERE id = ?`).get(id) as
      | { name: string; type: string; stored_name: string }
      | undefined;
    return row && { name: row.name, type: row.type, path: join(this.filesDir, row.stored_name) };
  }

  close(): void {
    this.db.close();
  }
}
