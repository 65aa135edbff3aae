/**
 * The staff pages (src/admin/, built to dist/admin/): GET /admin and /admin/setup answer the page,
 * /admin/app/<file> its scripts. A strict policy: scripts and styles from this origin only, calls to
 * this origin only, Trusted Types for Lit's templates, no framing.
 */
import { readFile } from 'node:fs/promises';
import type { Context, Hono } from 'hono';
import { problem } from './problem.js';

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; " +
  "frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Back office</title>
<script type="module" src="/admin/app/admin.js"></script>
</head>
<body>
<sc-admin></sc-admin>
</body>
</html>
`;

/** dist/admin/, beside dist/server/ where the receiver's bundle runs from. */
const DIR = new URL('../admin/', import.meta.url);

export function adminPages(app: Hono) {
  const page = (c: Context) => {
    c.header('Content-Security-Policy', POLICY);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(PAGE);
  };
  for (const path of ['/admin', '/admin/', '/admin/setup']) app.get(path, page);
  app.get('/admin/app/:file', async (c) => {
    const file = c.req.param('file');
    if (!/^[\w-]+\.js$/.test(file)) return problem(c, 404, 'Not found');
    const body = await readFile(new URL(file, DIR)).catch(() => undefined);
    if (!body) return problem(c, 404, 'Not found (run npm run build)');
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', file === 'admin.js' ? 'no-cache' : 'public, max-age=31536000, immutable');
    return c.body(body);
  });
}
