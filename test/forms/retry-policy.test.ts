import { expect } from '@open-wc/testing';
import { DEFAULT_RETRY, isRetryable, retryDelay } from '../../src/forms/retry-policy.js';

describe('retry policy', () => {
  it('tries again after no answer, 409 (a key still held by an earlier try), 429 and 503, and not after 400 or 422', () => {
    for (const status of ['network', 'timeout', 409, 429, 503] as const) expect(isRetryable(status), String(status)).to.equal(true);
    for (const status of [400, 403, 413, 415, 422, 500]) expect(isRetryable(status), String(status)).to.equal(false);
  });

  it('waits what Retry-After asks for when it is within the longest wait', () => {
    expect(retryDelay(1, DEFAULT_RETRY, 10_000)).to.equal(10_000);
    expect(retryDelay(1, DEFAULT_RETRY, 60_000)).to.equal(undefined);
    expect(retryDelay(DEFAULT_RETRY.retries + 1, DEFAULT_RETRY, 1000)).to.equal(undefined);
  });
});
