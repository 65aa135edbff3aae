import { writeFileSync } from 'node:fs';

// Counts the browser tests: "browser tests: N passed, N failed" (skipped tests counted apart).
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      // scripts/test.mjs adds these to the receiver's tests for the closing line.
      if (process.env.TEST_COUNT_FILE) writeFileSync(process.env.TEST_COUNT_FILE, JSON.stringify({ passed, failed, skipped }));
      process.on('exit', () => {
        console.log(`browser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      });
    },
  };
}
