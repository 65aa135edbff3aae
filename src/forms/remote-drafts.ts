/**
 * The form's side of drafts kept on the receiver, kept small: it asks the endpoint whether it offers drafts
 * (`GET {endpoint}/drafts`, src/schema/draft.ts) once the form is on the page, where the site opted in with the
 * `remote-drafts` attribute, and only when it does loads the
 * feature itself (remote-draft-controller.ts, a chunk of its own). An endpoint that does not offer drafts costs
 * one request and changes nothing: the form shows nothing new and keeps its local draft.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftExtension, RemoteDraftController } from './remote-draft-controller.js';
import type { SisterCityForm } from './sister-city-form.js';

export class RemoteDrafts implements ReactiveController {
  /** The feature, once the endpoint offered drafts. */
  feature?: RemoteDraftController;
  #started = false;

  constructor(private readonly host: ReactiveControllerHost & SisterCityForm) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#started || typeof fetch === 'undefined') return;
    this.#started = true;
    // After the first render, so that the form's own draft is restored first.
    void this.host.updateComplete.then(() => this.#start());
  }

  async #start(): Promise<void> {
    const base = this.host.endpoint;
    // Asked only where the site opted in: any other endpoint would answer 404, an error in the page's console.
    if (!base || !this.host.remoteDrafts) return;
    let offer;
    try {
      const response = await fetch(`${base.replace(/\/+$/, '')}/drafts`, { headers: { Accept: 'application/json' }, credentials: 'omit' });
      offer = /json/.test(response.headers.get('Content-Type') ?? '') && response.ok ? await response.json() : undefined;
    } catch {
      // not reachable: the form stays as it is
    }
    if (offer?.drafts !== true || typeof offer.days !== 'number') return;
    // A form's own part of the feature (the story form's invitation), loaded with it.
    const own = (this.host.constructor as { draftExtension?: () => Promise<DraftExtension> }).draftExtension;
    const [{ RemoteDraftController }, extension] = await Promise.all([import('./remote-draft-controller.js'), own?.()]);
    this.feature = new RemoteDraftController(this.host, base, { days: offer.days, invite: offer.invite === true }, extension);
    await this.feature.start();
  }
}
