/**
 * The review workflow's JSON API for signed-in staff (any role): the list with counts per status, one
 * submission with its answers, files, history, notes and public version, status changes (only those
 * transitions.ts allows: 409 otherwise; a rejection needs a reason: 422) and internal notes.
 */
import type { Context, Hono } from 'hono';
import { sendFile } from '../admin.js';
import { statusMessages } from '../outbox/messages.js';
import type { OutboxSettings } from '../outbox/settings.js';
import { problem } from '../problem.js';
import { STATUSES, type Status, type Store, type SubmissionSummary } from '../store/index.js';
import { sessionOf } from '../staff/guard.js';
import { jsonBody } from '../staff/routes.js';
import { initialPublicVersion } from '../publish/public-version.js';
import { partnerSideOf } from '../drafts/staff.js';
import { filterOf } from './export.js';
import { allowed, TRANSITIONS } from './transitions.js';

const isStatus = (value: unknown): value is Status => STATUSES.includes(value as Status);

/** A line naming the submission in a list: the community, or the two cities. */
function title({ kind, payload }: SubmissionSummary): string {
  const p = payload as Record<string, { name?: string } | undefined>;
  return kind === 'request' ? (p.na_community ?? p.jp_community)?.name ?? '' : `${p.na_city?.name ?? ''} – ${p.jp_city?.name ?? ''}`;
}

export function workflowRoutes(app: Hono, store: Store, outbox: OutboxSettings) {
  const office = store.backOffice;

  app.get('/admin/api/submissions', async (c) => {
    const filter = filterOf(c);
    if (typeof filter === 'string') return problem(c, 400, filter);
    const { rows, counts } = await office.listSubmissions(filter);
    return c.json({
      counts,
      submissions: rows.map((row) => ({ id: row.id, kind: row.kind, reference: row.reference, created_at: row.created_at, status: row.status, title: title(row) })),
    });
  });

  const detail = async (c: Context) => {
    const found = await office.submission(c.req.param('id')!);
    if (!found) return undefined;
    const { payload, ...rest } = found;
    const partner = await partnerSideOf(store, found.id);
    return {
      ...rest,
      answers: payload,
      files: found.files.map((file) => ({ ...file, url: `/admin/api/files/${file.id}` })),
      next: TRANSITIONS[found.status],
      public_saved: found.public !== null,
      public: found.public ?? initialPublicVersion(found.kind, payload, partner),
      /** The partner city's side, kept with its author (server/drafts/), or null. */
      partner,
    };
  };

  app.get('/admin/api/submissions/:id', async (c) => {
    const found = await detail(c);
    return found ? c.json(found) : problem(c, 404, 'No such submission');
  });

  app.get('/admin/api/files/:id', async (c) => sendFile(c, await store.file(c.req.param('id')), 'attachment'));

  app.post('/admin/api/submissions/:id/status', async (c) => {
    const body = await jsonBody(c);
    if (!isStatus(body?.to)) return problem(c, 400, `Send { "to": one of ${STATUSES.join(', ')} }`);
    const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim().slice(0, 2000) : null;
    if (body.to === 'rejected' && !reason) {
      return problem(c, 422, 'Say why the submission is rejected', { errors: [{ pointer: '/reason', detail: 'Enter the reason for the rejection' }] });
    }
    const current = await office.submission(c.req.param('id'));
    if (!current) return problem(c, 404, 'No such submission');
    if (!allowed(current.status, body.to)) {
      return problem(c, 409, `A submission that is ${current.status} cannot become ${body.to}`, { allowed: TRANSITIONS[current.status] });
    }
    if (body.to === 'published' && current.public === null) return problem(c, 409, 'Save the public version before publishing');
    // Conditional on the status read above: a concurrent change makes this one fail instead of overwriting it;
    // the emails and webhooks reporting it are queued in the same transaction.
    const messages = statusMessages(outbox, current, current.status, body.to, reason);
    if (!(await office.setStatus(current.id, current.status, body.to, sessionOf(c).staff.email, reason, messages))) {
      return problem(c, 409, 'The status changed meanwhile; reload and try again');
    }
    return c.json(await detail(c));
  });

  app.post('/admin/api/submissions/:id/notes', async (c) => {
    const body = await jsonBody(c);
    const text = typeof body?.text === 'string' ? body.text.trim() : '';
    if (!text || text.length > 10_000) return problem(c, 422, 'Write the note', { errors: [{ pointer: '/text', detail: 'Enter a note of at most 10,000 characters' }] });
    if (!(await office.addNote(c.req.param('id'), sessionOf(c).staff.email, text))) return problem(c, 404, 'No such submission');
    return c.json(await detail(c), 201);
  });
}
