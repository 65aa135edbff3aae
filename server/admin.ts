/**
 * The export for scripts, behind a per-purpose bearer token (EXPORT_TOKEN; closed when none is
 * configured): every submission as JSON or CSV, and each file under a generated safe name. People
 * sign in instead (staff/); /admin/api is theirs.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { ReceiverConfig } from './config.js';
import { flatten, toCsv } from './csv.js';
import { EXTENSIONS } from './file-verify.js';
import { problem } from './problem.js';
import type { Kind, Store, StoredFile } from './store/index.js';

export function adminRoutes(app: Hono, config: ReceiverConfig, store: Store) {
  const exportToken: MiddlewareHandler = async (c, next) => {
    if (!config.exportToken) return problem(c, 404, 'The export is not enabled');
    c.header('Cache-Control', 'no-store');
    return bearerAuth({ token: config.exportToken })(c, next);
  };
  const withUrls = async (c: Context, kind?: Kind) => {
    const base = new URL(c.req.url).origin;
    return (await store.list(kind)).map((row) => ({
      ...row,
      files: row.files.map((file) => ({ ...file, url: `${base}/admin/files/${file.id}` })),
    }));
  };
  const kindOf = (c: Context) => (['story', 'request'].includes(c.req.query('kind') ?? '') ? (c.req.query('kind') as Kind) : undefined);
  app.get('/admin/submissions.json', exportToken, async (c) => c.json(await withUrls(c, kindOf(c))));
  app.get('/admin/submissions.csv', exportToken, async (c) => {
    const rows = (await withUrls(c, kindOf(c))).map((row) => ({
      id: row.id, kind: row.kind, reference: row.reference, created_at: row.created_at,
      ...flatten(row.payload, ''),
      files: row.files.map((f) => f.url).join(' '),
    }));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="submissions.csv"');
    return c.body(toCsv(rows));
  });
  app.get('/admin/files/:id', exportToken, async (c) => sendFile(c, await store.file(c.req.param('id')), 'attachment'));
}

/** A stored file under a generated safe name, as an attachment (staff) or inline (a public photo). */
export function sendFile(c: Context, file: StoredFile | undefined, disposition: 'attachment' | 'inline') {
  if (!file) return problem(c, 404, 'No such file');
  // Never the client's name (it may hold "../", NUL or a right-to-left override): the reference
  // and the part, with the extension of the type the file was verified to be.
  const extension = EXTENSIONS[file.type as keyof typeof EXTENSIONS] ?? 'bin';
  const name = `${file.reference}-${file.part}.${extension}`.replace(/[^\w.-]/g, '_');
  c.header('Content-Type', file.type);
  c.header('Content-Disposition', `${disposition}; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  return c.body(file.bytes as Uint8Array<ArrayBuffer>);
}
