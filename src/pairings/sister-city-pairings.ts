import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { nowOrLater, type Outcome } from '../base/now-or-later.js';
import { SisterCityElement } from '../base/sister-city-element.js';
import { formatNumber, plural, type Calendar } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import type { Pairing, PairingInput } from '../schema/pairing.js';
import { sourceProblemLabel } from './labels.js';
import { detectFormat, loadJson, loadText, PairingSourceError, type Checked, type LoadedPairings, type SkippedRow, type SourceProblem } from './load.js';
import { PairingList } from './pairing-list.js';
import { SORTS, type PairingEntry, type PairingFilters, type SortKey } from './query.js';
import { pairingsStyles } from './pairings.styles.js';
import { strings } from '../generated/strings/pairings.js';
import { renderControls, type ControlsView } from './render-controls.js';
import { renderRow } from './render-row.js';
import type { StoriesLink } from './stories-link.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'network-error' | 'format-error';

/** Detail of the `load` event. */
export interface PairingsLoadDetail {
  /** Pairings that passed the schema and are shown. */
  count: number;
  /** Rows that were skipped, with their row number and reason. */
  skipped: SkippedRow[];
}

/** Detail of the `error` event. */
export interface PairingsErrorDetail {
  kind: 'network' | 'format';
  message: string;
}

const MAX_LOGGED_ROWS = 50;

/**
 * @tagname sister-city-pairings
 * @summary A searchable, filterable directory of sister-city pairings between
 * North America and Japan, fed by a CSV or JSON file.
 *
 * @attr src - URL of a CSV or JSON pairings file (told apart by content type, then extension, then content).
 * @attr country - Preset the country filter: `US` or `CA`.
 * @attr region - Preset the state/province filter: a postal code such as `MN` or `QC`.
 * @attr prefecture - Preset the prefecture filter: JIS code `1`–`47` (`42`, `JP-42`).
 * @attr search - Preset the search text.
 * @attr sort - `name` (default), `japanese-name`, `year` or `region`.
 * @attr page-size - How many pairings to show before "Show more" (default 100).
 * @attr calendar - `gregory` (default) or `japanese`: in Japanese, show dates in the era calendar (昭和30年12月7日).
 * @attr anniversary-year - The year round anniversaries are counted for (default: this year).
 * @attr hide-filters - Hide the filter menus and keep only the search box.
 * @attr stories-src - URL of the published origin stories (the receiver's `/api/stories/published.json`): a pairing with a story shows "Read the origin story". Read after the list is shown.
 * @attr story-href - Where "Read the origin story" links, `{key}` standing for the pairing's key (`stories.html#{key}`; see `<sister-city-stories pairing>`). Without it, the story opens in a dialog on the page.
 * @attr {'light' | 'dark'} color-scheme - `light`, `dark`, or unset to follow the reader's system setting.
 *
 * @fires {PairingsLoadDetail} load - The data was read. `detail: { count, skipped }`; each skipped row is also logged to the console.
 * @fires {PairingsErrorDetail} error - The data could not be loaded (`detail.kind === 'network'`) or read (`'format'`).
 *
 * @slot - An optional `<script type="application/json">` with the pairings inline.
 *
 * @csspart search - The search and filter area.
 * @csspart label - Every field label.
 * @csspart input - The search box and the filter menus.
 * @csspart button - Every button (clear filters, show more, retry).
 * @csspart status - The live result count.
 * @csspart message - Loading, empty and error messages.
 * @csspart table - The table of pairings (cards on narrow screens).
 * @csspart row - One pairing.
 * @csspart badge - The round-anniversary badge.
 * @csspart link - Links to each side's website (and to the origin story).
 * @csspart story-link - "Read the origin story" (a link with `story-href`, else a button).
 *
 * @cssprop [--sc-font-family=inherit] - Font family; inherited from the page by default.
 * @cssprop [--sc-font-size=max(1em, 16px)] - Base font size; everything scales from it.
 * @cssprop [--sc-color-text=#1b1f24] - Text colour.
 * @cssprop [--sc-color-muted=#505a64] - Secondary text (levels, regions, notes).
 * @cssprop [--sc-color-surface=#ffffff] - Background.
 * @cssprop [--sc-color-surface-alt=#f3f5f7] - Alternate rows, cards and the filter area.
 * @cssprop [--sc-color-border=#6b7580] - Borders of fields and cards.
 * @cssprop [--sc-color-accent=#1d4f91] - Buttons, links and headings.
 * @cssprop [--sc-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--sc-color-focus=#b35c00] - Focus outline.
 * @cssprop [--sc-color-error=#b3261e] - Error messages.
 * @cssprop [--sc-color-success=#1e6b34] - Success messages and the anniversary badge.
 * @cssprop [--sc-radius=0.375em] - Corner radius.
 * @cssprop [--sc-space=1em] - Base spacing.
 */
