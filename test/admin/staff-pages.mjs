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

/** A page in its own browser context, in `locale`; `page.errors` collects the page's errors. */
export async function newPage(browser, locale = 'en-US') {
  const page = await (await browser.newContext({ locale })).newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  // A 401 is how the page learns it must sign in (and how a revoked member is sent to the sign-in), and
  // the browser's own favicon request may miss: neither is an error of the page.
  page.on('console', (message) => message.type() === 'error' && !/status of 401/.test(message.text()) && !message.location().url.endsWith('/favicon.ico') && page.errors.push(`${message.text()} ${message.location().url}`));
  return page;
}

export const isFocused = (locator) => locator.evaluate((el) => el === el.getRootNode().activeElement);
/** The staff page's row of `email`. */
export const rowOf = (page, email) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: email, exact: true }) });

/** Signs in (in English) on the sign-in page already open in `page`; resolves once the submissions are shown. */
export async function signInOn(page, email, password) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
  return page;
}

/** Sets the password from a set-up link in a page of its own and signs in with it. */
export async function setUpAndSignIn(browser, link, email, password) {
  const page = await newPage(browser);
  await page.goto(link);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Set the password' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  return signInOn(page, email, password);
}

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
