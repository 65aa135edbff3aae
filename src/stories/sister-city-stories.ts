import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { afterChildrenParsed } from '../base/after-children.js';
import { nowOrLater, type NowOrLater } from '../base/now-or-later.js';
import { SisterCityElement } from '../base/sister-city-element.js';
import { formatNumber, plural, type Calendar } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { strings } from '../generated/strings/stories.js';
import { filterStories, loadStories, sortStories, storyFacets, StorySourceError, type LoadedStories, type StoryEntry, type StoryFacets, type StoryFilters } from './feed.js';
import { renderLightbox } from './lightbox.js';
import { renderStoryControls } from './render-controls.js';
import { renderStory } from './render-story.js';
import { storiesStyles } from './stories.styles.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'network-error' | 'format-error';

/** Detail of the `load` event. */
export interface StoriesLoadDetail {
  /** Stories that have the published shape and are shown. */
  count: number;
  /** Stories left out, with their 1-based position and the reason (also logged to the console). */
  skipped: { row: number; reason: string }[];
}

/** Detail of the `error` event. */
export interface StoriesErrorDetail {
  kind: 'network' | 'format';
  message: string;
}

/**
 * @tagname sister-city-stories
 * @summary The published Hajimari origin stories of North America–Japan pairings, with search and
 * filters, in the reader's language where a translation exists.
 *
 * @attr src - URL of the published stories: the receiver's feed (`/api/stories/published.json`) or a JSON file of the same shape (`{ "stories": [...] }` or an array).
 * @attr pairing - Show only one pairing's story: its key, `<country>-<state or province>-<city>/<prefecture code>-<Japanese city>` with names folded to lower case and hyphens, as in `US-MN-saint-paul/42-nagasaki` (what the directory links to).
 * @attr region - Preset the state/province filter: a postal code such as `MN` or `QC`.
 * @attr prefecture - Preset the prefecture filter: JIS code `1`–`47` (`42`, `JP-42`).
 * @attr decade - Preset the decade filter: its first year (`1950`).
 * @attr connection - Preset the kind of connection: `business`, `friendship`, `education`, `humanitarian`, `culture`, `sports`, `disaster-relief` or `other`.
 * @attr search - Preset the search text.
 * @attr calendar - `gregory` (default) or `japanese`: in Japanese, show dates in the era calendar (昭和30年12月7日).
 * @attr hide-filters - Hide the filter menus and keep only the search box.
 * @attr {'light' | 'dark'} color-scheme - `light`, `dark`, or unset to follow the reader's system setting.
 *
 * @fires {StoriesLoadDetail} load - The stories were read. `detail: { count, skipped }`.
 * @fires {StoriesErrorDetail} error - The stories could not be loaded (`detail.kind === 'network'`) or read (`'format'`).
 *
 * @slot - An optional `<script type="application/json">` with the stories inline.
 *
 * @csspart search - The search and filter area.
 * @csspart label - Every field label.
 * @csspart input - The search box and the filter menus.
 * @csspart button - Every button (clear filters, retry, the lightbox's).
 * @csspart status - The live count of stories.
 * @csspart message - Loading, empty and error messages.
 * @csspart story - One story (an `<article>`; its `id` is the pairing's key).
 * @csspart side - The story as the submitting city told it.
 * @csspart partner-side - The partner city's side, when it wrote one.
 * @csspart photo - The button around each photo thumbnail (opens the lightbox).
 * @csspart lightbox - The photo dialog.
 *
 * @cssprop [--sc-font-family=inherit] - Font family; inherited from the page by default.
 * @cssprop [--sc-font-size=max(1em, 16px)] - Base font size; everything scales from it.
 * @cssprop [--sc-color-text=#1b1f24] - Text colour.
 * @cssprop [--sc-color-muted=#505a64] - Secondary text (regions, dates, credits).
 * @cssprop [--sc-color-surface=#ffffff] - Background.
 * @cssprop [--sc-color-surface-alt=#f3f5f7] - The filter area and the partner's side.
 * @cssprop [--sc-color-border=#6b7580] - Borders of fields and stories.
 * @cssprop [--sc-color-accent=#1d4f91] - Buttons, links and headings.
 * @cssprop [--sc-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--sc-color-focus=#b35c00] - Focus outline.
 * @cssprop [--sc-color-error=#b3261e] - Error messages.
 * @cssprop [--sc-color-success=#1e6b34] - The shared success colour (the reader shows no success message today).
 * @cssprop [--sc-radius=0.375em] - Corner radius.
 * @cssprop [--sc-space=1em] - Base spacing.
 */
