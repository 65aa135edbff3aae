/** The outbox on SQLite (see outbox.ts): its table comes from migration 4 in sqlite.ts. One process owns the file. */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Channel, ClaimedMessage, NewMessage, OutboxStore } from './outbox.js';

// next_attempt_at is NULL once a message is delivered or given up: the index holds only what is pending.
export const SQLITE_OUTBOX_MIGRATION = `
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY, channel TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, lease_token TEXT, lease_until INTEGER,
    last_error TEXT, delivered_at INTEGER
  );
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE next_attempt_at IS NOT NULL;`;

/** Queues messages; called inside the transaction of the change they report. */
export function queueMessages(db: Database.Database, messages: NewMessage[], now = Date.now()) {
  const insert = db.prepare(`INSERT INTO outbox (id, channel, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)`);
  for (const m of messages) insert.run(randomUUID(), m.channel, JSON.stringify(m.body), now, now);
}

export class SqliteOutbox implements OutboxStore {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = {
      claim: db.prepare(`
        UPDATE outbox SET lease_token = @token, lease_until = @now + @leaseMs, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM outbox WHERE next_attempt_at <= @now AND COALESCE(lease_until, 0) <= @now ORDER BY next_attempt_at LIMIT @limit
        ) RETURNING id, channel, body, attempts`),
      delivered: db.prepare(`
        UPDATE outbox SET delivered_at = ?, next_attempt_at = NULL, lease_token = NULL, lease_until = NULL, last_error = NULL
        WHERE id = ? AND lease_token = ?`),
      // Finished (no next attempt, not leased): delivered, or given up — then counted from its creation.
      forget: db.prepare(`
        DELETE FROM outbox WHERE next_attempt_at IS NULL AND lease_token IS NULL AND COALESCE(delivered_at, created_at) <= ?`),
      failed: db.prepare(`
        UPDATE outbox SET next_attempt_at = ?, last_error = ?, lease_token = NULL, lease_until = NULL WHERE id = ? AND lease_token = ?`),
    };
  }

  async claimDue(limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
    const token = randomUUID();
    const rows = this.sql.claim.all({ token, now: Date.now(), leaseMs, limit }) as { id: string; channel: Channel; body: string; attempts: number }[];
    return rows.map((row) => ({ ...row, body: JSON.parse(row.body), token }));
  }

  async delivered(id: string, token: string) {
    return this.sql.delivered.run(Date.now(), id, token).changes === 1;
  }

  async forgetFinished(olderThanMs: number, now = Date.now()) {
    return this.sql.forget.run(now - olderThanMs).changes;
  }

  async failed(id: string, token: string, error: string, retryInMs: number | null) {
    return this.sql.failed.run(retryInMs === null ? null : Date.now() + retryInMs, error.slice(0, 1000), id, token).changes === 1;
  }
}
