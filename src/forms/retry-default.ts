/**
 * How often and how patiently a failed send is tried again, by default: the form's `retry` property
 * starts as this on its first screen, while the policy itself (retry-policy.ts) loads with sending.
 */

export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** First backoff in ms; doubled each time, with full jitter. */
  baseDelay: number;
  /** No single wait is longer than this (a longer Retry-After is not waited for: the send fails). */
  maxDelay: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelay: 500, maxDelay: 30_000 };
