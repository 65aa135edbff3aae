/**
 * The partner city's side on the staff pages: the side kept with the draft that a story was sent from, its
 * author (email included: staff may write to both sides) and photos, at /admin/api/draft-files/{id} (behind
 * the staff guard, as every /admin/api route). Also the link a submission makes to its draft when it is sent, or,
 * sent without one, the draft made for it behind the sender's own link.
 */
import type { Hono } from 'hono';
import { sendFile } from '../admin.js';
import type { ReceiverConfig } from '../config.js';
import type { SentDraft } from '../store/drafts.js';
import type { Kind, Store } from '../store/index.js';
import { tokenHash } from './routes.js';

/** The draft a submission sends, when its link is the owner's, of the same kind and still holds the answers. */
export async function draftToAttach(store: Store, kind: Kind, token: string | undefined): Promise<string | undefined> {
  if (!token) return undefined;
  const found = await store.drafts.byHash(tokenHash(token));
  if (!found || found.role !== 'owner' || found.draft.kind !== kind || found.draft.purged || found.draft.owner_revoked) return undefined;
  return found.draft.id;
}

/**
 * The draft to make for a story sent without one, behind the sender's own link (`owner_token`), where the receiver
 * keeps drafts: only its hash is stored, and each photo's file is found at its place in the answers.
 */
export function sentDraftOf(config: ReceiverConfig, kind: Kind, ownerToken: string | undefined, files: { pointer: string; part: string }[]): SentDraft | undefined {
  if (kind !== 'story' || !ownerToken || config.draftDays <= 0) return undefined;
  const paths = Object.fromEntries(files.map((f) => [f.part, f.pointer.slice(1).replace(/\//g, '.')]));
  return { ownerHash: tokenHash(ownerToken), expiresAt: Date.now() + config.draftDays * 86_400_000, paths };
}

export async function partnerSideOf(store: Store, submissionId: string) {
  const draft = await store.drafts.forSubmission(submissionId);
  if (!draft || draft.side === null) return null;
  const files = draft.files
    .filter((f) => f.side === 'partner')
    .map((f) => ({ id: f.id, part: f.path, name: f.name, type: f.type, size: f.size, url: `/admin/api/draft-files/${f.id}` }));
  return { ...(draft.side as { author: unknown; account?: unknown; language?: unknown; translation?: unknown }), files };
}

export function draftStaffRoutes(app: Hono, store: Store) {
  app.get('/admin/api/draft-files/:id', async (c) => {
    const file = await store.drafts.file(c.req.param('id'));
    // Only files of a side that came with a sent story: a draft still being written is its authors' alone.
    if (!file?.submission_id || file.side !== 'partner') return sendFile(c, undefined, 'attachment');
    return sendFile(c, { name: file.name, type: file.type, part: file.path.replace(/\./g, '-'), reference: file.reference ?? 'partner', bytes: await store.files.read(file.stored_name) }, 'attachment');
  });
}
