// @web/test-runner in Debian's Chromium (or CHROME_PATH), with the test
// fixture server (test/server/fixtures.mjs) mounted on the same origin.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { fixtureMiddleware } from './test/server/fixtures.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { submissionMiddleware } from './test/server/submissions.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 2,
  // Tests wait for conditions (test/wait.ts), never for a fixed short time: on a busy machine a test may
  // take long, and only a condition that never holds fails it (after 110 s, naming what did not happen).
  testsFinishTimeout: 900_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  hostname: '127.0.0.1',
  middleware: [fixtureMiddleware, submissionMiddleware],
  browsers: [
    playwrightLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 120_000 } },
  reporters: [defaultReporter(), countReporter()],
};
