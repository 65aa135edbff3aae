/**
 * The story told together, the logic (invite.ts renders it): the partner's link made by the owner, before or
 * after sending; a story sent without saved answers asking for the sender's own link, so that the partner can
 * still be invited from the confirmation; and the partner's link opening the story so far above the partner's form.
 * Loaded with the story form's remote drafts (src/forms/remote-draft-controller.ts `DraftExtension`).
 */
import { restoreDraft } from '../forms/remote-draft-files.js';
import type { DraftExtension, RemoteDraftController } from '../forms/remote-draft-controller.js';

export const sending: DraftExtension['sending'] = (remote, payload) => {
  // The sender's own link to the story as sent (send-controller.ts makes its secret with the Idempotency-Key).
  if (remote.offer.invite) (remote.asking = payload).owner_token = true;
};

export const sent: DraftExtension['sent'] = (remote, link, { invite, expiresAt }) => {
  // The partner's side sent moves the end of the partner's link (DRAFT_DAYS from now): the confirmation says until when.
  if (remote.role === 'partner') remote.expiresAt = expiresAt ?? new Date(Date.now() + remote.offer.days * 864e5).toISOString();
  const token = remote.asking?.owner_token;
  remote.asking = undefined;
  if (link) {
    // Sent from saved answers: the partner's link (made, or still to make) stays on offer, and works DRAFT_DAYS from now.
    remote.sentToken = link.token;
    remote.invite = link.invite && { ...link.invite, expiresAt: new Date(Date.now() + remote.offer.days * 864e5).toISOString() };
  } else if (invite && typeof token === 'string') remote.sentToken = token; // the receiver kept that link: it only invites the partner
};

export const openPartner: DraftExtension['openPartner'] = async (host, remote, opened, token) => {
  remote.story = { values: opened.values, files: opened.files };
  host.endpoint = `${remote.url}/${token}/side`;
  host.draftKey = `${host.draftKey ?? location.pathname}:side`;
  host.requestUpdate();
  await host.updateComplete; // the partner's local draft, if any, is read now
  await restoreDraft(host, remote.base, opened.side ?? {}, opened.side_files ?? [], token);
};

/** Makes the partner's link (saving the answers first, so that the partner sees the story as it is now). */
export async function invitePartner(remote: RemoteDraftController): Promise<void> {
  const { host } = remote;
  // A story already sent keeps its answers as sent: nothing to save first.
  const sentToken = host.phase === 'success' ? remote.sentToken : undefined;
  if (sentToken) remote.problem = undefined;
  else await remote.save();
  const token = sentToken ?? remote.token;
  if (!token || remote.problem || remote.busy) return;
  remote.busy = true;
  try {
    const response = await fetch(`${remote.url}/${token}/invite`, { method: 'POST', credentials: 'omit' });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || typeof body.token !== 'string') throw new Error(String(response.status));
    remote.invite = { token: body.token, expiresAt: body.expires_at };
    host.focusAfterRender = '#invite-link';
  } catch (error) {
    remote.problem = (error as Error).message === '429' ? 'busy' : 'failed';
    host.focusAfterRender = '#draft-problem';
  } finally {
    remote.busy = false;
    host.requestUpdate();
  }
}
