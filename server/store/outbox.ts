/**
 * What the outbox asks of a store. An email or webhook to send is a row written in the same
 * transaction as the change it reports (a stored submission, a status change), so that a reported
 * change is never lost and an unmade change is never reported. The worker (server/outbox/worker.ts)
 * claims due rows under a lease — one process delivers a row at a time — and records the outcome.
 */

export type Channel = 'email' | 'webhook';

/** A message to queue: an email (`{ to, subject, text, html }`) or a webhook (`{ url, payload }`). */
export interface NewMessage {
  channel: Channel;
  body: unknown;
}

export interface ClaimedMessage extends NewMessage {
  id: string;
  /** Attempts so far, this one included. */
  attempts: number;
  /** Proves the lease when the outcome is recorded. */
  token: string;
}

export interface OutboxStore {
  /** Takes up to `limit` due messages for `leaseMs` (a message whose lease ran out is due again). */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedMessage[]>;
  /** Marks a message sent; false when its lease was lost to another worker. */
  delivered(id: string, token: string): Promise<boolean>;
  /** Records a failed attempt: due again after `retryInMs`, or never when it is null (given up). */
  failed(id: string, token: string, error: string, retryInMs: number | null): Promise<boolean>;
  /** Forgets messages delivered or given up more than `olderThanMs` before `now`; returns how many. */
  forgetFinished(olderThanMs: number, now?: number): Promise<number>;
}
