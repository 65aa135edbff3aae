import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { afterChildrenParsed } from '../base/after-children.js';
import { nowOrLater, type NowOrLater } from '../base/now-or-later.js';
import { SisterCityElement } from '../base/sister-city-element.js';
import { formatNumber, plural } from '../i18n/format.js';
import { isLocaleLoaded, loadLocale, msg, str, type WidgetStrings } from '../i18n/localize.js';
import { strings } from '../generated/strings/requests.js';
import { toggled } from './lists.js';
import type { Units } from './present.js';
import { facetsOf, filterEntries, sortEntries, SORTS, toEntries, type Facets, type RequestEntry, type RequestFilters, type SortKey } from './query.js';
import { loadRequestsJson, loadRequestsText, RequestSourceError, type Direction, type LoadedRequests, type RequestSourceProblem, type SkippedRow } from './record.js';
import { renderCard } from './render-card.js';
import { renderControls } from './render-controls.js';
import { requestsStyles } from './requests.styles.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'network-error' | 'format-error';

/** Detail of the `load` event. */
export interface RequestsLoadDetail {
  count: number;
  skipped: SkippedRow[];
}

/** Detail of the `error` event. */
export interface RequestsErrorDetail {
  kind: 'network' | 'format';
  message: string;
}

const DIRECTION_NAMES: readonly string[] = ['na-seeking-jp', 'jp-seeking-na'];

/** The board ranked by fit (ranking.ts), once matching is loaded. */
type Ranking = InstanceType<(typeof import('./ranking.js'))['Ranking']>;
/** A request's whole profile, once card-details.ts is loaded. */
type Details = (typeof import('./card-details.js'))['renderDetails'];

/**
 * @tagname sister-city-requests
 * @summary The open partner-requests board: communities in North America and Japan seeking a sister
 * city, with search, filters and "Find partners for my community" (ranked by fit, with the reasons).
 *
 * @attr src - URL of the requests: the receiver's `/api/requests/published.json` (or `.csv`), or a CSV/JSON file the site keeps with the same field names.
 * @attr direction - Preset one direction: `na-seeking-jp` or `jp-seeking-na` (both when unset).
 * @attr contact - How readers reach the organisation about a request: `mailto:…` (the request's reference and community go in the subject) or a URL template with `{reference}` and `{name}`. No personal contact is ever shown.
 * @attr {'metric' | 'imperial'} units - Which unit of area comes first; by default square miles in English, km² in Japanese and French.
 * @attr search - Preset the search text.
 * @attr sort - `newest` (default), `name` or `population`.
 * @attr heading-level - The heading level of each request's name (2–4, default 3).
 * @attr hide-filters - Hide the filters and keep the search box and matching.
 * @attr {'light' | 'dark'} color-scheme - `light`, `dark`, or unset to follow the reader's system setting.
 *
 * @fires {RequestsLoadDetail} load - The data was read: `detail: { count, skipped }`; each skipped entry is also logged to the console.
 * @fires {RequestsErrorDetail} error - The data could not be loaded (`detail.kind === 'network'`) or read (`'format'`).
 *
 * @slot - An optional `<script type="application/json">` with the requests inline.
 *
 * @csspart search - The search and filter area.
 * @csspart match - The "Find partners for my community" area.
 * @csspart label - Every field label.
 * @csspart input - Every field.
 * @csspart button - Every button.
 * @csspart error - A field's error message.
 * @csspart status - The live result count.
 * @csspart message - Loading, empty and error messages.
 * @csspart list - The list of requests.
 * @csspart card - One request.
 * @csspart badge - The direction a request seeks its partner in.
 * @csspart reasons - Why a request fits, when ranked.
 * @csspart details - A request's full public profile.
 * @csspart link - The contact and pamphlet links.
 *
 * @cssprop [--sc-font-family=inherit] - Font family; inherited from the page by default.
 * @cssprop [--sc-font-size=max(1em, 16px)] - Base font size.
 * @cssprop [--sc-color-text=#1b1f24] - Text colour.
 * @cssprop [--sc-color-muted=#505a64] - Secondary text.
 * @cssprop [--sc-color-surface=#ffffff] - Background.
 * @cssprop [--sc-color-surface-alt=#f3f5f7] - Cards and the filter area.
 * @cssprop [--sc-color-border=#6b7580] - Borders of fields and cards.
 * @cssprop [--sc-color-accent=#1d4f91] - Buttons, links and headings.
 * @cssprop [--sc-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--sc-color-focus=#b35c00] - Focus outline.
 * @cssprop [--sc-color-error=#b3261e] - Error messages.
 * @cssprop [--sc-color-success=#1e6b34] - The reasons of a match.
 * @cssprop [--sc-radius=0.375em] - Corner radius.
 * @cssprop [--sc-space=1em] - Base spacing.
 */