export class SisterCityStories extends SisterCityElement {
  protected static override localeStrings = strings;
  static override styles = storiesStyles;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    pairing: {},
    region: {},
    prefecture: {},
    decade: {},
    connection: {},
    search: {},
    calendar: {},
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    stories: { attribute: false },
    loadState: { state: true },
    loaded: { state: true },
    filters: { state: true },
    lightbox: { state: true },
  };

  src?: string;
  pairing?: string;
  region?: string;
  prefecture?: string;
  decade?: string;
  connection?: string;
  search?: string;
  calendar: Calendar = 'gregory';
  hideFilters = false;

  /** The published stories as objects (the feed's `stories`, or the whole feed). Takes precedence over `src` and inline data. */
  stories?: unknown;

  private loadState: LoadState = 'idle';
  private loaded: LoadedStories = { entries: [], skipped: [] };
  private filters: StoryFilters = {};
  private lightbox?: { entry: StoryEntry; index: number };
  private facets: StoryFacets = { regions: [], prefectures: [], decades: [], connections: [] };
  private results: StoryEntry[] = [];
  private abort?: AbortController;
  private opener?: HTMLElement;
  private readonly onHash = () => this.showHashTarget();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    if (this.loadState === 'idle' && this.stories === undefined && !this.src) {
      afterChildrenParsed(() => this.loadState === 'idle' && this.stories === undefined && !this.src && this.readInline());
    }
    // Taken out of the page while loading (which aborted it) and put back: load again.
    else if (this.loadState === 'loading' && this.abort?.signal.aborted) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('stories') && this.stories !== undefined) void this.accept(() => loadStories(this.stories));
    else if (changed.has('src') && this.src && this.stories === undefined) void this.fetchSource(this.src);
    if (['pairing', 'region', 'prefecture', 'decade', 'connection', 'search'].some((key) => changed.has(key))) {
      this.filters = { ...this.filters, ...this.presets, search: this.search ?? this.filters.search };
    }
    if (changed.has('loaded')) this.facets = storyFacets(this.loaded.entries);
    if (changed.has('loaded') || changed.has('filters')) this.results = sortStories(filterStories(this.loaded.entries, this.filters));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('loadState') && this.loadState === 'ready') this.showHashTarget();
    const dialog = this.renderRoot.querySelector('dialog');
    if (changed.has('lightbox') && dialog) {
      if (this.lightbox && !dialog.open) dialog.showModal();
      if (!this.lightbox && dialog.open) dialog.close();
    }
  }

  /** Loads `src` again, for example after a story was published. */
  reload(): Promise<void> {
    if (this.stories !== undefined) return this.accept(() => loadStories(this.stories)) ?? Promise.resolve();
    return this.src ? this.fetchSource(this.src) : Promise.resolve(this.readInline());
  }

  private get presets(): StoryFilters {
    return {
      pairing: this.pairing?.trim() || undefined,
      region: this.region?.trim().toUpperCase() || undefined,
      prefecture: Number(this.prefecture?.replace(/^JP-?/i, '')) || undefined,
      decade: Number(this.decade) || undefined,
      connection: this.connection?.trim() || undefined,
      search: this.search || undefined,
    };
  }

  private get changedFilters(): boolean {
    const presets = this.presets as Record<string, unknown>;
    const filters = this.filters as Record<string, unknown>;
    return [...new Set([...Object.keys(presets), ...Object.keys(filters)])].some((key) => (filters[key] || undefined) !== (presets[key] || undefined));
  }

  private readInline(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    void this.accept(() => {
      try {
        return loadStories(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        throw error instanceof StorySourceError ? error : new StorySourceError('The inline JSON is not valid.');
      }
    });
  }

  private async fetchSource(src: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadState = 'loading';
    let data: unknown;
    try {
      const response = await fetch(src, { signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        data = JSON.parse(text);
      } catch {
        if (!abort.signal.aborted) this.fail('format', `${src} is not JSON.`);
        return;
      }
    } catch (error) {
      if (!abort.signal.aborted) this.fail('network', `Could not load ${src}: ${(error as Error).message}`);
      return;
    }
    if (!abort.signal.aborted) await this.accept(() => loadStories(data));
  }

  /** Shows the stories read: at once when every story passes the fast check, else once the schema has said why some are skipped. */
  private accept(read: () => NowOrLater<LoadedStories>): Promise<void> | undefined {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      return nowOrLater(read(), abort.signal, {
        show: (result) => this.show(result),
        wait: () => (this.loadState = 'loading'),
        failed: (error) => this.fail('network', `Could not load the story check: ${error.message}`),
      });
    } catch (error) {
      if (!(error instanceof StorySourceError)) throw error;
      this.fail('format', error.message);
      return undefined;
    }
  }

  private show(result: LoadedStories): void {
    this.loaded = result;
    this.loadState = 'ready';
    for (const { row, reason } of result.skipped.slice(0, 50)) console.warn(`<${this.localName}>: story ${row} skipped: ${reason}`);
    this.dispatchEvent(new CustomEvent<StoriesLoadDetail>('load', { detail: { count: result.entries.length, skipped: result.skipped } }));
  }

  private fail(kind: StoriesErrorDetail['kind'], message: string): void {
    this.loadState = kind === 'network' ? 'network-error' : 'format-error';
    console.error(`<${this.localName}>: ${message}`);
    this.dispatchEvent(new CustomEvent<StoriesErrorDetail>('error', { detail: { kind, message } }));
  }

  /** A link to `page.html#<pairing key>` (the directory's) brings its story into view: the story is inside the shadow root, out of the browser's reach. */
  private showHashTarget(): void {
    const key = decodeURIComponent(location.hash.slice(1));
    if (!key || !this.loaded.entries.some((entry) => entry.key === key)) return;
    if (!this.results.some((entry) => entry.key === key)) this.filters = { ...this.presets };
    void this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>(`article[id="${CSS.escape(key)}"] h2`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
  }

  private openPhoto(entry: StoryEntry, index: number): void {
    this.opener = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
    this.lightbox = { entry, index };
  }

  private closePhoto(): void {
    if (!this.lightbox) return;
    this.lightbox = undefined;
    const opener = this.opener;
    this.opener = undefined;
    void this.updateComplete.then(() => opener?.focus());
  }

  protected override render(): TemplateResult {
    const view = { locale: this.locale, calendar: this.calendar, openPhoto: (entry: StoryEntry, i: number) => this.openPhoto(entry, i) };
    return html`
      ${this.loadState === 'ready' && this.loaded.entries.length > 0 && !this.filters.pairing ?
        renderStoryControls({
          locale: this.locale, facets: this.facets, filters: this.filters, hideFilters: this.hideFilters, changedFilters: this.changedFilters,
          setFilter: (key, value) => (this.filters = { ...this.filters, [key]: value }),
          clearFilters: () => {
            this.filters = this.presets;
            this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
          },
        })
      : nothing}
      <p class="status" role="status" part="status">${this.statusText()}</p>
      ${this.renderBody(view)}
      ${renderLightbox({
        locale: this.locale, calendar: this.calendar, open: this.lightbox,
        show: (index) => this.lightbox && (this.lightbox = { ...this.lightbox, index }),
        close: () => this.closePhoto(),
      })}
      <slot hidden></slot>
    `;
  }

  private statusText(): string {
    if (this.loadState === 'loading') return msg('Loading stories…');
    if (this.loadState !== 'ready') return '';
    const total = this.loaded.entries.length;
    const count = this.results.length;
    const n = (value: number) => formatNumber(value, this.locale);
    if (count !== total) {
      return plural(this.locale, total, {
        one: () => msg(str`${n(count)} of ${n(total)} story`),
        other: () => msg(str`${n(count)} of ${n(total)} stories`),
      });
    }
    return plural(this.locale, total, { one: () => msg(str`${n(total)} story`), other: () => msg(str`${n(total)} stories`) });
  }

  private renderBody(view: Parameters<typeof renderStory>[1]): TemplateResult {
    switch (this.loadState) {
      case 'idle':
        return html`<p class="message" part="message">${msg('No stories to show yet.')}</p>`;
      case 'loading':
        return html`<p class="message" part="message" aria-hidden="true">${msg('Loading stories…')}</p>`;
      case 'network-error':
        return html`<div class="message error" part="message">
          <p>${msg('The stories could not be loaded. Check your connection, then try again.')}</p>
          <button type="button" part="button" @click=${() => this.reload()}>${msg('Try again')}</button>
        </div>`;
      case 'format-error':
        return html`<div class="message error" part="message">
          <p>${msg('The stories could not be read.')}</p>
          <p class="hint">${msg('If you look after this website: the stories must be the JSON of the published stories feed described in the documentation.')}</p>
        </div>`;
    }
    if (this.loaded.entries.length === 0) return html`<p class="message" part="message">${msg('No stories to show yet.')}</p>`;
    if (this.results.length === 0) {
      return html`<div class="message" part="message">
        <p>${this.filters.pairing ? msg('This pairing has not published its story yet.') : msg('No stories match your search. Check the spelling or clear the filters.')}</p>
      </div>`;
    }
    return html`<div class="stories">${repeat(this.results, (entry) => entry.key + entry.story.reference, (entry) => renderStory(entry, view))}</div>`;
  }
}
