// Test-only routes on the test runner's own server (127.0.0.1, a free port,
// stopped with the run): pairing files with chosen content types and statuses,
// generated large CSVs, and pages served with a strict Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { generateCsv } from '../fixtures/generate.mjs';

export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const seenFlakyKeys = new Set();

/** @type {import('koa').Middleware} */
export async function fixtureMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
  if (path.startsWith('/test/embed/') && path.endsWith('.html')) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!path.startsWith('/__fixtures/')) return next();
  const route = path.slice('/__fixtures/'.length);
  if (route === 'status') {
    ctx.status = Number(url.searchParams.get('code') ?? 500);
    ctx.type = 'text/plain';
    ctx.body = 'Server error';
    return;
  }
  if (route === 'flaky') {
    // Fails the first request for each key with 503, then serves the CSV fixture.
    const key = url.searchParams.get('key') ?? '';
    if (!seenFlakyKeys.has(key)) {
      seenFlakyKeys.add(key);
      ctx.status = 503;
      ctx.body = 'Try later';
      return;
    }
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = fixture('pairings.csv');
    return;
  }
  if (route === 'generated.csv') {
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = generateCsv(Number(url.searchParams.get('rows') ?? 2000), Number(url.searchParams.get('bad') ?? 0));
    return;
  }
  if (route === 'file') {
    // /__fixtures/file?name=pairings.csv&type=text/plain&delay=100
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.set('Content-Type', url.searchParams.get('type') ?? 'application/octet-stream');
    ctx.body = fixture((url.searchParams.get('name') ?? 'pairings.csv').replace(/[^\w.-]/g, ''));
    return;
  }
  ctx.status = 404;
}
