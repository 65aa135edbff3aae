// One server for `npm run bench:receiver`, in its own process: `floor`, `hono` or `receiver`.
// Tells the parent its port, and its own CPU time (user + system) whenever asked.
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import * as z from 'zod/mini';

// `receiver` runs on PostgreSQL when BENCH_DATABASE_URL is set.
const [mode, dataDir] = process.argv.slice(2);

async function start() {
  if (mode === 'floor') {
    // The essential work, by hand: read the body, JSON.parse, check it with the same schema,
    // one prepared INSERT into SQLite in WAL mode with the default synchronous=FULL (as the receiver).
    const { storySchema } = await import('../dist/npm/schema.js');
    const db = new Database(join(dataDir, 'floor.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE submissions (id TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE, payload TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO submissions (id, idempotency_key, payload) VALUES (?, ?, ?)');
    const server = createServer((req, res) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const result = z.safeParse(storySchema, JSON.parse(Buffer.concat(chunks).toString()));
        if (!result.success) {
          res.writeHead(422).end();
          return;
        }
        const id = randomUUID();
        insert.run(id, req.headers['idempotency-key'], JSON.stringify(result.data));
        res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id }));
      });
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  }
  let app;
  if (mode === 'hono') {
    app = new Hono();
    app.post('/', async (c) => c.json({ id: '1', reference: 'HAJ', received: (await c.req.text()).length }, 201));
  } else {
    const { createReceiver } = await import('../dist/server/app.js');
    const { readConfig } = await import('../dist/server/config.js');
    const stores = await import('../dist/server/store.js');
    const config = { ...readConfig({}), dataDir, rateLimit: Infinity, databaseUrl: process.env.BENCH_DATABASE_URL };
    // SubmissionStore: the receiver before its store interface, for before/after figures.
    const store = stores.openStore ? await stores.openStore(config) : new stores.SubmissionStore(dataDir);
    app = createReceiver({ config, store });
  }
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(server.address().port));
  });
}

process.send({ port: await start() });
process.on('SIGINT', () => process.exit(0));
process.on('message', () => {
  const { user, system } = process.cpuUsage();
  process.send({ cpuMicros: user + system });
});
