/**
 * `npm run staff -- add <email> [--role admin|reviewer]` adds a member (or gives one a new link: a reset,
 * their old password and sessions end) and
 * prints a one-time set-up link valid for 72 hours; `npm run staff -- revoke <email>` refuses the
 * member from now on and ends their sessions. Uses the receiver's settings (DATA_DIR, DATABASE_URL…).
 */
import { readConfig } from '../config.js';
import { openStore } from '../store/index.js';
import { isEmail, isRole, issueSetupLink, normaliseEmail } from './accounts.js';
const USAGE = 'Usage: npm run staff -- add <email> [--role admin|reviewer]\n       npm run staff -- revoke <email>';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const [command, rawEmail, ...rest] = process.argv.slice(2);
if (command !== 'add' && command !== 'revoke') fail(command ? `Unknown command: ${command}` : 'Say what to do.');
const email = normaliseEmail(rawEmail ?? '');
if (!isEmail(email)) fail(`Not an email address: ${rawEmail ?? '(none)'}`);
const roleAt = rest.indexOf('--role');
const role = roleAt >= 0 ? rest[roleAt + 1] : 'reviewer';
if (!isRole(role)) fail(`Unknown role: ${role}`);

const config = readConfig();
const store = await openStore(config);
try {
  if (command === 'add') {
    const link = await issueSetupLink(store, email, role, config.publicUrl ?? `http://${config.host}:${config.port}`);
    console.log(`Added ${email} (${role}). Send them this set-up link, valid for 72 hours and usable once:`);
    console.log(`  ${link}`);
  } else if (await store.backOffice.revokeStaff(email)) {
    console.log(`Revoked ${email}: their sessions ended and they can no longer sign in.`);
  } else {
    console.error(`No staff member ${email}.`);
    process.exitCode = 1;
  }
} finally {
  await store.close();
}