export class SisterCityPairings extends SisterCityElement {
  protected static override localeStrings = strings;
  static override styles = pairingsStyles;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    country: {},
    region: {},
    prefecture: {},
    search: {},
    sort: {},
    pageSize: { type: Number, attribute: 'page-size' },
    calendar: {},
    anniversaryYear: { type: Number, attribute: 'anniversary-year' },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    storiesSrc: { attribute: 'stories-src' },
    storyHref: { attribute: 'story-href' },
    pairings: { attribute: false },
    loadState: { state: true },
    loaded: { state: true },
    filters: { state: true },
    sortKey: { state: true },
    shown: { state: true },
    filtersOpen: { state: true },
  };

  src?: string;
  country?: string;
  region?: string;
  prefecture?: string;
  search?: string;
  sort: SortKey = 'name';
  pageSize = 100;
  calendar: Calendar = 'gregory';
  anniversaryYear = new Date().getFullYear();
  hideFilters = false;
  storiesSrc?: string;
  storyHref?: string;

  /** The pairings as objects, in the record format of the README. Takes precedence over `src` and inline data. */
  pairings?: PairingInput[];

  private loadState: LoadState = 'idle';
  private loaded: LoadedPairings = { pairings: [], skipped: [] };
  private filters: PairingFilters = {};
  private sortKey: SortKey = 'name';
  private shown = 100;
  /** On a narrow widget the menus fold behind a "Filters" button. */
  private filtersOpen = false;

  /** The entries, sorted and filtered: only what changed is done again at each update. */
  private list = new PairingList();
  private entriesLocale?: string;
  private abort?: AbortController;
  private problem?: SourceProblem;
  /** "Read the origin story" links, loaded with their module only when `stories-src` is set. */
  private storyLinks?: StoriesLink;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadState === 'idle' && this.pairings === undefined && !this.src) this.readInline();
    // Taken out of the page while loading (which aborted it) and put back: load again.
    else if (this.loadState === 'loading' && this.abort?.signal.aborted) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('pairings') && this.pairings !== undefined) {
      void this.accept(() => loadJson(this.pairings));
    } else if (changed.has('src') && this.src && this.pairings === undefined) {
      void this.fetchSource(this.src);
    }
    if (changed.has('country') || changed.has('region') || changed.has('prefecture') || changed.has('search')) {
      this.filters = { ...this.filters, ...this.presets, search: this.search ?? this.filters.search };
    }
    // Search text holds region names in the languages loaded so far, so it is rebuilt when the language changes.
    const rebuilt = changed.has('loaded') || this.entriesLocale !== this.locale;
    if (rebuilt) {
      this.list.setPairings(this.loaded.pairings);
      this.entriesLocale = this.locale;
    }
    if (changed.has('storiesSrc') && this.storiesSrc && !this.storyLinks) {
      void import('./stories-link.js').then(({ StoriesLink }) => {
        this.storyLinks ??= new StoriesLink(this);
        this.requestUpdate();
      });
    }
    if (changed.has('sort')) this.sortKey = (SORTS as readonly string[]).includes(this.sort) ? this.sort : 'name';
    if (changed.has('pageSize')) this.shown = Math.max(1, this.pageSize || 100);
    this.list.update(
      { sortKey: this.sortKey, locale: this.locale, filters: this.filters, shown: this.shown },
      { resorted: changed.has('loaded') || changed.has('sortKey') || rebuilt, filters: changed.has('filters'), shown: changed.has('shown') },
    );
  }

  /** Loads `src` again, for example after the file changed. */
  reload(): Promise<void> {
    if (this.pairings !== undefined) return this.accept(() => loadJson(this.pairings)) ?? Promise.resolve();
    return this.src ? this.fetchSource(this.src) : Promise.resolve(this.readInline());
  }

  private readInline(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    void this.accept(() => {
      try {
        return loadJson(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        throw error instanceof PairingSourceError ? error : new PairingSourceError('not-json', 'The inline JSON is not valid.');
      }
    });
  }

  private async fetchSource(src: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadState = 'loading';
    let response: Response;
    let text: string;
    try {
      response = await fetch(src, { signal: abort.signal, headers: { Accept: 'text/csv, application/json;q=0.9' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail('network', `Could not load ${src}: ${(error as Error).message}`);
      return;
    }
    if (abort.signal.aborted) return;
    let checked: Checked;
    try {
      checked = loadText(text, detectFormat(response.headers.get('content-type'), response.url || src, text));
    } catch (error) {
      return this.refuse(error);
    }
    let result: LoadedPairings | undefined;
    await nowOrLater(checked, abort.signal, this.outcome((loaded) => (result = loaded)));
    if (!result) return;
    // Give the browser a turn between checking thousands of rows and rendering them.
    await new Promise((resolve) => setTimeout(resolve));
    if (!abort.signal.aborted) this.show(result);
  }

  /** Shows pairings given in the page (property, inline script): at once when every row passes the fast check. */
  private accept(read: () => Checked): Promise<void> | undefined {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      return nowOrLater(read(), abort.signal, this.outcome((result) => this.show(result)));
    } catch (error) {
      this.refuse(error);
      return undefined;
    }
  }

  private outcome(show: (result: LoadedPairings) => void): Outcome<LoadedPairings> {
    return {
      show,
      wait: () => (this.loadState = 'loading'),
      failed: (error) => this.fail('network', `Could not load the row check: ${error.message}`),
    };
  }

  private refuse(error: unknown): void {
    if (!(error instanceof PairingSourceError)) throw error;
    this.problem = error.problem;
    this.fail('format', error.message);
  }

  private show(result: LoadedPairings): void {
    this.loaded = result;
    this.loadState = 'ready';
    this.logSkipped(result.skipped);
    this.dispatchEvent(
      new CustomEvent<PairingsLoadDetail>('load', { detail: { count: result.pairings.length, skipped: result.skipped } }),
    );
  }

  private fail(kind: PairingsErrorDetail['kind'], message: string): void {
    this.loadState = kind === 'network' ? 'network-error' : 'format-error';
    console.error(`<${this.localName}>: ${message}`);
    this.dispatchEvent(new CustomEvent<PairingsErrorDetail>('error', { detail: { kind, message } }));
  }

  private logSkipped(skipped: SkippedRow[]): void {
    if (skipped.length === 0) return;
    const source = this.src ?? 'inline data';
    for (const { row, reason } of skipped.slice(0, MAX_LOGGED_ROWS)) {
      console.warn(`<${this.localName}>: ${source} row ${row} skipped: ${reason}`);
    }
    if (skipped.length > MAX_LOGGED_ROWS) {
      console.warn(`<${this.localName}>: … and ${skipped.length - MAX_LOGGED_ROWS} more rows skipped.`);
    }
  }

  private setFilter<K extends keyof PairingFilters>(key: K, value: PairingFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    if (key === 'country' && value && this.filters.region) {
      const regionInCountry = this.list.facets?.regions.some((r) => r.country === value && r.code === this.filters.region);
      if (!regionInCountry) this.filters = { ...this.filters, region: undefined };
    }
    this.shown = Math.max(1, this.pageSize || 100);
  }

  /** The filters the page set with attributes: "Clear filters" comes back to them, never past them. */
  private get presets(): PairingFilters {
    return {
      country: this.country?.trim().toUpperCase() || undefined,
      region: this.region?.trim().toUpperCase() || undefined,
      prefecture: Number(this.prefecture?.replace(/^JP-?/i, '')) || undefined,
      search: this.search || undefined,
    };
  }

  private clearFilters(): void {
    this.filters = this.presets;
    this.shown = Math.max(1, this.pageSize || 100);
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private get hasFilters(): boolean {
    return Object.values(this.filters).some((value) => value !== undefined && value !== '');
  }

  /** Whether the reader has moved the filters away from the page's presets. */
  private get changedFilters(): boolean {
    const presets = this.presets as Record<string, unknown>;
    const filters = this.filters as Record<string, unknown>;
    return [...new Set([...Object.keys(presets), ...Object.keys(filters)])].some((key) => (filters[key] || undefined) !== (presets[key] || undefined));
  }

  private controlsView(): ControlsView {
    return {
      locale: this.locale,
      facets: this.list.facets,
      filters: this.filters,
      sortKey: this.sortKey,
      hideFilters: this.hideFilters,
      filtersOpen: this.filtersOpen,
      changedFilters: this.changedFilters,
      setFilter: (key, value) => this.setFilter(key, value),
      setSort: (key) => (this.sortKey = key),
      toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      clearFilters: () => this.clearFilters(),
    };
  }

  protected override render(): TemplateResult {
    const { results, count } = this.list;
    return html`
      ${renderControls(this.controlsView())}
      <p class="status" role="status" part="status">${this.statusText(count)}</p>
      ${this.loadState === 'ready' && this.loaded.skipped.length > 0 ?
        html`<p class="skipped" part="message">
          ${plural(this.locale, this.loaded.skipped.length, {
            one: () => msg(str`${formatNumber(this.loaded.skipped.length, this.locale)} row could not be shown.`),
            other: () => msg(str`${formatNumber(this.loaded.skipped.length, this.locale)} rows could not be shown.`),
          })}
        </p>`
      : nothing}
      ${this.renderBody(results, count)}
      ${this.storyLinks?.renderDialog() ?? nothing}
      <slot hidden></slot>
    `;
  }

  private statusText(count: number): string {
    const total = this.list.entries.length;
    switch (this.loadState) {
      case 'loading':
        return msg('Loading pairings…');
      case 'ready':
        if (this.hasFilters) {
          return plural(this.locale, total, {
            one: () => msg(str`${formatNumber(count, this.locale)} of ${formatNumber(total, this.locale)} pairing`),
            other: () => msg(str`${formatNumber(count, this.locale)} of ${formatNumber(total, this.locale)} pairings`),
          });
        }
        return plural(this.locale, total, {
          one: () => msg(str`${formatNumber(total, this.locale)} pairing`),
          other: () => msg(str`${formatNumber(total, this.locale)} pairings`),
        });
      default:
        return '';
    }
  }

  private renderBody(results: PairingEntry[], count: number): TemplateResult | typeof nothing {
    switch (this.loadState) {
      case 'idle':
        return html`<p class="message" part="message">${msg('No pairings to show yet.')}</p>`;
      case 'loading':
        return html`<p class="message" part="message" aria-hidden="true">${msg('Loading pairings…')}</p>`;
      case 'network-error':
        return html`<div class="message error" part="message">
          <p>${msg('The list of pairings could not be loaded. Check your connection, then try again.')}</p>
          <button type="button" part="button" @click=${() => this.reload()}>${msg('Try again')}</button>
        </div>`;
      case 'format-error':
        return html`<div class="message error" part="message">
          <p>${msg('The list of pairings could not be read.')}</p>
          <p class="hint">
            ${msg('If you look after this website: the pairings file must be CSV or JSON in the format described in the documentation.')}
            <span class="detail">${sourceProblemLabel(this.problem!)}</span>
          </p>
        </div>`;
    }
    if (this.list.entries.length === 0) {
      return html`<p class="message" part="message">${msg('No pairings to show yet.')}</p>`;
    }
    if (count === 0) {
      return html`<div class="message" part="message">
        <p>${msg('No pairings match your search. Check the spelling or clear the filters.')}</p>
        ${this.changedFilters ?
          html`<button type="button" class="secondary" part="button" @click=${() => this.clearFilters()}>${msg('Clear filters')}</button>`
        : nothing}
      </div>`;
    }
    const visible = results.slice(0, this.shown);
    const row = { locale: this.locale, calendar: this.calendar, anniversaryYear: this.anniversaryYear, story: this.storyLinks && ((p: Pairing) => this.storyLinks!.renderLink(p)) };
    const remaining = count - visible.length;
    return html`
      <table role="table" part="table">
        <caption class="visually-hidden">${msg('Sister-city pairings')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${msg('North America')}</th>
            <th role="columnheader" scope="col">${msg('Japan')}</th>
            <th role="columnheader" scope="col">${msg('Relationship')}</th>
            <th role="columnheader" scope="col">${msg('Websites')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${
            // Not keyed: a search or "Clear" refills the rows already there rather than removing 100 rows
            // and creating 100 others (a third less CPU, measured). Focus is never in a row while the results
            // change (it is in the search box, a menu or "Show more", which only appends).
            visible.map((entry) => renderRow(entry, row))
          }
        </tbody>
      </table>
      ${remaining > 0 ?
        html`<p class="more">
          <button type="button" class="secondary" part="button" @click=${() => (this.shown += Math.max(1, this.pageSize || 100))}>
            ${msg(str`Show more (${formatNumber(remaining, this.locale)} not shown)`)}
          </button>
        </p>`
      : nothing}
    `;
  }
}
