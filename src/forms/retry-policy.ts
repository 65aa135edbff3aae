/**
 * When a failed send is tried again, and after how long. Pure, so the policy
 * can be tested without waiting.
 */

import type { RetryPolicy } from './retry-default.js';

export { DEFAULT_RETRY, type RetryPolicy } from './retry-default.js';

/**
 * Network errors, timeouts, 429 and 503 may be tried again, and 409: the receiver still holds the
 * key of an earlier try (its Retry-After says when that claim runs out); 400, 422 and anything else may not.
 */
export function isRetryable(status: number | 'network' | 'timeout'): boolean {
  return status === 'network' || status === 'timeout' || status === 409 || status === 429 || status === 503;
}

/** Seconds or an HTTP date, as in `Retry-After`; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before try number `attempt` (1 = the first retry): what
 * `Retry-After` asks for, else exponential backoff with full jitter. Undefined
 * means do not try again.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfter: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (attempt > policy.retries) return undefined;
  if (retryAfter !== undefined) return retryAfter <= policy.maxDelay ? retryAfter : undefined;
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