export class SisterCityRequests extends SisterCityElement {
  protected static override localeStrings = strings;
  static override styles = requestsStyles;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    direction: {},
    contact: {},
    units: {},
    search: {},
    sort: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    requests: { attribute: false },
    loadState: { state: true },
    loaded: { state: true },
    filters: { state: true },
    sortKey: { state: true },
    filtersOpen: { state: true },
    matchOpen: { state: true },
    ranking: { state: true },
    openCards: { state: true },
    details: { state: true },
    problemLabel: { state: true },
  };

  src?: string;
  direction?: Direction;
  contact?: string;
  units?: Units;
  search?: string;
  sort: SortKey = 'newest';
  headingLevel = 3;
  hideFilters = false;
  /** The requests as objects (the feed's entries). Takes precedence over `src` and inline data. */
  requests?: unknown[];

  private loadState: LoadState = 'idle';
  private loaded: LoadedRequests = { requests: [], skipped: [] };
  private filters: RequestFilters = {};
  private sortKey: SortKey = 'newest';
  private filtersOpen = false;
  private matchOpen = false;
  /** The form, scoring and reasons of matching, once the reader first asked for them. */
  private ranking?: Ranking;
  private matchingLoad?: Promise<Ranking>;
  private openCards = new Set<number>();
  /** The whole profile of a request, once a reader first opened one. */
  private details?: Details;
  private detailsLoad?: Promise<Details>;
  /** What is wrong with a source that cannot be read, in words, once loaded (only then needed). */
  private problemLabel?: (typeof import('./source-problem.js'))['sourceProblemLabel'];
  /** The strings of the parts loaded on demand so far (`loadPart`): an update waits for them in the board's language. */
  private parts = new Set<WidgetStrings>();

  private entries: RequestEntry[] = [];
  private results: RequestEntry[] = [];
  private entriesLocale?: string;
  private facets?: Facets;
  private abort?: AbortController;
  private problem?: RequestSourceProblem;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadState !== 'idle' || this.requests !== undefined || this.src) return;
    afterChildrenParsed(() => this.loadState === 'idle' && this.requests === undefined && !this.src && this.readInline());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /**
   * A part loaded on demand renders only in its language: after a change of language, its strings are
   * loaded first. (The forms do this with src/i18n/parts.ts; importing it here would make it a chunk of
   * its own, one more file for each form page too.)
   */
  protected override async scheduleUpdate(): Promise<void> {
    const parts = [...this.parts];
    if (!parts.every((part) => isLocaleLoaded(this.locale, part))) await Promise.all(parts.map((part) => loadLocale(this.locale, part)));
    return super.scheduleUpdate();
  }

  /** Loads a part of the board (`load`, an import()) together with the strings it shows (their table: scripts/message-tables.mjs). */
  private loadPart<T>(name: string, load: () => Promise<T>): Promise<T> {
    const part = strings.later?.[name];
    if (part) this.parts.add(part);
    return Promise.all([load(), part && loadLocale(this.locale, part)]).then(([module]) => module);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('requests') && this.requests !== undefined) void this.accept(() => loadRequestsJson(this.requests));
    else if (changed.has('src') && this.src && this.requests === undefined) void this.fetchSource(this.src);
    if (changed.has('direction') || changed.has('search')) this.filters = { ...this.filters, ...this.presets, search: this.search ?? this.filters.search };
    const rebuilt = changed.has('loaded') || this.entriesLocale !== this.locale;
    if (rebuilt) {
      this.entries = toEntries(this.loaded.requests);
      this.facets = facetsOf(this.entries);
      this.entriesLocale = this.locale;
    }
    if (changed.has('sort')) this.sortKey = (SORTS as readonly string[]).includes(this.sort) ? this.sort : 'newest';
    if (rebuilt || changed.has('filters') || changed.has('sortKey') || changed.has('ranking')) this.compute();
  }

  private compute(): void {
    const filtered = filterEntries(this.entries, this.filters);
    this.results = this.ranking?.profile ? this.ranking.rank(filtered) : sortEntries(filtered, this.sortKey, this.locale);
  }

  protected override updated(): void {
    // `?checked` renders the answer on the server and at first paint, but a box the reader has clicked no
    // longer follows its attribute: keep each box's state in step with what was rendered ("Clear filters").
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
      box.checked = box.hasAttribute('checked');
    }
  }

  /** Loads `src` again, for example after new requests were published. */
  reload(): Promise<void> {
    if (this.requests !== undefined) return this.accept(() => loadRequestsJson(this.requests)) ?? Promise.resolve();
    return this.src ? this.fetchSource(this.src) : Promise.resolve(this.readInline());
  }

  private get presets(): RequestFilters {
    return { direction: DIRECTION_NAMES.includes(this.direction ?? '') ? this.direction : undefined, search: this.search || undefined };
  }

  private readInline(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    void this.accept(() => {
      try {
        return loadRequestsJson(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        throw error instanceof RequestSourceError ? error : new RequestSourceError('not-json', 'The inline JSON is not valid.');
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
      response = await fetch(src, { signal: abort.signal, headers: { Accept: 'application/json, text/csv;q=0.9' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail('network', `Could not load ${src}: ${(error as Error).message}`);
      return;
    }
    if (abort.signal.aborted) return;
    await this.accept(() => loadRequestsText(text, response.headers.get('content-type'), response.url || src));
  }

  /** Shows the requests read: at once when every entry passes the fast check, else once the schema has decided on the others. */
  private accept(read: () => NowOrLater<LoadedRequests>): Promise<void> | undefined {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      return nowOrLater(read(), abort.signal, {
        show: (result) => this.show(result),
        wait: () => (this.loadState = 'loading'),
        failed: (error) => this.refuse(error, `Could not load the request check: ${error.message}`),
      });
    } catch (error) {
      this.refuse(error as Error);
      return undefined;
    }
  }

  /** A source that cannot be read (a format error), or a module that could not load (a network one). */
  private refuse(error: Error, network?: string): void {
    if (error instanceof RequestSourceError) {
      this.problem = error.problem;
      this.fail('format', error.message);
      // Its words load now; without them the board still says that the file could not be read.
      this.loadPart('requests/source-problem', () => import('./source-problem.js')).then(
        ({ sourceProblemLabel }) => (this.problemLabel = sourceProblemLabel),
        (failure: Error) => console.error(`<${this.localName}>: ${failure.message}`),
      );
    } else if (network) this.fail('network', network);
    else throw error;
  }

  private show(result: LoadedRequests): void {
    this.loaded = result;
    this.loadState = 'ready';
    for (const { row, reason } of result.skipped.slice(0, 50)) console.warn(`<${this.localName}>: ${this.src ?? 'inline data'} entry ${row} skipped: ${reason}`);
    this.dispatchEvent(new CustomEvent<RequestsLoadDetail>('load', { detail: { count: result.requests.length, skipped: result.skipped } }));
  }

  private fail(kind: RequestsErrorDetail['kind'], message: string): void {
    this.loadState = kind === 'network' ? 'network-error' : 'format-error';
    console.error(`<${this.localName}>: ${message}`);
    this.dispatchEvent(new CustomEvent<RequestsErrorDetail>('error', { detail: { kind, message } }));
  }

  private setFilter<K extends keyof RequestFilters>(key: K, value: RequestFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
  }

  private get changedFilters(): boolean {
    const presets = this.presets as Record<string, unknown>;
    const filters = this.filters as Record<string, unknown>;
    return Object.keys({ ...presets, ...filters }).some((key) => {
      const value = filters[key];
      const set = Array.isArray(value) ? value.length > 0 : !!value;
      return set ? value !== presets[key] : !!presets[key];
    });
  }

  private clearFilters(): void {
    this.filters = this.presets;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  /** Loads matching once (the first time the reader asks for it); the form and the ranking render once it is there. */
  private loadMatching(): Promise<Ranking> {
    this.matchingLoad ??= this.loadPart('requests/ranking', () => import('./ranking.js')).then(
      ({ Ranking }) => (this.ranking = new Ranking(this)),
      (error: Error) => {
        // Let the reader try again: the panel closes, the button can open it once more.
        this.matchingLoad = undefined;
        this.matchOpen = false;
        console.error(`<${this.localName}>: could not load matching: ${error.message}`);
        throw error;
      },
    );
    return this.matchingLoad;
  }

  private toggleMatch(): void {
    this.matchOpen = !this.matchOpen;
    if (this.matchOpen) this.loadMatching().catch(() => undefined);
  }

  /** Ranks the board for a listed request's community (loading matching first if needed). */
  private findPartnersFor(entry: RequestEntry): void {
    this.loadMatching().then((ranking) => ranking.rankFor(entry, this.locale), () => undefined);
  }

  /** Opens or closes a request's whole profile; its part loads when a first one opens (a loading line until then). */
  private toggleCard(key: number): void {
    const open = new Set(this.openCards);
    if (!open.delete(key)) open.add(key);
    this.openCards = open;
    this.detailsLoad ??= this.loadPart('requests/card-details', () => import('./card-details.js')).then(
      ({ renderDetails }) => (this.details = renderDetails),
      (error: Error) => {
        // Let the reader try again: the profiles close, their buttons can open them once more.
        this.detailsLoad = undefined;
        this.openCards = new Set();
        console.error(`<${this.localName}>: could not load the profile: ${error.message}`);
        throw error;
      },
    );
    this.detailsLoad.catch(() => undefined);
  }

  protected override render(): TemplateResult {
    return html`
      ${this.renderMatch()}
      ${renderControls({
        locale: this.locale,
        facets: this.facets,
        filters: this.filters,
        sortKey: this.sortKey,
        fixedDirection: !!this.presets.direction,
        hideFilters: this.hideFilters,
        filtersOpen: this.filtersOpen,
        ranked: !!this.ranking?.profile,
        changedFilters: this.changedFilters,
        setFilter: (key, value) => this.setFilter(key, value),
        setSort: (key) => (this.sortKey = key),
        toggleExchange: (kind, on) => this.setFilter('exchanges', toggled(this.filters.exchanges ?? [], kind, on)),
        toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
        clearFilters: () => this.clearFilters(),
      })}
      <p class="status" role="status" part="status" tabindex="-1">${this.statusText()}</p>
      ${this.loadState === 'ready' && this.loaded.skipped.length > 0 ?
        html`<p class="skipped" part="message">${plural(this.locale, this.loaded.skipped.length, {
          one: () => msg(str`${formatNumber(this.loaded.skipped.length, this.locale)} request could not be shown.`),
          other: () => msg(str`${formatNumber(this.loaded.skipped.length, this.locale)} requests could not be shown.`),
        })}</p>`
      : nothing}
      ${this.renderBody()}
      <slot hidden></slot>
    `;
  }

  /** The button that opens matching, and its form once loaded (a loading line until then). */
  private renderMatch(): TemplateResult {
    return html`<div class="match" part="match">
      <button type="button" class="match-toggle" part="button" aria-expanded=${this.matchOpen ? 'true' : 'false'} aria-controls="match-form" @click=${() => this.toggleMatch()}>
        ${msg('Find partners for my community')}
      </button>
      ${this.ranking ?
        this.ranking.render(this.locale, this.matchOpen)
      : html`<div id="match-form" class="match-form" ?hidden=${!this.matchOpen}>${this.matchOpen ? html`<p class="hint">${msg('Loading')}</p>` : nothing}</div>`}
    </div>`;
  }

  private statusText(): string {
    if (this.loadState === 'loading') return msg('Loading partner requests…');
    if (this.loadState !== 'ready') return '';
    const count = this.results.length;
    const total = this.entries.length;
    const n = formatNumber(count, this.locale);
    if (this.ranking?.profile) return this.ranking.status(count, this.locale);
    const t = formatNumber(total, this.locale);
    return count === total ?
        plural(this.locale, total, { one: () => msg(str`${t} partner request`), other: () => msg(str`${t} partner requests`) })
      : plural(this.locale, total, { one: () => msg(str`${n} of ${t} partner request`), other: () => msg(str`${n} of ${t} partner requests`) });
  }

  private reasonsFor(entry: RequestEntry): string | undefined {
    return this.ranking?.reasons(entry, this.locale);
  }

  private renderBody(): TemplateResult {
    switch (this.loadState) {
      case 'idle':
        return html`<p class="message" part="message">${msg('No partner requests to show yet.')}</p>`;
      case 'loading':
        return html`<p class="message" part="message" aria-hidden="true">${msg('Loading partner requests…')}</p>`;
      case 'network-error':
        return html`<div class="message error" part="message">
          <p>${msg('The partner requests could not be loaded.')}</p>
          <button type="button" part="button" @click=${() => void this.reload()}>${msg('Try again')}</button>
        </div>`;
      case 'format-error':
        return html`<div class="message error" part="message">
          <p>${msg('The partner requests could not be read.')}</p>
          ${this.problem && this.problemLabel ? html`<p class="detail">${this.problemLabel(this.problem)}</p>` : nothing}
        </div>`;
      default:
        break;
    }
    if (this.entries.length === 0) return html`<p class="message" part="message">${msg('No community is seeking a partner at the moment.')}</p>`;
    if (this.results.length === 0) {
      return html`<div class="message" part="message"><p>${msg('No request matches these filters.')}</p>
        <button type="button" class="secondary" part="button" @click=${() => this.clearFilters()}>${msg('Clear filters')}</button></div>`;
    }
    const level = Math.min(4, Math.max(2, this.headingLevel || 3));
    return html`<ul class="cards" part="list" aria-label=${msg('Partner requests')}>
      ${this.results.map((entry) => renderCard(entry, {
        locale: this.locale,
        units: this.units === 'metric' || this.units === 'imperial' ? this.units : undefined,
        contact: this.contact,
        headingLevel: level,
        open: this.openCards.has(entry.key),
        reasons: this.reasonsFor(entry),
        details: this.details,
        toggle: () => this.toggleCard(entry.key),
        findPartners: () => this.findPartnersFor(entry),
      }))}
    </ul>`;
  }
}
