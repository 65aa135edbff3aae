/** Drafts on PostgreSQL (see drafts.ts): their tables come from the drafts migration in postgres.ts. */
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { DraftFile, DraftFileRow, DraftRow, DraftSide, DraftsStore, NewDraftFile, SentDraft, SentFile } from './drafts.js';
import type { NewMessage } from './outbox.js';
import { queueMessages } from './postgres-outbox.js';
import type { Kind } from './types.js';

export const POSTGRES_DRAFTS_MIGRATION = `
  CREATE TABLE drafts (
    id uuid PRIMARY KEY, kind text NOT NULL, owner_hash text NOT NULL UNIQUE, partner_hash text UNIQUE,
    payload json, side json, created_at timestamptz NOT NULL DEFAULT now(), expires_at bigint NOT NULL,
    owner_revoked_at bigint, partner_revoked_at bigint, purged_at bigint, submission_id uuid REFERENCES submissions(id)
  );
  CREATE INDEX drafts_unsent ON drafts (expires_at) WHERE submission_id IS NULL AND purged_at IS NULL;
  CREATE INDEX drafts_submission ON drafts (submission_id);
  CREATE TABLE draft_files (
    id uuid PRIMARY KEY, draft_id uuid NOT NULL REFERENCES drafts(id), side text NOT NULL, path text NOT NULL,
    name text NOT NULL, type text NOT NULL, size integer NOT NULL, stored_name text NOT NULL
  );
  CREATE INDEX draft_files_draft ON draft_files (draft_id);`;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Links the draft a submission sends to it, its links working until `expiresAt`; called with the client of the submission's transaction. */
export async function attachDraft(client: pg.ClientBase, draftId: string | undefined, submissionId: string, expiresAt?: number) {
  if (draftId) await client.query(`UPDATE drafts SET submission_id = $1, expires_at = coalesce($3::bigint, expires_at) WHERE id = $2 AND submission_id IS NULL`, [submissionId, draftId, expiresAt ?? null]);
}

/** Makes the draft of a story sent without one (drafts.ts `SentDraft`); called with the client of the submission's transaction. */
export async function makeSentDraft(client: pg.ClientBase, kind: Kind, submissionId: string, payload: unknown, files: SentFile[], sent: SentDraft) {
  const id = randomUUID();
  const made = await client.query(
    `INSERT INTO drafts (id, kind, owner_hash, payload, expires_at, submission_id)
     SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM drafts WHERE partner_hash = $3) ON CONFLICT DO NOTHING`,
    [id, kind, sent.ownerHash, JSON.stringify(payload), sent.expiresAt, submissionId],
  );
  if (made.rowCount !== 1) return false;
  for (const f of files) {
    if (!sent.paths[f.part]) continue;
    await client.query(
      `INSERT INTO draft_files (id, draft_id, side, path, name, type, size, stored_name) VALUES ($1, $2, 'owner', $3, $4, $5, $6, $7)`,
      [randomUUID(), id, sent.paths[f.part], f.name, f.type, f.bytes.length, f.storedName],
    );
  }
  return true;
}

type Row = {
  id: string; kind: Kind; payload: unknown; side: unknown; expires_at: string; partner_hash: string | null; owner_hash: string;
  owner_revoked_at: string | null; partner_revoked_at: string | null; purged_at: string | null; submission_id: string | null; reference: string | null;
};

const SELECT = `SELECT d.*, s.reference FROM drafts d LEFT JOIN submissions s ON s.id = d.submission_id`;
const FILES = `SELECT id, side, path, name, type, size, stored_name FROM draft_files WHERE draft_id = $1 ORDER BY side, path`;

export class PostgresDrafts implements DraftsStore {
  constructor(private readonly pool: pg.Pool) {}

