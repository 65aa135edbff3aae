// Starts the built receiver (dist/server/app.js) on 127.0.0.1 with a temporary data
// directory and a free port; everything stops when the test calls stop().
import { serve } from '@hono/node-server';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../dist/server/app.js';
import { readConfig } from '../../dist/server/config.js';
import { postgresMissing, startPostgres, startS3 } from './engines.mjs';
import { openStore } from '../../dist/server/store.js';

/** The engine these tests run on: `RECEIVER_ENGINE=postgres` (scripts/test.mjs runs the suite on both). */
export const ENGINE = process.env.RECEIVER_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
let engines;
/** One PostgreSQL cluster and one S3 server per test process, started on first use, stopped at exit. */
function postgresAndS3() {
  engines ??= (async () => {
    const missing = postgresMissing();
    if (missing) throw new Error(`RECEIVER_ENGINE=postgres, but ${missing}`);
    const [postgres, s3] = await Promise.all([startPostgres(), startS3()]);
    process.once('exit', () => postgres.stop());
    return { postgres, s3 };
  })();
  return engines;
}
const databases = new Map(); // data folder → database, so that a restart on the same folder finds its rows

/**
 * The built receiver on a free port, with the store its settings choose: SQLite in a temporary
 * folder, or on PostgreSQL (a database of its own) with files in S3 when ENGINE is postgres.
 */
export async function startReceiver(overrides = {}, dataDir = mkdtempSync(join(tmpdir(), 'receiver-'))) {
  const config = { ...readConfig({}), dataDir, rateLimit: 1000, exportToken: 'staff-token', ...overrides };
  if (ENGINE === 'postgres') {
    const { postgres, s3 } = await postgresAndS3();
    if (!databases.has(dataDir)) databases.set(dataDir, postgres.createDatabase());
    config.databaseUrl = databases.get(dataDir);
    config.s3 = { ...s3.settings, prefix: `${databases.get(dataDir).split('/').pop()}/` };
  }
  const store = await openStore(config);
  const logs = [];
  const app = createReceiver({ config, store, clientAddress: () => '127.0.0.1', log: (line) => logs.push(line) });
  const server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    config,
    store,
    logs,
    dataDir,
    async stop({ keepData = false } = {}) {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function validStory(overrides = {}) {
  return {
    na_city: { country: 'US', region: 'MN', name: 'Saint Paul' },
    jp_city: { prefecture: 42, name: 'Nagasaki' },
    established: '1955-12-07',
    story: 'Two cities chose friendship after the war.',
    connections: ['friendship'],
    language: 'en',
    dates: [],
    people: [],
    photos: [],
    submitter: { name: 'Jane Doe', email: 'jane@example.org' },
    partner_coauthor: 'no',
    consent: true,
    ...overrides,
  };
}

/** Real files made by Chromium (test/fixtures/files/make.mjs): a PNG, a JPEG, a WebP and a PDF. */
const fixture = (name) => readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url));
export const PNG = fixture('photo.png');
export const JPEG = fixture('photo.jpg');
export const WEBP = fixture('photo.webp');
export const PDF = fixture('pamphlet.pdf');

export function post(base, body, { key = crypto.randomUUID(), origin, path = '/api/stories' } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (key) headers['Idempotency-Key'] = key;
  if (origin) headers.Origin = origin;
  return fetch(base + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body), redirect: 'manual' });
}

export function postWithPhoto(base, story, bytes, { key = crypto.randomUUID(), type = 'image/png', name = 'signing.png' } = {}) {
  const form = new FormData();
  const payload = {
    ...story,
    photos: [{ file: { part: 'photo-0', name, type, size: bytes.length }, caption: 'The signing', credit: 'City archives', permission: true }],
  };
  form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
  form.append('photo-0', new Blob([bytes], { type }), name);
  return fetch(`${base}/api/stories`, { method: 'POST', headers: { 'Idempotency-Key': key }, body: form });
}

export function validRequest(overrides = {}) {
  return {
    direction: 'na-seeking-jp',
    na_community: { country: 'US', region: 'OR', name: 'Bend', level: 'city' },
    population: { count: 102_000, as_of: 2024 },
    area: { value: 85.6, unit: 'sq-mi' },
    geography: 'High desert on the Deschutes River; 3 hours by road from Portland International Airport.',
    activities: 'Outdoor recreation, breweries, a community college.',
    expectations: 'A partner interested in youth exchange and outdoor education.',
    exchanges: ['education-youth', 'sports'],
    contacts: [{ name: 'Sam Lee', title: 'City Manager', organisation: 'City of Bend', email: 'sam@example.gov', phone: '+1 541 555 0100' }],
    submitter: { name: 'Sam Lee', email: 'sam@example.gov' },
    consent: true,
    ...overrides,
  };
}
