/**
 * The reference receiver as a web-standard handler (Hono: Request in,
 * Response out), so the same app could run on a serverless or edge platform
 * with another store. It validates with the widgets' own zod schemas.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import * as z from 'zod/mini';
import { sniffType } from '../src/forms/file-check.js';
import { DOCUMENT_TYPES, requestSchema } from '../src/schema/request.js';
import { PHOTO_TYPES, storySchema } from '../src/schema/story.js';
import type { ReceiverConfig } from './config.js';
import { RateLimiter } from './rate-limit.js';
import { newReference, type IncomingFile, type Kind, type SubmissionStore } from './store.js';

interface Endpoint {
  kind: Kind;
  schema: z.ZodMiniType;
  /** Allowed types and size limit for files, by the prefix of their part name ("photo"). */
  files: Record<string, { types: readonly string[]; maxBytes: number }>;
}

export interface ReceiverOptions {
  config: ReceiverConfig;
  store: SubmissionStore;
  /** The client's address, for the rate limit (the platform knows it; a Request does not). */
  clientAddress?: (c: Context) => string;
  log?: (line: string) => void;
}

const problem = (c: Context, status: number, title: string, extra: Record<string, unknown> = {}) => {
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify({ type: 'about:blank', title, status, ...extra }), status as 400);
};

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every file reference in a payload ({ part, name, type, size }) with its JSON Pointer. */
function fileReferences(value: unknown, pointer = ''): { pointer: string; part: string; type: string; size: number }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => fileReferences(item, `${pointer}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.part === 'string' && typeof record.size === 'number' && typeof record.type === 'string') {
    return [{ pointer, part: record.part, type: record.type, size: record.size }];
  }
  return Object.entries(record).flatMap(([key, item]) => fileReferences(item, `${pointer}/${key}`));
}

const toPointer = (path: readonly PropertyKey[]) => `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

export function createReceiver({ config, store, clientAddress = () => 'unknown', log = () => {} }: ReceiverOptions): Hono {
  const app = new Hono();
  const limiter = new RateLimiter(config.rateLimit, config.rateWindowMs);
  const endpoints: Record<string, Endpoint> = {
    [config.storiesPath]: {
      kind: 'story',
      schema: storySchema,
      files: { photo: { types: PHOTO_TYPES, maxBytes: config.maxPhotoBytes } },
    },
    [config.requestsPath]: {
      kind: 'request',
      schema: requestSchema,
      files: { pamphlet: { types: DOCUMENT_TYPES, maxBytes: config.maxDocumentBytes } },
    },
  };

  // A log line per request, without personal data: no addresses, bodies or query strings.
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });

  // CORS: only the configured origins; preflights for Content-Type and Idempotency-Key.
  app.use('/api/*', async (c, next) => {
    const origin = c.req.header('Origin');
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
    await next();
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.append('Vary', 'Origin');
    }
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    return undefined;
  });

  for (const [path, endpoint] of Object.entries(endpoints)) {
    app.post(
      path,
      bodyLimit({ maxSize: config.maxBodyBytes, onError: (c) => problem(c, 413, 'The submission is too large') }),
      async (c) => {
        const key = c.req.header('Idempotency-Key')?.trim();
        if (!key || key.length > 200) return problem(c, 400, 'The Idempotency-Key header is missing');
        const wait = limiter.hit(clientAddress(c));
        if (wait > 0) {
          c.header('Retry-After', String(wait));
          return problem(c, 429, 'Too many submissions; try again later');
        }

        // Read the payload and the files.
        let payload: unknown;
        const files = new Map<string, IncomingFile>();
        try {
          const type = c.req.header('Content-Type') ?? '';
          if (type.startsWith('multipart/form-data')) {
            const form = await c.req.raw.formData();
            const json = form.get('payload');
            payload = JSON.parse(typeof json === 'string' ? json : await (json as Blob).text());
            for (const [part, value] of form) {
              if (part === 'payload' || typeof value === 'string') continue;
              files.set(part, { part, name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
            }
          } else if (/^application\/json\b/.test(type)) {
            payload = await c.req.json();
          } else {
            return problem(c, 415, 'Send JSON, or multipart/form-data with a payload part');
          }
        } catch {
          return problem(c, 400, 'The body could not be read');
        }
        if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
          return problem(c, 400, 'The payload must be a JSON object');
        }

        const fingerprint = sha256(
          JSON.stringify(payload) + [...files.values()].map((f) => `|${f.part}:${sha256(f.bytes)}`).join(''),
        );
        const claim = store.claim(endpoint.kind, key, fingerprint);
        if (claim.state === 'replay') {
          c.header('Idempotent-Replayed', 'true');
          return c.json(claim.response.body as object, claim.response.status as 201);
        }
        if (claim.state === 'in-progress') return problem(c, 409, 'This submission is still being processed');
        if (claim.state === 'mismatch') {
          return problem(c, 422, 'This Idempotency-Key was already used for a different submission', {
            errors: [{ pointer: '', detail: 'Send a new submission with a new Idempotency-Key' }],
          });
        }

        try {
          // A filled spam trap is answered like a success and stored nowhere.
          if (typeof (payload as { honeypot?: unknown }).honeypot === 'string' && (payload as { honeypot: string }).honeypot) {
            const body = { id: crypto.randomUUID(), reference: newReference(endpoint.kind) };
            store.answer(endpoint.kind, key, { status: 201, body });
            return c.json(body, 201);
          }

          const result = z.safeParse(endpoint.schema, payload);
          const errors = result.success ? [] : result.error.issues.map((issue) => ({ pointer: toPointer(issue.path), detail: issue.message }));
          const accepted: IncomingFile[] = [];
          for (const ref of fileReferences(payload)) {
            const file = files.get(ref.part);
            const rules = endpoint.files[ref.part.replace(/-\d+$/, '')];
            if (!file || !rules) {
              errors.push({ pointer: `${ref.pointer}/part`, detail: 'No file was sent for this part' });
              continue;
            }
            if (file.bytes.length > rules.maxBytes) {
              store.release(endpoint.kind, key);
              return problem(c, 413, 'A file is too large', { errors: [{ pointer: ref.pointer, detail: `Files must be at most ${rules.maxBytes} bytes` }] });
            }
            const actual = file.bytes.length > 0 ? sniffType(file.bytes.subarray(0, 16)) : undefined;
            if (file.bytes.length === 0) errors.push({ pointer: ref.pointer, detail: 'The file is empty' });
            else if (!actual || !rules.types.includes(actual) || actual !== ref.type) {
              errors.push({ pointer: ref.pointer, detail: `The file is not one of ${rules.types.join(', ')}` });
            } else if (file.bytes.length !== ref.size) errors.push({ pointer: ref.pointer, detail: 'The file was not received whole' });
            else accepted.push({ ...file, type: actual });
          }
          if (errors.length > 0) {
            store.release(endpoint.kind, key);
            return problem(c, 422, 'Some answers need to be corrected', { errors });
          }
          return c.json(store.save(endpoint.kind, key, payload, accepted), 201);
        } catch (error) {
          store.release(endpoint.kind, key);
          throw error;
        }
      },
    );
  }

  // The pairings feed for <sister-city-pairings src="/api/pairings.csv">.
  for (const ext of ['csv', 'json']) {
    app.get(`/api/pairings.${ext}`, async (c) => {
      const file = config.pairingsFile;
      if (!file?.endsWith(`.${ext}`)) return problem(c, 404, 'No pairings file of that kind is configured');
      c.header('Content-Type', ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
      return c.body(await readFile(file));
    });
  }

  // Staff export, behind a bearer token; closed when no token is configured.
  app.use('/admin/*', async (c, next) => {
    if (!config.exportToken) return problem(c, 404, 'The export is not enabled');
    c.header('Cache-Control', 'no-store');
    return bearerAuth({ token: config.exportToken })(c, next);
  });
  const filesOf = (c: Context, kind?: Kind) => {
    const base = new URL(c.req.url).origin;
    return store.list(kind).map((row) => ({
      ...row,
      files: row.files.map((file) => ({ ...file, url: `${base}/admin/files/${file.id}` })),
    }));
  };
  const kindOf = (c: Context) => (['story', 'request'].includes(c.req.query('kind') ?? '') ? (c.req.query('kind') as Kind) : undefined);
  app.get('/admin/submissions.json', (c) => c.json(filesOf(c, kindOf(c))));
  app.get('/admin/submissions.csv', (c) => {
    const cell = (value: unknown) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      // A leading =, +, - or @ would run as a formula in a spreadsheet.
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    // One column per answer ("submitter.email"); lists (dates, people…) as JSON in one cell.
    const flatten = (value: unknown, prefix: string, out: Record<string, unknown>) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
      } else out[prefix] = value;
      return out;
    };
    const rows = filesOf(c, kindOf(c)).map((row) => ({
      id: row.id, kind: row.kind, reference: row.reference, created_at: row.created_at,
      ...flatten(row.payload, '', {}),
      files: row.files.map((f) => f.url).join(' '),
    }));
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const lines = [columns.map(cell).join(',')];
    for (const row of rows) lines.push(columns.map((column) => cell((row as Record<string, unknown>)[column] ?? '')).join(','));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="submissions.csv"');
    return c.body(`\uFEFF${lines.join('\r\n')}\r\n`);
  });
  app.get('/admin/files/:id', async (c) => {
    const file = store.file(c.req.param('id'));
    if (!file) return problem(c, 404, 'No such file');
    c.header('Content-Type', file.type);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(await readFile(file.path));
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    log(`error ${c.req.method} ${c.req.path}: ${error.name}`);
    return problem(c, 500, 'The submission could not be stored');
  });
  app.notFound((c) => problem(c, 404, 'Not found'));
  return app;
}
