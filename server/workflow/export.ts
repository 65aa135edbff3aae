/**
 * The staff export of the current filter (`kind`, `status`, `q`, as the list): JSON, or CSV with one
 * column per answer and lists as readable numbered columns ("contacts.1.email").
 */
import type { Context, Hono } from 'hono';
import { flatten, toCsv } from '../csv.js';
import { problem } from '../problem.js';
import { STATUSES, type Kind, type Status, type Store, type SubmissionFilter } from '../store/index.js';

/** The list's filter from the query, or a message saying what is wrong with it. */
export function filterOf(c: Context): SubmissionFilter | string {
  const kind = c.req.query('kind') || undefined;
  const status = c.req.query('status') || undefined;
  const from = c.req.query('from') || undefined;
  const to = c.req.query('to') || undefined;
  if (kind && kind !== 'story' && kind !== 'request') return 'kind is story or request';
  if (status && !STATUSES.includes(status as Status)) return `status is one of ${STATUSES.join(', ')}`;
  for (const day of [from, to]) if (day && !isDay(day)) return 'from and to are dates, YYYY-MM-DD';
  return { kind: kind as Kind | undefined, status: status as Status | undefined, q: c.req.query('q')?.trim().slice(0, 200) || undefined, from, to };
}

const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

export function exportRoutes(app: Hono, store: Store) {
  const rowsOf = async (c: Context) => {
    const filter = filterOf(c);
    if (typeof filter === 'string') return filter;
    const [{ rows }, all] = await Promise.all([store.backOffice.listSubmissions(filter), store.list(filter.kind)]);
    const files = new Map(all.map((row) => [row.id, row.files]));
    const base = new URL(c.req.url).origin;
    return rows.map((row) => ({
      ...row,
      files: (files.get(row.id) ?? []).map((file) => ({ ...file, url: `${base}/admin/api/files/${file.id}` })),
    }));
  };

  app.get('/admin/api/submissions.json', async (c) => {
    const rows = await rowsOf(c);
    return typeof rows === 'string' ? problem(c, 400, rows) : c.json(rows);
  });

  app.get('/admin/api/submissions.csv', async (c) => {
    const rows = await rowsOf(c);
    if (typeof rows === 'string') return problem(c, 400, rows);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="submissions.csv"');
    return c.body(toCsv(rows.map(({ payload, files, ...row }) => ({ ...row, ...flatten(payload, ''), files: files.map((f) => f.url).join(' ') }))));
  });
}
