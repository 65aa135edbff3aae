/** Drafts on SQLite (see drafts.ts): their tables come from the drafts migration in sqlite.ts. */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { DraftFile, DraftFileRow, DraftRow, DraftSide, DraftsStore, NewDraftFile, SentDraft, SentFile } from './drafts.js';
import type { NewMessage } from './outbox.js';
import { queueMessages } from './sqlite-outbox.js';
import type { Kind } from './types.js';

export const SQLITE_DRAFTS_MIGRATION = `
  CREATE TABLE drafts (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner_hash TEXT NOT NULL UNIQUE, partner_hash TEXT UNIQUE,
    payload TEXT, side TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    owner_revoked_at INTEGER, partner_revoked_at INTEGER, purged_at INTEGER, submission_id TEXT REFERENCES submissions(id)
  );
  CREATE INDEX drafts_unsent ON drafts (expires_at) WHERE submission_id IS NULL AND purged_at IS NULL;
  CREATE INDEX drafts_submission ON drafts (submission_id);
  CREATE TABLE draft_files (
    id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id), side TEXT NOT NULL, path TEXT NOT NULL,
    name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL, stored_name TEXT NOT NULL
  );
  CREATE INDEX draft_files_draft ON draft_files (draft_id);`;

/** Links the draft a submission sends to it, its links working until `expiresAt`; called inside the submission's transaction. */
export function attachDraft(db: Database.Database, draftId: string | undefined, submissionId: string, expiresAt?: number) {
  if (draftId) db.prepare(`UPDATE drafts SET submission_id = ?, expires_at = coalesce(?, expires_at) WHERE id = ? AND submission_id IS NULL`).run(submissionId, expiresAt ?? null, draftId);
}

/** Makes the draft of a story sent without one (drafts.ts `SentDraft`); called inside the submission's transaction. */
export function makeSentDraft(db: Database.Database, kind: Kind, submissionId: string, payload: unknown, files: SentFile[], sent: SentDraft, now: number) {
  const id = randomUUID();
  const made = db
    .prepare(`
      INSERT INTO drafts (id, kind, owner_hash, payload, created_at, expires_at, submission_id)
      SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM drafts WHERE partner_hash = ?) ON CONFLICT DO NOTHING`)
    .run(id, kind, sent.ownerHash, JSON.stringify(payload), now, sent.expiresAt, submissionId, sent.ownerHash).changes === 1;
  if (!made) return false;
  const insert = db.prepare(`INSERT INTO draft_files (id, draft_id, side, path, name, type, size, stored_name) VALUES (?, ?, 'owner', ?, ?, ?, ?, ?)`);
  for (const f of files) if (sent.paths[f.part]) insert.run(randomUUID(), id, sent.paths[f.part], f.name, f.type, f.bytes.length, f.storedName);
  return true;
}

type Row = {
  id: string; kind: Kind; payload: string | null; side: string | null; expires_at: number; partner_hash: string | null;
  owner_revoked_at: number | null; partner_revoked_at: number | null; purged_at: number | null; submission_id: string | null;
  reference: string | null; owner_hash: string;
};

const SELECT = `SELECT d.*, s.reference FROM drafts d LEFT JOIN submissions s ON s.id = d.submission_id`;

export class SqliteDrafts implements DraftsStore {
  constructor(private readonly db: Database.Database) {}

