/**
 * Publishing: staff save a submission's public version (PUT /admin/api/submissions/:id/public); the
 * world reads the published ones (GET /api/requests/published.json and .csv, /api/stories/published.json),
 * only their public version, with public URLs for the files it shows (/api/files/<public id>).
 * The feeds are open to every origin for reading and revalidated by ETag.
 */
import { hash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { PublicRequest, PublicStory, PublishedRequest, PublishedStory } from '../../src/schema/public.js';
import { sendFile } from '../admin.js';
import { flatten, toCsv } from '../csv.js';
import { header } from '../headers.js';
import { problem } from '../problem.js';
import type { Kind, PublishedRow, Store } from '../store/index.js';
import { sessionOf } from '../staff/guard.js';
import { jsonBody } from '../staff/routes.js';
import { checkPublicVersion } from './public-version.js';

const fileUrl = (base: string, publicId: string) => `${base}/api/files/${publicId}`;

function publishedEntry(kind: Kind, row: PublishedRow, base: string): PublishedRequest | PublishedStory {
  const idOf = (part: string) => row.files.find((file) => file.part === part)?.public_id;
  const meta = { reference: row.reference, published_at: row.published_at };
  if (kind === 'request') {
    const { pamphlet, ...rest } = row.public as PublicRequest;
    const id = pamphlet ? row.files.find((file) => file.part.startsWith('pamphlet-'))?.public_id : undefined;
    return { ...meta, ...rest, ...(id ? { pamphlet_url: fileUrl(base, id) } : {}) };
  }
  const story = row.public as PublicStory;
  return {
    ...meta, ...story,
    photos: story.photos.flatMap(({ part, ...photo }) => {
      const id = idOf(part);
      return id ? [{ url: fileUrl(base, id), ...photo }] : [];
    }),
  };
}

/** Whether a public version still shows the file of `part` (staff may have removed it since). */
function shows(version: unknown, part: string): boolean {
  const { photos, pamphlet } = (version ?? {}) as Partial<PublicStory & PublicRequest>;
  return part.startsWith('pamphlet-') ? pamphlet === true : !!photos?.some((photo) => photo.part === part);
}

/** Answers with `text`, or 304 when the client's If-None-Match already names it. */
function withETag(c: Context, text: string, type: string) {
  const etag = `"${hash('sha256', text, 'base64url')}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'no-cache');
  c.header('Access-Control-Allow-Origin', '*');
  const wanted = header(c, 'if-none-match');
  if (wanted && wanted.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
  c.header('Content-Type', type);
  return c.body(text);
}

/** The public feeds and files: registered before the /api CORS rule, which is about who may send. */
export function publicFeedRoutes(app: Hono, store: Store) {
  for (const [kind, plural] of [['request', 'requests'], ['story', 'stories']] as const) {
    app.get(`/api/${plural}/published.json`, async (c) => {
      const base = new URL(c.req.url).origin;
      const rows = await store.backOffice.published(kind);
      return withETag(c, JSON.stringify({ [plural]: rows.map((row) => publishedEntry(kind, row, base)) }), 'application/json; charset=utf-8');
    });
  }
  // The requests as a spreadsheet too, for a site that lists them from one (the pairings CSV's habit).
  app.get('/api/requests/published.csv', async (c) => {
    const base = new URL(c.req.url).origin;
    const rows = (await store.backOffice.published('request')).map((row) => flatten(publishedEntry('request', row, base), ''));
    return withETag(c, toCsv(rows), 'text/csv; charset=utf-8');
  });

  app.get('/api/files/:publicId', async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    const found = await store.backOffice.publicFile(c.req.param('publicId'));
    if (!found || found.status !== 'published' || !shows(found.public, found.part)) return problem(c, 404, 'No such file');
    c.header('Cache-Control', 'public, max-age=300');
    return sendFile(c, found.file, 'inline');
  });
}

export function publishRoutes(app: Hono, store: Store) {
  app.put('/admin/api/submissions/:id/public', async (c) => {
    const submission = await store.backOffice.submission(c.req.param('id'));
    if (!submission) return problem(c, 404, 'No such submission');
    const checked = checkPublicVersion(submission, await jsonBody(c));
    if (!checked.ok) return problem(c, 422, 'Some of the public version needs to be corrected', { errors: checked.errors });
    await store.backOffice.savePublic(submission.id, checked.version, sessionOf(c).staff.email, checked.publicParts);
    return c.json(checked.version);
  });
}
