/**
 * The reference receiver as a web-standard handler (Hono: Request in,
 * Response out), so the same app could run on a serverless or edge platform
 * with another store. It validates with the widgets' own zod schemas.
 * Routes: submissions (submit.ts), the export for scripts (admin.ts), the pairings feed, and the
 * back office: staff accounts (staff/), the review workflow (workflow/), public versions and feeds (publish/),
 * coverage of the pairings file and the book (book/).
 */
import { readFile } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { adminRoutes } from './admin.js';
import { adminPages } from './admin-pages.js';
import { bookRoutes } from './book/routes.js';
import { header } from './headers.js';
import type { ReceiverConfig } from './config.js';
import { problem } from './problem.js';
import type { Store } from './store/index.js';
import { publicFeedRoutes, publishRoutes } from './publish/routes.js';
import { staffGuard } from './staff/guard.js';
import { staffAdminRoutes, staffRoutes } from './staff/routes.js';
import { draftRoutes } from './drafts/routes.js';
import { draftStaffRoutes } from './drafts/staff.js';
import { submissionRoutes } from './submit.js';
import { exportRoutes } from './workflow/export.js';
import { workflowRoutes } from './workflow/routes.js';

const SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export interface ReceiverOptions {
  config: ReceiverConfig;
  store: Store;
  /** The client's address, for the rate limit (the platform knows it; a Request does not). */
  clientAddress?: (c: Context) => string;
  log?: (line: string) => void;
}

export function createReceiver({ config, store, clientAddress = () => 'unknown', log = () => {} }: ReceiverOptions): Hono {
  const app = new Hono();

  // A log line per request, without personal data (no addresses, bodies or query strings),
  // and on every answer, errors and refusals included: no sniffing, no framing, no active content.
  app.use(async (c, next) => {
    const started = performance.now();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', SECURITY_POLICY);
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });

  publicFeedRoutes(app, store);

  // CORS: only the configured origins; preflights for Content-Type and Idempotency-Key.
  app.use('/api/*', async (c, next) => {
    const origin = header(c, 'origin');
    const sameOrigin = !origin || origin === new URL(c.req.url).origin;
    const allowed = !!origin && config.origins.includes(origin);
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 403);
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'POST, GET');
      c.header('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
      c.header('Access-Control-Max-Age', '600');
      c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    if (!sameOrigin && !allowed) return problem(c, 403, 'This origin may not send submissions here');
    c.header('Cache-Control', 'no-store');
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
      c.header('Vary', 'Origin', { append: true });
    }
    await next();
    return undefined;
  });

  submissionRoutes(app, config, store, clientAddress);
  draftRoutes(app, config, store, clientAddress);

  // The pairings feed for <sister-city-pairings src="/api/pairings.csv">.
  for (const ext of ['csv', 'json']) {
    app.get(`/api/pairings.${ext}`, async (c) => {
      const file = config.pairingsFile;
      if (!file?.endsWith(`.${ext}`)) return problem(c, 404, 'No pairings file of that kind is configured');
      c.header('Content-Type', ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
      return c.body(await readFile(file));
    });
  }

  adminRoutes(app, config, store);
  adminPages(app);
  app.use('/admin/api/*', bodyLimit({ maxSize: 1_000_000, onError: (c) => problem(c, 413, 'The request is too large') }), staffGuard(config, store));
  staffRoutes(app, config, store, clientAddress);
  staffAdminRoutes(app, config, store);
  exportRoutes(app, store);
  workflowRoutes(app, store, config.outbox);
  publishRoutes(app, store);
  bookRoutes(app, config, store, log);
  draftStaffRoutes(app, store);

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      // Made outside the context (bearerAuth's 401): it does not carry the headers set above.
      const response = error.getResponse();
      response.headers.set('X-Content-Type-Options', 'nosniff');
      response.headers.set('Content-Security-Policy', SECURITY_POLICY);
      return response;
    }
    log(`error ${c.req.method} ${c.req.path}: ${error.name}`);
    return problem(c, 500, 'The submission could not be stored');
  });
  app.notFound((c) => problem(c, 404, 'Not found'));
  return app;
}
