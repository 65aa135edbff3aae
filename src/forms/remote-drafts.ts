/**
 * The form's side of drafts kept on the receiver, kept small: where the site opted in with the
 * `remote-drafts` attribute, the form loads this module once it is on the page (so a form without
 * the attribute downloads none of it), which asks the endpoint whether it offers drafts
 * (`GET {endpoint}/drafts`, src/schema/draft.ts) and only when it does loads the feature itself
 * (remote-draft-controller.ts, a chunk of its own, with its strings). An endpoint that does not offer
 * drafts costs one request and changes nothing: the form shows nothing new and keeps its local draft.
 */
import type { DraftExtension } from './remote-draft-controller.js';
import type { SisterCityForm } from './sister-city-form.js';

export async function offerDrafts(host: SisterCityForm): Promise<void> {
  const base = host.endpoint;
  // Asked only where the site opted in: any other endpoint would answer 404, an error in the page's console.
  if (!base || !host.remoteDrafts) return;
  let offer;
  try {
    const response = await fetch(`${base.replace(/\/+$/, '')}/drafts`, { headers: { Accept: 'application/json' }, credentials: 'omit' });
    offer = /json/.test(response.headers.get('Content-Type') ?? '') && response.ok ? await response.json() : undefined;
  } catch {
    // not reachable: the form stays as it is
  }
  if (offer?.drafts !== true || typeof offer.days !== 'number') return;
  // A form's own part of the feature (the story form's invitation), loaded with it.
  const own = (host.constructor as { draftExtension?: (form: SisterCityForm) => Promise<DraftExtension> }).draftExtension;
  const [{ RemoteDraftController }, extension] = await Promise.all([
    host.loadPart('forms/remote-draft-controller', () => import('./remote-draft-controller.js')),
    own?.(host),
    // Opening saved answers puts them in the local draft too.
    host.loadDrafts(),
  ]);
  host.remote.feature = new RemoteDraftController(host, base, { days: offer.days, invite: offer.invite === true }, extension);
  await host.remote.feature.start();
}
