#!/usr/bin/env node
// `npm test`: type-check, check that every message is translated, build (the
// embedding and end-to-end tests load the built files), check the size budgets,
// then every test: the widgets in Chromium (@web/test-runner), the receiver over
// real HTTP and the packed package in fixture apps (node:test). Ends with one
// closing line, "N passed, N failed", for both.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

try {
  run('node_modules/.bin/tsc', ['-p', '.']);
  run('node', ['scripts/check-translations.mjs']);
  run('node', ['scripts/build.mjs']);
  run('node', ['scripts/size.mjs', '--check']);
} catch (error) {
  console.log('0 passed, 1 failed');
  process.exit(typeof error.status === 'number' && error.status ? error.status : 1);
}

const dir = mkdtempSync(join(tmpdir(), 'test-count-'));
const countFile = join(dir, 'browser.json');
const browser = spawnSync('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_COUNT_FILE: countFile },
});
let counts = { passed: 0, failed: 1 };
try {
  counts = JSON.parse(readFileSync(countFile, 'utf8'));
} catch {
  // the runner did not get as far as counting: one failure
}

const nodeTest = (name, files, env = {}) =>
  spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${join(dir, `${name}.tap`)}`, ...files], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
// The receiver on SQLite (and the crash and end-to-end tests), the staff pages, the package in consumers.
const nodeFiles = ['test/receiver/', 'test/admin/admin.test.mjs', 'test/admin/book.test.mjs', 'test/admin/book-photos.test.mjs', 'test/admin/staff.test.mjs', 'test/admin/staff-email.test.mjs', 'test/drafts/drafts.test.mjs', 'test/drafts/expired-link.test.mjs', 'test/drafts/sent-invite-languages.test.mjs', 'test/drafts/sent-link-expiry.test.mjs', 'test/consumers/manifest.test.mjs', 'test/ssr/ssr.test.mjs', 'test/package/package.test.mjs', 'test/consumers/consumers.test.mjs'];
// Every node test file is in that list (test/receiver/ whole): a new file left out would never run in CI.
const unlisted = readdirSync('test', { recursive: true })
  .map((file) => `test/${file}`)
  .filter((file) => file.endsWith('.test.mjs') && !file.startsWith('test/receiver/') && !nodeFiles.includes(file));
const results = [['receiver', nodeTest('receiver', nodeFiles)]];
// The receiver's suites and the staff pages in Chromium again on PostgreSQL with files in S3, and two
// processes on one database.
// Without PostgreSQL a developer is told it was skipped; CI (CI=true) never skips it.
const postgres = ['/usr/lib/postgresql'].some((dir) => existsSync(dir));
if (postgres || process.env.CI) {
  results.push(['postgres', nodeTest('postgres', [
    'test/receiver/receiver.test.mjs', 'test/receiver/hostile.test.mjs', 'test/receiver/back-office.test.mjs', 'test/receiver/workflow.test.mjs', 'test/receiver/outbox.test.mjs',
    'test/receiver/book.test.mjs', 'test/receiver/book-heic.test.mjs',
    'test/receiver/drafts.test.mjs', 'test/receiver/sent-link-expiry.test.mjs',
    'test/receiver/staff-email.test.mjs',
    'test/admin/admin.test.mjs', 'test/admin/book.test.mjs', 'test/admin/book-photos.test.mjs', 'test/admin/staff.test.mjs',
    'test/admin/staff-email.test.mjs',
    'test/drafts/expired-link.test.mjs', 'test/drafts/sent-invite-languages.test.mjs', 'test/drafts/sent-link-expiry.test.mjs',
    'test/receiver/scale-out.pg.mjs', 'test/receiver/scale-out-forms.pg.mjs',
  ], { RECEIVER_ENGINE: 'postgres' })]);
} else {
  console.log('PostgreSQL tests skipped: PostgreSQL is not installed here (apt-get install postgresql; .ci/run installs it).');
}
const taps = results.map(([name]) => {
  try {
    return readFileSync(join(dir, `${name}.tap`), 'utf8');
  } catch {
    return '';
  }
});
rmSync(dir, { recursive: true, force: true });
// The node tests that failed, by name with their first error line (TAP's "not ok" lines, leaving out the
// suites that failed only because a test inside them did).
const tapFailures = (tap) => {
  const found = [];
  const lines = tap.split('\n');
  lines.forEach((line, index) => {
    const match = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!match) return;
    const yaml = [];
    for (let next = index + 1; next < lines.length && !/^\s*\.\.\.$/.test(lines[next]); next++) yaml.push(lines[next].trim());
    if (yaml.some((entry) => entry === "failureType: 'subtestsFailed'")) return;
    const file = /^location: '([^:']+)/.exec(yaml.find((entry) => entry.startsWith('location:')) ?? '')?.[1]?.replace(process.cwd() + '/', '');
    const error = (yaml.find((entry) => entry.startsWith('error:')) ?? '').replace(/^error: /, '').slice(0, 300);
    found.push(`${file ?? '?'}: ${match[2]}: ${error}`);
  });
  return found;
};
const failures = [
  ...unlisted.map((file) => `${file}: not run (add it to scripts/test.mjs)`),
  ...(counts.failures ?? []).map((failure) => `browser ${failure}`),
  ...results.flatMap(([name], index) => tapFailures(taps[index]).map((failure) => `${name} ${failure}`)),
];
const count = (name) => taps.reduce((sum, tap) => sum + Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0), 0);
const nodeFailed = results.some(([, result]) => result.status !== 0);
const passed = counts.passed + count('pass');
const failed = unlisted.length + counts.failed + count('fail') + count('cancelled') + (nodeFailed && count('fail') === 0 ? 1 : 0);
if (failures.length) console.log(`Failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(browser.status !== 0 || nodeFailed || unlisted.length ? 1 : 0);
