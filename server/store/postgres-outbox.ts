/**
 * The outbox on PostgreSQL (see outbox.ts): its table comes from migration 3 in postgres.ts. Several
 * receiver processes may run workers on one database: `FOR UPDATE SKIP LOCKED` lets each claim rows
 * the others are not claiming, and the lease (on the database's clock) keeps a claimed row from being
 * delivered twice until it runs out.
 */
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { ClaimedMessage, NewMessage, OutboxStore } from './outbox.js';

export const POSTGRES_OUTBOX_MIGRATION = `
  CREATE TABLE outbox (
    id uuid PRIMARY KEY, channel text NOT NULL, body json NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0, next_attempt_at bigint, lease_token text, lease_until bigint,
    last_error text, delivered_at timestamptz
  );
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE next_attempt_at IS NOT NULL;`;

const NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/** Queues messages; called with the client of the transaction of the change they report. */
export async function queueMessages(client: pg.ClientBase, messages: NewMessage[]) {
  for (const m of messages) {
    await client.query(`INSERT INTO outbox (id, channel, body, next_attempt_at) VALUES ($1, $2, $3, ${NOW})`, [randomUUID(), m.channel, JSON.stringify(m.body)]);
  }
}

export class PostgresOutbox implements OutboxStore {
  constructor(private readonly pool: pg.Pool) {}

  async claimDue(limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
    const token = randomUUID();
    const { rows } = await this.pool.query(
      `WITH due AS (
         SELECT id FROM outbox WHERE next_attempt_at <= ${NOW} AND COALESCE(lease_until, 0) <= ${NOW}
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED
       )
       UPDATE outbox o SET lease_token = $1, lease_until = ${NOW} + $2, attempts = o.attempts + 1
       FROM due WHERE o.id = due.id RETURNING o.id, o.channel, o.body, o.attempts`,
      [token, leaseMs, limit],
    );
    return rows.map((row) => ({ ...row, token }));
  }

  async forgetFinished(olderThanMs: number, now = Date.now()) {
    // `now` may be ahead of the database's clock (a test looking into the future): shift by the difference.
    const ahead = Math.max(0, now - Date.now());
    const result = await this.pool.query(
      `DELETE FROM outbox WHERE next_attempt_at IS NULL AND lease_token IS NULL
         AND COALESCE(delivered_at, created_at) <= clock_timestamp() + ($1::bigint - $2::bigint) * interval '1 millisecond'`,
      [ahead, olderThanMs],
    );
    return result.rowCount ?? 0;
  }

  async delivered(id: string, token: string) {
    const result = await this.pool.query(
      `UPDATE outbox SET delivered_at = now(), next_attempt_at = NULL, lease_token = NULL, lease_until = NULL, last_error = NULL
       WHERE id = $1 AND lease_token = $2`,
      [id, token],
    );
    return result.rowCount === 1;
  }

  async failed(id: string, token: string, error: string, retryInMs: number | null) {
    const result = await this.pool.query(
      `UPDATE outbox SET next_attempt_at = CASE WHEN $3::bigint IS NULL THEN NULL ELSE ${NOW} + $3::bigint END, last_error = $4,
         lease_token = NULL, lease_until = NULL
       WHERE id = $1 AND lease_token = $2`,
      [id, token, retryInMs, error.slice(0, 1000)],
    );
    return result.rowCount === 1;
  }
}
