/**
 * Runs the receiver on Node: `node dist/server/main.js [--demo]`. With --demo it
 * also serves the demo pages and the built widgets (what `npm start` does).
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createReceiver } from './app.js';
import { readConfig } from './config.js';
import { OutboxWorker } from './outbox/worker.js';
import { openStore } from './store/index.js';
import { seedRequests } from './demo/seed-requests.js';
import { seedStories } from './demo/seed-stories.js';

// The demo is served as a careful government site would serve it: with a strict policy.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

const demo = process.argv.includes('--demo');
const config = readConfig();
if (demo) config.pairingsFile ??= 'demo/data/pairings.csv';
const generatedToken = !config.exportToken && demo;
if (generatedToken) config.exportToken = randomBytes(18).toString('base64url');

const store = await openStore(config);
if (demo) await seedStories(store); // published origin stories for the reader and the directory's links
if (demo) await seedRequests(store); // published partner requests for the board
// Expired keys and orphaned files (from a crash between writing a file and its commit): at start, then regularly.
// Delivered or given-up emails and webhooks (they hold personal data) after OUTBOX_KEEP_DAYS too.
const sweep = () =>
  Promise.all([store.sweep(), store.outbox.forgetFinished(config.outbox.keepMs)]).catch((error) => console.error(`sweep failed: ${error}`));
void sweep();
setInterval(sweep, config.sweepMs).unref();
// Emails and webhooks queued with the changes they report, delivered in the background.
const outbox = new OutboxWorker(store.outbox, config.outbox, (line) => console.error(line));
outbox.start();
const app = createReceiver({
  config,
  store,
  clientAddress: (c) =>
    (config.trustProxy && c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()) || getConnInfo(c).remote.address || 'unknown',
  log: (line) => console.log(line),
});

if (demo) {
  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.res.headers.set('Content-Security-Policy', CSP);
  });
  app.get('/dist/*', serveStatic({ root: '.' }));
  app.get('/*', serveStatic({ root: 'demo' }));
  if (!existsSync('dist/sister-city-widgets.js')) console.warn('dist/ is missing: run npm run build');
}

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const base = `http://${config.host}:${info.port}`;
  console.log(`Receiver listening on ${base}`);
  console.log(`  storing in ${config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.dataDir})`}, files in ${config.s3 ? `the S3 bucket ${config.s3.bucket}` : `${config.dataDir}/files`}`);
  console.log(`  POST ${base}${config.storiesPath}   story submissions`);
  console.log(`  POST ${base}${config.requestsPath}   partner requests`);
  if (config.pairingsFile) console.log(`  GET  ${base}/api/pairings.${config.pairingsFile.split('.').pop()}   pairings feed`);
  console.log(`  ${base}/admin/api/…   the back office (staff sign in). Add the first staff member with:`);
  console.log(`       npm run staff -- add you@example.org --role admin   (prints a one-time set-up link)`);
  const { smtpUrl, staffEmails, webhookUrls, webhookSecret } = config.outbox;
  console.log(`  emails: ${smtpUrl ? `through ${new URL(smtpUrl).host}, staff told: ${staffEmails.join(', ') || 'nobody (STAFF_EMAILS)'}` : 'off (set SMTP_URL)'}; webhooks: ${webhookUrls.length && webhookSecret ? webhookUrls.length : webhookUrls.length ? 'off (set WEBHOOK_SECRET)' : 'none'}`);
  if (config.exportToken) {
    console.log(`  GET  ${base}/admin/submissions.json | .csv   export for scripts (Authorization: Bearer <token>)`);
    if (generatedToken) console.log(`       token for this run: ${config.exportToken}`);
  }
  if (demo) {
    console.log(`\nDemo pages:
  ${base}/                 the full directory (English)
  ${base}/city.html        one city's own pairings (preset)
  ${base}/ja.html          Japanese (<html lang="ja">, era dates)
  ${base}/fr.html          French (Canada)
  ${base}/theme.html       a partner theme (Sister Cities International)
  ${base}/large.html       2,000 rows with broken ones, classic <script>
  ${base}/story.html       the Hajimari story form (sends to this receiver)
  ${base}/story-ja.html    the story form in Japanese
  ${base}/story-fr.html    the story form in French (Canada)
  ${base}/stories.html     the published origin stories (seeded: Saint Paul–Nagasaki and two more)
  ${base}/stories-ja.html  the stories in Japanese (also stories-fr.html)
  ${base}/request.html     the partner request form (CLAIR/JLGC; also request-ja.html)
  ${base}/requests.html    the open partner-requests board, with matching (seeded; also -ja, -fr)
  ${base}/admin            the staff pages: review, publish, coverage, the book, staff (admins)
Press Ctrl+C to stop.`);
  }
});

const stop = () => {
  server.close();
  void outbox.stop().then(() => store.close()).finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
