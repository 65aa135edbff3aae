import { writeFileSync } from 'node:fs';

// Counts the browser tests: "browser tests: N passed, N failed" (skipped tests counted apart).
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      // Each failure by file and name with its first error line, so the end of a long log says which.
      const failures = [];
      const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 300);
      const walk = (suite, file, names) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else {
            failed++;
            failures.push(`${file}: ${[...names, test.name].join(' > ')}: ${firstLine(test.error)}`);
          }
        }
        for (const child of suite?.suites ?? []) walk(child, file, child.name ? [...names, child.name] : names);
      };
      for (const session of sessions) {
        const file = String(session.testFile ?? '').replace(process.cwd() + '/', '');
        walk(session.testResults, file, []);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          failed++;
          failures.push(`${file}: ${firstLine(session.errors[0])}`);
        }
      }
      // scripts/test.mjs adds these to the receiver's tests for the closing line.
      if (process.env.TEST_COUNT_FILE) writeFileSync(process.env.TEST_COUNT_FILE, JSON.stringify({ passed, failed, skipped, failures }));
      process.on('exit', () => {
        console.log(`browser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      });
    },
  };
}
