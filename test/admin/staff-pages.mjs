// What each staff-pages test starts: the built receiver as `npm start` runs it (`--demo`, a fresh
// DATA_DIR) on the engine this run tests (SQLite, or PostgreSQL + S3 with RECEIVER_ENGINE=postgres),
// and Debian's Chromium; stop() ends them all and removes the data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { processEngine } from '../receiver/engines.mjs';
import { startReceiverProcess } from '../receiver/process.mjs';
import { addStaff } from '../receiver/staff.mjs';

export async function startStaffPages(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'staff-pages-'));
  const engine = await processEngine();
  const receiver = startReceiverProcess({ DATA_DIR: dataDir, ...engine.env, ...env }, ['--demo']);
  const base = await receiver.listening;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    dataDir, engine, receiver, base, browser,
    /** Adds a member with the real CLI against this receiver's store; resolves with their set-up token. */
    addStaff: (email, role) => addStaff({ dataDir, config: { databaseUrl: engine.databaseUrl }, base }, email, role),
    async stop() {
      await browser.close();
      await receiver.stop();
      await engine.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
