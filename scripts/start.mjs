#!/usr/bin/env node
// `npm start`: builds when the sources are newer than dist/, then serves the
// demo pages (demo/ at /, the built files at /dist/) on 127.0.0.1.
// PORT and HOST may be set in the environment.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from './static-server.mjs';

// The demo is served as a careful government site would serve it: with a strict policy.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

const built = 'dist/sister-city-widgets.iife.js';
if (!existsSync(built) || newest('src') > statSync(built).mtimeMs || newest('xliff') > statSync(built).mtimeMs) {
  console.log('Building…');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
const server = await serveStatic({ '/dist/': 'dist', '/': 'demo' }, { host, port, headers: { 'Content-Security-Policy': CSP } });
const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${server.address().port}`;
console.log(`\nDemo pages:
  ${base}/                 the full directory (English)
  ${base}/city.html        one city's own pairings (preset)
  ${base}/ja.html          Japanese (<html lang="ja">, era dates)
  ${base}/fr.html          French (Canada)
  ${base}/theme.html       a partner theme (Sister Cities International)
  ${base}/large.html       2,000 rows with broken ones, classic <script>
Press Ctrl+C to stop.`);