  #row(row: Row | undefined): DraftRow | undefined {
    if (!row) return undefined;
    const files = this.db.prepare(`SELECT id, side, path, name, type, size, stored_name FROM draft_files WHERE draft_id = ? ORDER BY side, path`).all(row.id) as DraftFileRow[];
    return {
      id: row.id, kind: row.kind, payload: JSON.parse(row.payload ?? '{}'), side: row.side ? JSON.parse(row.side) : null,
      expires_at: row.expires_at, invited: row.partner_hash !== null, owner_revoked: row.owner_revoked_at !== null,
      partner_revoked: row.partner_revoked_at !== null, purged: row.purged_at !== null, submission_id: row.submission_id,
      reference: row.reference, files,
    };
  }

  #insertFiles(id: string, side: DraftSide, files: NewDraftFile[]) {
    const insert = this.db.prepare(`INSERT INTO draft_files (id, draft_id, side, path, name, type, size, stored_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const f of files) insert.run(randomUUID(), id, side, f.path, f.name, f.type, f.size, f.stored_name);
  }

  async create(kind: Kind, ownerHash: string, payload: unknown, files: NewDraftFile[], expiresAt: number) {
    const id = randomUUID();
    this.db.transaction(() => {
      this.db.prepare(`INSERT INTO drafts (id, kind, owner_hash, payload, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(id, kind, ownerHash, JSON.stringify(payload), Date.now(), expiresAt);
      this.#insertFiles(id, 'owner', files);
    }).immediate();
    return id;
  }

  async byHash(hash: string) {
    const row = this.db.prepare(`${SELECT} WHERE d.owner_hash = ? OR d.partner_hash = ?`).get(hash, hash) as Row | undefined;
    const draft = this.#row(row);
    return draft && { draft, role: (row!.owner_hash === hash ? 'owner' : 'partner') as DraftSide };
  }

  async update(id: string, side: DraftSide, payload: unknown, files: NewDraftFile[], expiresAt: number) {
    return this.db.transaction(() => {
      const old = this.db.prepare(`SELECT stored_name FROM draft_files WHERE draft_id = ? AND side = ?`).pluck().all(id, side) as string[];
      this.db.prepare(`DELETE FROM draft_files WHERE draft_id = ? AND side = ?`).run(id, side);
      this.db.prepare(`UPDATE drafts SET ${side === 'owner' ? 'payload' : 'side'} = ?, expires_at = ? WHERE id = ?`).run(JSON.stringify(payload), expiresAt, id);
      this.#insertFiles(id, side, files);
      return old;
    }).immediate();
  }

  async invite(id: string, partnerHash: string, expiresAt: number) {
    this.db.prepare(`UPDATE drafts SET partner_hash = ?, partner_revoked_at = NULL, expires_at = ? WHERE id = ?`).run(partnerHash, expiresAt, id);
  }

  async revoke(id: string, side: DraftSide) {
    this.db.prepare(`UPDATE drafts SET ${side === 'owner' ? 'owner_revoked_at' : 'partner_revoked_at'} = ? WHERE id = ?`).run(Date.now(), id);
  }

  async forSubmission(submissionId: string) {
    return this.#row(this.db.prepare(`${SELECT} WHERE d.submission_id = ?`).get(submissionId) as Row | undefined);
  }

  async file(fileId: string) {
    return this.db
      .prepare(`
        SELECT f.id, f.draft_id, f.side, f.path, f.name, f.type, f.size, f.stored_name, d.submission_id, s.reference
        FROM draft_files f JOIN drafts d ON d.id = f.draft_id LEFT JOIN submissions s ON s.id = d.submission_id WHERE f.id = ?`)
      .get(fileId) as DraftFile | undefined;
  }

  async queue(messages: NewMessage[]) {
    queueMessages(this.db, messages);
  }

  async expire(now: number) {
    return this.db.transaction(() => {
      const ids = this.db.prepare(`SELECT id FROM drafts WHERE submission_id IS NULL AND purged_at IS NULL AND expires_at <= ? LIMIT 500`).pluck().all(now) as string[];
      const names: string[] = [];
      for (const id of ids) {
        names.push(...(this.db.prepare(`SELECT stored_name FROM draft_files WHERE draft_id = ?`).pluck().all(id) as string[]));
        this.db.prepare(`DELETE FROM draft_files WHERE draft_id = ?`).run(id);
        this.db.prepare(`UPDATE drafts SET payload = NULL, side = NULL, purged_at = ? WHERE id = ?`).run(now, id);
      }
      // A sent story's links (SENT_EXPIRY in drafts.ts): the copy they showed goes, the story and the partner's side stay.
      const sent = this.db.prepare(`SELECT id FROM drafts WHERE submission_id IS NOT NULL AND purged_at IS NULL AND expires_at <= ? LIMIT 500`).pluck().all(now) as string[];
      for (const id of sent) {
        names.push(...(this.db.prepare(`
          SELECT stored_name FROM draft_files d WHERE draft_id = ? AND side = 'owner'
          AND NOT EXISTS (SELECT 1 FROM files f WHERE f.stored_name = d.stored_name)`).pluck().all(id) as string[]));
        this.db.prepare(`DELETE FROM draft_files WHERE draft_id = ? AND side = 'owner'`).run(id);
        this.db.prepare(`UPDATE drafts SET payload = NULL, purged_at = ? WHERE id = ?`).run(now, id);
      }
      return names;
    }).immediate();
  }
}
