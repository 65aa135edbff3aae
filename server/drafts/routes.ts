/**
 * Drafts kept on the receiver behind private links, and the partner city's side of a story
 * (contract: src/schema/draft.ts; README "Drafts and the partner's side"). Under each form's endpoint:
 *
 *   GET  {endpoint}/drafts                       what the receiver offers (a form shows nothing new without it)
 *   POST {endpoint}/drafts                       a new draft → its link's secret
 *   GET  {endpoint}/drafts/{token}               what the link opens (404 none, 410 expired or revoked)
 *   POST {endpoint}/drafts/{token}               saves again (the owner's link)
 *   GET  {endpoint}/drafts/{token}/files/{id}    a file of the draft
 *   POST {endpoint}/drafts/{token}/revoke        the link stops working ({ partner: true }: the partner's)
 *   POST /api/stories/drafts/{token}/invite      the partner's link (owner)
 *   POST /api/stories/drafts/{token}/side        the partner's side (partner's link), as a story is sent
 *
 * Only a link's SHA-256 is stored. Saves and invitations count against DRAFT_RATE_LIMIT, opening against
 * DRAFT_OPEN_LIMIT, per client. Neither side sees the other's email address.
 */
import { hash, randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { DRAFT_TOKEN, draftRevokeSchema, draftSaveSchema, partnerSideSchema } from '../../src/schema/draft.js';
import { DOCUMENT_TYPES } from '../../src/schema/request.js';
import { MAX_PHOTOS, PHOTO_TYPES } from '../../src/schema/story.js';
import { readBody } from '../body.js';
import type { ReceiverConfig } from '../config.js';
import { header } from '../headers.js';
import { localeOf } from '../mail/texts.js';
import { problem } from '../problem.js';
import type { DraftRow, DraftSide, Kind, Store } from '../store/index.js';
import { checkFiles, storeFiles, type FileRules } from './files.js';
import { linkEmail } from './mail.js';

const DAY = 86_400_000;
export const tokenHash = (token: string) => hash('sha256', token);
const newToken = () => randomBytes(32).toString('base64url');
const toPointer = (path: readonly PropertyKey[]) => `/${path.map(String).join('/')}`;

/** What the other side may see of a part: everything but the author's or submitter's contact details. */
export function withoutContact(kind: Kind, payload: unknown, side: 'submitter' | 'author'): Record<string, unknown> {
  const { [side]: person, draft: _d, honeypot: _h, captcha_token: _c, ...rest } = (payload ?? {}) as Record<string, unknown>;
  if (kind !== 'story' || side === 'submitter') return rest;
  const { email: _e, ...named } = (person ?? {}) as Record<string, unknown>;
  return { ...rest, author: named };
}

type Opened = { draft: DraftRow; role: DraftSide } | Response;

export function draftRoutes(app: Hono, config: ReceiverConfig, store: Store, clientAddress: (c: Context) => string) {
  if (config.draftDays <= 0) return;
  const days = config.draftDays;
  const endpoints: [string, Kind, FileRules][] = [
    [config.storiesPath, 'story', { types: PHOTO_TYPES, maxBytes: config.maxPhotoBytes }],
    [config.requestsPath, 'request', { types: DOCUMENT_TYPES, maxBytes: config.maxDocumentBytes }],
  ];
  const limits = { maxParts: 2 + MAX_PHOTOS, maxPayloadBytes: config.maxPayloadBytes, maxDepth: 16, maxBodyBytes: config.maxBodyBytes };

  const limited = async (c: Context, what: 'save' | 'open') => {
    const wait = await store.hit(`draft-${what}:${clientAddress(c)}`, what === 'save' ? config.draftRateLimit : config.draftOpenLimit, config.rateWindowMs);
    if (wait <= 0) return undefined;
    c.header('Retry-After', String(wait));
    return problem(c, 429, 'Too many requests for drafts; try again later');
  };

  /** The draft the link in the path opens, or the answer saying plainly why it opens none. */
  const open = async (c: Context, kind: Kind, allowSent = false): Promise<Opened> => {
    const token = c.req.param('token') ?? '';
    const found = DRAFT_TOKEN.test(token) ? await store.drafts.byHash(tokenHash(token)) : undefined;
    if (!found || found.draft.kind !== kind) return problem(c, 404, 'This link does not open any draft. Check that it was copied whole.', { reason: 'unknown' });
    const { draft, role } = found;
    if (role === 'owner' ? draft.owner_revoked : draft.partner_revoked) return problem(c, 410, 'This link was revoked and no longer opens the draft.', { reason: 'revoked' });
    if (draft.submission_id && role === 'owner' && !allowSent) {
      return problem(c, 410, 'This draft was sent; the link no longer opens it.', { reason: 'sent', reference: draft.reference });
    }
    // Sent or not (a sent story's links: SENT_EXPIRY in server/store/drafts.ts).
    if (draft.purged || draft.expires_at <= Date.now()) return problem(c, 410, 'This link has expired.', { reason: 'expired' });
    return found;
  };

  /** The page the emailed link opens must be one of the sites allowed to send here. */
  const pageAllowed = (c: Context, page: string) => {
    const origin = new URL(page).origin;
    return origin === new URL(c.req.url).origin || config.origins.includes(origin) || (!!config.publicUrl && origin === new URL(config.publicUrl).origin);
  };
  const linkOf = (page: string, token: string) => `${page.replace(/#.*$/, '')}#draft=${token}`;
  const expiry = (at: number) => ({ expires_at: new Date(at).toISOString(), days });

  for (const [path, kind, rules] of endpoints) {
    const base = `${path}/drafts`;
    const fileUrl = (token: string, id: string) => `${base}/${token}/files/${id}`;

    app.get(base, (c) => c.json({ drafts: true, days, invite: kind === 'story' }));

    /** The owner's answers and files: a new draft (no token) or the draft of the owner's link. */
    const save = async (c: Context, token?: string) => {
      const refused = await limited(c, 'save');
      if (refused) return refused;
      let opened: Opened | undefined;
      if (token !== undefined) {
        opened = await open(c, kind);
        if (opened instanceof Response) return opened;
        if (opened.role !== 'owner') return problem(c, 403, 'This link may only add the partner’s side');
      }
      const body = await readBody(c.req.raw, (name) => header(c, name), limits);
      if (!body.ok) return problem(c, body.status, body.title);
      const parsed = z.safeParse(draftSaveSchema, body.payload);
      if (!parsed.success) {
        return problem(c, 422, 'The draft could not be saved', { errors: parsed.error.issues.map((i) => ({ pointer: toPointer(i.path), detail: i.message })) });
      }
      const { values, files: refs, email, page, locale } = parsed.data;
      if (email && (!page || !pageAllowed(c, page))) return problem(c, 422, 'The link cannot be emailed', { errors: [{ pointer: '/page', detail: 'Not a page of a site allowed here' }] });
      const checked = checkFiles(refs.map((ref, i) => ({ pointer: `/files/${i}`, ...ref })), body.files, rules);
      if (!checked.ok) return problem(c, checked.status, 'A file could not be saved', { errors: checked.errors });
      const stored = await storeFiles(store.files, checked.files);
      const expiresAt = Date.now() + days * DAY;
      let secret = token;
      try {
        if (opened && !(opened instanceof Response)) await store.files.remove(await store.drafts.update(opened.draft.id, 'owner', values, stored, expiresAt));
        else await store.drafts.create(kind, tokenHash((secret = newToken())), values, stored, expiresAt);
      } catch (error) {
        await store.files.remove(stored.map((f) => f.stored_name));
        throw error;
      }
      if (email && page && config.outbox.smtpUrl) await store.drafts.queue([{ channel: 'email', body: linkEmail(email, localeOf({ locale }), linkOf(page, secret!), expiresAt, false) }]);
      return c.json({ token: secret, ...expiry(expiresAt) }, token ? 200 : 201);
    };
    app.post(base, (c) => save(c));
    app.post(`${base}/:token`, (c) => save(c, c.req.param('token')));

    app.get(`${base}/:token`, async (c) => {
      const refused = await limited(c, 'open');
      if (refused) return refused;
      const opened = await open(c, kind);
      if (opened instanceof Response) return opened;
      const { draft, role } = opened;
      const token = c.req.param('token');
      const listed = (side: DraftSide) =>
        draft.files.filter((f) => f.side === side).map((f) => ({ path: f.path, name: f.name, type: f.type, size: f.size, url: fileUrl(token, f.id) }));
      const side = draft.side === null ? undefined : role === 'owner' ? withoutContact(kind, draft.side, 'author') : (draft.side as Record<string, unknown>);
      return c.json({
        kind, role, ...expiry(draft.expires_at),
        values: role === 'owner' ? draft.payload : withoutContact(kind, draft.payload, 'submitter'),
        files: listed('owner'),
        ...(draft.reference ? { reference: draft.reference } : {}),
        ...(role === 'owner' ? { invited: draft.invited } : {}),
        ...(side ? { side, side_files: listed('partner') } : {}),
      });
    });

    app.get(`${base}/:token/files/:id`, async (c) => {
      const refused = await limited(c, 'open');
      if (refused) return refused;
      const opened = await open(c, kind);
      if (opened instanceof Response) return opened;
      const file = await store.drafts.file(c.req.param('id'));
      if (!file || file.draft_id !== opened.draft.id) return problem(c, 404, 'No such file');
      c.header('Content-Type', file.type);
      c.header('Content-Disposition', 'attachment');
      c.header('Cache-Control', 'private, no-store');
      return c.body((await store.files.read(file.stored_name)) as Uint8Array<ArrayBuffer>);
    });

    app.post(`${base}/:token/revoke`, async (c) => {
      const refused = await limited(c, 'save');
      if (refused) return refused;
      const opened = await open(c, kind, true);
      if (opened instanceof Response) return opened;
      const parsed = z.safeParse(draftRevokeSchema, await c.req.json().catch(() => ({})));
      const partner = parsed.success && parsed.data.partner === true;
      if (partner && opened.role !== 'owner') return problem(c, 403, 'Only the owner’s link may end the partner’s');
      await store.drafts.revoke(opened.draft.id, partner ? 'partner' : opened.role);
      return c.json({ revoked: true });
    });

    if (kind !== 'story') continue;

    app.post(`${base}/:token/invite`, async (c) => {
      const refused = await limited(c, 'save');
      if (refused) return refused;
      const opened = await open(c, kind, true);
      if (opened instanceof Response) return opened;
      if (opened.role !== 'owner') return problem(c, 403, 'Only the owner’s link may invite the partner');
      const options = z.safeParse(z.object({ email: draftSaveSchema.shape.email, page: draftSaveSchema.shape.page, locale: draftSaveSchema.shape.locale }), await c.req.json().catch(() => ({})));
      const { email, page, locale } = options.success ? options.data : {};
      if (email && (!page || !pageAllowed(c, page))) return problem(c, 422, 'The link cannot be emailed', { errors: [{ pointer: '/page', detail: 'Not a page of a site allowed here' }] });
      const secret = newToken();
      const expiresAt = Date.now() + days * DAY;
      await store.drafts.invite(opened.draft.id, tokenHash(secret), expiresAt);
      if (email && page && config.outbox.smtpUrl) {
        await store.drafts.queue([{ channel: 'email', body: linkEmail(email, localeOf({ locale }), linkOf(page, secret), expiresAt, true) }]);
      }
      return c.json({ token: secret, ...expiry(expiresAt) }, 201);
    });

    // The partner's side, sent as a story is (Idempotency-Key, photos as photo-N parts): it replaces the partner's
    // previous side whole, so a retry stores the same thing again.
    app.post(`${base}/:token/side`, async (c) => {
      const key = header(c, 'idempotency-key')?.trim();
      if (!key || key.length > 200) return problem(c, 400, 'The Idempotency-Key header is missing');
      const refused = await limited(c, 'save');
      if (refused) return refused;
      const opened = await open(c, kind);
      if (opened instanceof Response) return opened;
      if (opened.role !== 'partner') return problem(c, 403, 'This link may not add the partner’s side');
      const body = await readBody(c.req.raw, (name) => header(c, name), limits);
      if (!body.ok) return problem(c, body.status, body.title);
      if (typeof body.payload.honeypot === 'string' && body.payload.honeypot) return c.json({ id: opened.draft.id, reference: draftReference(opened.draft) }, 201);
      const parsed = z.safeParse(partnerSideSchema, body.payload);
      if (!parsed.success) {
        return problem(c, 422, 'Some answers need to be corrected', { errors: parsed.error.issues.map((i) => ({ pointer: toPointer(i.path), detail: i.message })) });
      }
      const { honeypot: _h, captcha_token: _c, draft: _d, ...side } = parsed.data;
      const refs = side.photos.map((photo, i) => ({ pointer: `/photos/${i}/file`, path: `photos.${i}.file`, ...photo.file }));
      const checked = checkFiles(refs, body.files, rules);
      if (!checked.ok) return problem(c, checked.status, 'Some answers need to be corrected', { errors: checked.errors });
      const stored = await storeFiles(store.files, checked.files);
      const expiresAt = Date.now() + days * DAY;
      try {
        await store.files.remove(await store.drafts.update(opened.draft.id, 'partner', side, stored, expiresAt));
      } catch (error) {
        await store.files.remove(stored.map((f) => f.stored_name));
        throw error;
      }
      // The side moves the links' end: the partner is told until when they may correct it.
      return c.json({ id: opened.draft.id, reference: draftReference(opened.draft), expires_at: new Date(expiresAt).toISOString() }, 201);
    });
  }
}

/** The story's reference once sent; before, a short name of the draft for the partner to quote. */
const draftReference = (draft: DraftRow) => draft.reference ?? `DRAFT-${draft.id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
