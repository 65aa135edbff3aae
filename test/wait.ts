/**
 * Waits until `predicate` holds, checking every 25 ms, for as long as a test may run: tests wait for
 * conditions, never for a fixed short time, so that a busy machine (the suite runs beside builds and
 * other suites on two cores) makes a test slow, never red. It gives up a little before the test's own
 * timeout (web-test-runner.config.mjs) so that the failure names what never happened.
 */
export const WAIT_LIMIT_MS = 110_000;

export async function waitUntil(predicate: () => unknown, message = 'the awaited condition never held'): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (await predicate()) return;
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