  async #row(row: Row | undefined): Promise<DraftRow | undefined> {
    if (!row) return undefined;
    const files = (await this.pool.query<DraftFileRow>(FILES, [row.id])).rows;
    return {
      id: row.id, kind: row.kind, payload: row.payload ?? {}, side: row.side ?? null, expires_at: Number(row.expires_at),
      invited: row.partner_hash !== null, owner_revoked: row.owner_revoked_at !== null, partner_revoked: row.partner_revoked_at !== null,
      purged: row.purged_at !== null, submission_id: row.submission_id, reference: row.reference, files,
    };
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async #insertFiles(client: pg.ClientBase, id: string, side: DraftSide, files: NewDraftFile[]) {
    for (const f of files) {
      await client.query(
        `INSERT INTO draft_files (id, draft_id, side, path, name, type, size, stored_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [randomUUID(), id, side, f.path, f.name, f.type, f.size, f.stored_name],
      );
    }
  }

  async create(kind: Kind, ownerHash: string, payload: unknown, files: NewDraftFile[], expiresAt: number) {
    const id = randomUUID();
    await this.#transaction(async (client) => {
      await client.query(`INSERT INTO drafts (id, kind, owner_hash, payload, expires_at) VALUES ($1, $2, $3, $4, $5)`, [id, kind, ownerHash, JSON.stringify(payload), expiresAt]);
      await this.#insertFiles(client, id, 'owner', files);
    });
    return id;
  }

  async byHash(hash: string) {
    const row = (await this.pool.query<Row>(`${SELECT} WHERE d.owner_hash = $1 OR d.partner_hash = $1`, [hash])).rows[0];
    const draft = await this.#row(row);
    return draft && { draft, role: (row.owner_hash === hash ? 'owner' : 'partner') as DraftSide };
  }

  async update(id: string, side: DraftSide, payload: unknown, files: NewDraftFile[], expiresAt: number) {
    return this.#transaction(async (client) => {
      // The draft's row first: two saves of one draft take turns.
      await client.query(`SELECT 1 FROM drafts WHERE id = $1 FOR UPDATE`, [id]);
      const old = (await client.query<{ stored_name: string }>(`DELETE FROM draft_files WHERE draft_id = $1 AND side = $2 RETURNING stored_name`, [id, side])).rows;
      await client.query(`UPDATE drafts SET ${side === 'owner' ? 'payload' : 'side'} = $1, expires_at = $2 WHERE id = $3`, [JSON.stringify(payload), expiresAt, id]);
      await this.#insertFiles(client, id, side, files);
      return old.map((r) => r.stored_name);
    });
  }

  async invite(id: string, partnerHash: string, expiresAt: number) {
    await this.pool.query(`UPDATE drafts SET partner_hash = $1, partner_revoked_at = NULL, expires_at = $2 WHERE id = $3`, [partnerHash, expiresAt, id]);
  }

  async revoke(id: string, side: DraftSide) {
    await this.pool.query(`UPDATE drafts SET ${side === 'owner' ? 'owner_revoked_at' : 'partner_revoked_at'} = $1 WHERE id = $2`, [Date.now(), id]);
  }

  async forSubmission(submissionId: string) {
    if (!isUuid(submissionId)) return undefined;
    return this.#row((await this.pool.query<Row>(`${SELECT} WHERE d.submission_id = $1`, [submissionId])).rows[0]);
  }

  async file(fileId: string) {
    if (!isUuid(fileId)) return undefined;
    const { rows } = await this.pool.query<DraftFile>(
      `SELECT f.id, f.draft_id, f.side, f.path, f.name, f.type, f.size, f.stored_name, d.submission_id, s.reference
       FROM draft_files f JOIN drafts d ON d.id = f.draft_id LEFT JOIN submissions s ON s.id = d.submission_id WHERE f.id = $1`,
      [fileId],
    );
    return rows[0];
  }

  async queue(messages: NewMessage[]) {
    await queueMessages(this.pool as unknown as pg.ClientBase, messages);
  }

  async expire(now: number) {
    return this.#transaction(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `UPDATE drafts SET payload = NULL, side = NULL, purged_at = $1
         WHERE id IN (SELECT id FROM drafts WHERE submission_id IS NULL AND purged_at IS NULL AND expires_at <= $1 LIMIT 500 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [now],
      );
      const files = await client.query<{ stored_name: string }>(`DELETE FROM draft_files WHERE draft_id = ANY($1::uuid[]) RETURNING stored_name`, [rows.map((r) => r.id)]);
      // A sent story's links (SENT_EXPIRY in drafts.ts): the copy they showed goes, the story and the partner's side stay.
      const sent = await client.query<{ id: string }>(
        `UPDATE drafts SET payload = NULL, purged_at = $1
         WHERE id IN (SELECT id FROM drafts WHERE submission_id IS NOT NULL AND purged_at IS NULL AND expires_at <= $1 LIMIT 500 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [now],
      );
      const copies = await client.query<{ stored_name: string; shared: boolean }>(
        `DELETE FROM draft_files d WHERE draft_id = ANY($1::uuid[]) AND side = 'owner'
         RETURNING stored_name, EXISTS (SELECT 1 FROM files f WHERE f.stored_name = d.stored_name) AS shared`,
        [sent.rows.map((r) => r.id)],
      );
      return [...files.rows, ...copies.rows.filter((r) => !r.shared)].map((r) => r.stored_name);
    });
  }
}
