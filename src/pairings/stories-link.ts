/**
 * The directory's link to the origin stories (`stories-src`): after the directory's first paint it
 * reads the published stories feed once, and each pairing with a story gets "Read the origin
 * story", a link built from `story-href` (`stories.html#{key}`, `{key}` being the pairing's key of
 * src/schema/pairing-key.ts) or, without one, a button that opens the story in a dialog on the same page
 * (loading `<sister-city-stories>` then). A feed that cannot be read only means no links. The
 * directory loads this module only when it has `stories-src`.
 */
import { adoptStyles, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import type { Pairing } from '../schema/pairing.js';
import { pairingKey, storyKey, type StoryPlaces } from '../schema/pairing-key.js';
import { storiesLinkStyles } from './stories-link.styles.js';

interface StoriesHost extends ReactiveElement {
  storiesSrc?: string;
  storyHref?: string;
}


export class StoriesLink implements ReactiveController {
  /** The keys of the pairings that have a published story. */
  private keys = new Set<string>();
  private src?: string;
  private open?: { key: string; opener: HTMLElement | null };

  constructor(private readonly host: StoriesHost) {
    host.addController(this);
    // The link's and the dialog's styles come with this module: a directory without `stories-src` never loads them.
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...storiesLinkStyles]);
  }

  hostUpdated(): void {
    const src = this.host.storiesSrc;
    if (src === this.src) return;
    this.src = src;
    this.keys = new Set();
    // After the directory is on screen: the stories never hold up the list.
    if (src) requestAnimationFrame(() => setTimeout(() => void this.read(src)));
  }

  private async read(src: string): Promise<void> {
    try {
      const response = await fetch(src, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = (await response.json()) as { stories?: unknown } | unknown[];
      const stories = (Array.isArray(data) ? data : data?.stories) as StoryPlaces[] | undefined;
      if (src !== this.src || !Array.isArray(stories)) return;
      this.keys = new Set(stories.filter((s) => s?.na_city?.name && s?.jp_city?.name).map(storyKey));
      this.host.requestUpdate();
    } catch (error) {
      console.warn(`<${this.host.localName}>: the stories at ${src} could not be read, so no pairing links to its story: ${(error as Error).message}`);
    }
  }

  /** "Read the origin story" for a pairing that has one. */
  renderLink(pairing: Pairing): TemplateResult | typeof nothing {
    const key = pairingKey({ country: pairing.na_country, region: pairing.na_region, name: pairing.na_name }, { prefecture: pairing.jp_prefecture, name: pairing.jp_name });
    if (!this.keys.has(key)) return nothing;
    const template = this.host.storyHref;
    if (template) {
      return html`<a class="link story-link" part="link story-link" href=${template.replaceAll('{key}', encodeURIComponent(key))}>${msg('Read the origin story')}</a>`;
    }
    return html`<button type="button" class="secondary story-link" part="button story-link" aria-haspopup="dialog"
      @click=${(event: Event) => this.show(key, event.currentTarget as HTMLElement)}>${msg('Read the origin story')}</button>`;
  }

  private show(key: string, opener: HTMLElement): void {
    this.open = { key, opener };
    void import('../stories/define.js').then(() => {
      if (!customElements.get('sister-city-stories')) {
        // The classic directory script leaves the reader out: the page must paste classic/sister-city-stories.js too.
        console.warn(`<${this.host.localName}>: to open stories on the page, add the sister-city-stories script (or give story-href).`);
        this.open = undefined;
        return;
      }
      this.host.requestUpdate();
      return this.host.updateComplete;
    }).then(() => this.host.renderRoot.querySelector<HTMLDialogElement>('.story-dialog')?.showModal());
  }

  private close(): void {
    const opener = this.open?.opener;
    this.open = undefined;
    this.host.requestUpdate();
    opener?.focus();
  }

  /** The dialog a story opens in when there is no `story-href`. */
  renderDialog(): TemplateResult | typeof nothing {
    if (!this.open || !this.src) return nothing;
    return html`<dialog class="dialog story-dialog" aria-label=${msg('Origin story')} @close=${() => this.close()}>
      <button type="button" class="close" part="button" @click=${() => this.close()}>${msg('Close')}</button>
      <sister-city-stories src=${this.src} pairing=${this.open.key}></sister-city-stories>
    </dialog>`;
  }
}
