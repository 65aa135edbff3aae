#!/usr/bin/env node
// `npm test`: type-check, build (the embedding tests load the built files),
// check the size budgets, then every test in Chromium.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

try {
  run('node_modules/.bin/tsc', ['-p', '.']);
  run('node', ['scripts/build.mjs']);
  run('node', ['scripts/size.mjs', '--check']);
  run('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
