#!/usr/bin/env node
// `npm run bench:receiver`: story submissions per second through the receiver
// (validation, idempotency claim, SQLite), against Hono's bare handler in the
// same run, on 127.0.0.1. Figures are reported, never asserted.
import { serve } from '@hono/node-server';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';

if (!existsSync('dist/server/app.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const { createReceiver } = await import('../dist/server/app.js');
const { readConfig } = await import('../dist/server/config.js');
const { SubmissionStore } = await import('../dist/server/store.js');

const total = Number(process.argv[process.argv.indexOf('--requests') + 1]) || 3000;
const concurrency = Number(process.argv[process.argv.indexOf('--concurrency') + 1]) || 16;
const story = JSON.stringify({
  na_city: { country: 'US', region: 'MN', name: 'Saint Paul' },
  jp_city: { prefecture: 42, name: 'Nagasaki' },
  established: '1955-12-07',
  story: 'Two cities chose friendship after the war. '.repeat(20),
  connections: ['friendship', 'education'],
  language: 'en',
  dates: [{ date: '1955-12', event: 'Agreement signed' }],
  people: [{ family_name: 'Dillon', given_name: 'Joseph', role: 'Mayor', side: 'na' }],
  photos: [],
  submitter: { name: 'Jane Doe', email: 'jane@example.org' },
  partner_coauthor: 'no',
  consent: true,
});

const listen = (app) =>
  new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(server));
  });

async function load(url) {
  let next = 0;
  const started = performance.now();
  const statuses = new Map();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: story,
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: Math.round(total / seconds), seconds: seconds.toFixed(2), statuses: Object.fromEntries(statuses) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-receiver-'));
const store = new SubmissionStore(dataDir);
const receiver = await listen(createReceiver({ config: { ...readConfig({}), dataDir, rateLimit: Infinity }, store }));
const bare = new Hono();
bare.post('/', async (c) => c.json({ id: '1', reference: 'HAJ', received: (await c.req.text()).length }, 201));
const bareServer = await listen(bare);
try {
  await load(`http://127.0.0.1:${bareServer.address().port}/`); // warm-up
  const bareResult = await load(`http://127.0.0.1:${bareServer.address().port}/`);
  const receiverResult = await load(`http://127.0.0.1:${receiver.address().port}/api/stories`);
  console.log(`${total} JSON story submissions, ${concurrency} at a time, client and server in one Node process:`);
  console.log(`  Hono bare handler      ${String(bareResult.perSecond).padStart(6)} /s  (${bareResult.seconds} s) ${JSON.stringify(bareResult.statuses)}`);
  console.log(`  receiver (stored)      ${String(receiverResult.perSecond).padStart(6)} /s  (${receiverResult.seconds} s) ${JSON.stringify(receiverResult.statuses)}`);
  console.log(`  rows in SQLite: ${store.list().length}`);
} finally {
  receiver.close();
  bareServer.close();
  store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
