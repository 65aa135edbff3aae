import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { SisterCityElement } from '../base/sister-city-element.js';
import { formatNumber, formatPartialDate, plural, type Calendar } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import { PAIRING_TYPES, type PairingInput, type PairingType } from '../schema/pairing.js';
import { jpLevelLabel, naLevelLabel } from '../i18n/levels.js';
import { countryLabel, decadeLabel, formatOrdinal, typeFilterLabel, typeLabel } from './labels.js';
import { detectFormat, loadJson, loadText, PairingSourceError, type LoadedPairings, type SkippedRow } from './load.js';
import {
  facetsOf,
  filterEntries,
  roundAnniversary,
  sortEntries,
  SORTS,
  toEntries,
  type Facets,
  type PairingEntry,
  type PairingFilters,
  type SortKey,
} from './query.js';
import { pairingsStyles } from './pairings.styles.js';

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
 * @csspart link - Links to each side's website.
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
    pairings: { attribute: false },
    loadState: { state: true },
    loaded: { state: true },
    filters: { state: true },
    sortKey: { state: true },
    shown: { state: true },
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

  /** The pairings as objects, in the record format of the README. Takes precedence over `src` and inline data. */
  pairings?: PairingInput[];

  private loadState: LoadState = 'idle';
  private loaded: LoadedPairings = { pairings: [], skipped: [] };
  private filters: PairingFilters = {};
  private sortKey: SortKey = 'name';
  private shown = 100;

  private entries: PairingEntry[] = [];
  /** The filtered, sorted list, recomputed only when the data, filters, sort or language change. */
  private results: PairingEntry[] = [];
  private entriesLocale?: string;
  private facets?: Facets;
  private abort?: AbortController;
  private errorMessage = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadState === 'idle' && this.pairings === undefined && !this.src) this.readInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('pairings') && this.pairings !== undefined) {
      this.accept(() => loadJson(this.pairings));
    } else if (changed.has('src') && this.src && this.pairings === undefined) {
      void this.fetchSource(this.src);
    }
    if (changed.has('country') || changed.has('region') || changed.has('prefecture') || changed.has('search')) {
      this.filters = {
        ...this.filters,
        country: this.country?.trim().toUpperCase() || undefined,
        region: this.region?.trim().toUpperCase() || undefined,
        prefecture: Number(this.prefecture?.replace(/^JP-?/i, '')) || undefined,
        search: this.search ?? this.filters.search,
      };
    }
    // Search text holds region names in the languages loaded so far, so it is rebuilt when the language changes.
    const rebuilt = changed.has('loaded') || this.entriesLocale !== this.locale;
    if (rebuilt) {
      this.entries = toEntries(this.loaded.pairings);
      this.facets = facetsOf(this.entries);
      this.entriesLocale = this.locale;
    }
    if (changed.has('sort')) this.sortKey = (SORTS as readonly string[]).includes(this.sort) ? this.sort : 'name';
    if (changed.has('pageSize')) this.shown = Math.max(1, this.pageSize || 100);
    if (changed.has('loaded') || changed.has('filters') || changed.has('sortKey') || rebuilt) {
      this.results = sortEntries(filterEntries(this.entries, this.filters), this.sortKey, this.locale);
    }
  }

  /** Loads `src` again, for example after the file changed. */
  reload(): Promise<void> {
    if (this.pairings !== undefined) {
      this.accept(() => loadJson(this.pairings));
      return Promise.resolve();
    }
    return this.src ? this.fetchSource(this.src) : Promise.resolve(this.readInline());
  }

  private readInline(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    this.accept(() => {
      try {
        return loadJson(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        throw error instanceof PairingSourceError ? error : new PairingSourceError('The inline JSON is not valid.');
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
    let result: LoadedPairings;
    try {
      result = loadText(text, detectFormat(response.headers.get('content-type'), response.url || src, text));
    } catch (error) {
      return this.refuse(error);
    }
    // Give the browser a turn between checking thousands of rows and rendering them.
    await new Promise((resolve) => setTimeout(resolve));
    if (!abort.signal.aborted) this.show(result);
  }

  private accept(read: () => LoadedPairings): void {
    let result: LoadedPairings;
    try {
      result = read();
    } catch (error) {
      return this.refuse(error);
    }
    this.show(result);
  }

  private refuse(error: unknown): void {
    if (!(error instanceof PairingSourceError)) throw error;
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
    this.errorMessage = message;
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
      const regionInCountry = this.facets?.regions.some((r) => r.country === value && r.code === this.filters.region);
      if (!regionInCountry) this.filters = { ...this.filters, region: undefined };
    }
    this.shown = Math.max(1, this.pageSize || 100);
  }

  private clearFilters(): void {
    this.filters = {};
    this.shown = Math.max(1, this.pageSize || 100);
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private get hasFilters(): boolean {
    return Object.values(this.filters).some((value) => value !== undefined && value !== '');
  }

  protected override render(): TemplateResult {
    const results = this.results;
    return html`
      ${this.renderControls()}
      <p class="status" role="status" part="status">${this.statusText(results.length)}</p>
      ${this.loadState === 'ready' && this.loaded.skipped.length > 0 ?
        html`<p class="skipped" part="message">
          ${plural(this.locale, this.loaded.skipped.length, {
            one: () => msg(str`${formatNumber(this.loaded.skipped.length, this.locale)} row could not be shown.`),
            other: () => msg(str`${formatNumber(this.loaded.skipped.length, this.locale)} rows could not be shown.`),
          })}
        </p>`
      : nothing}
      ${this.renderBody(results)}
      <slot hidden></slot>
    `;
  }

  private statusText(count: number): string {
    const total = this.entries.length;
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

  private renderControls(): TemplateResult {
    const facets = this.facets;
    const f = this.filters;
    const regions = (facets?.regions ?? []).filter((r) => !f.country || r.country === f.country);
    if (f.region && !regions.some((r) => r.code === f.region)) {
      regions.push({ country: f.country ?? 'US', code: f.region });
    }
    regions.sort((a, b) =>
      regionName(a.country, a.code, this.locale).localeCompare(regionName(b.country, b.code, this.locale), this.locale),
    );
    const prefectures = [...(facets?.prefectures ?? [])];
    if (f.prefecture && !prefectures.includes(f.prefecture)) prefectures.push(f.prefecture);
    const select = (
      id: string,
      label: string,
      value: string,
      options: [string, string][],
      onChange: (value: string) => void,
      anyLabel?: string,
    ) => html`
      <div class="field">
        <label for=${id} part="label">${label}</label>
        <select id=${id} part="input" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          ${anyLabel ? html`<option value="" ?selected=${value === ''}>${anyLabel}</option>` : nothing}
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>
    `;
    return html`
      <div class="controls" role="search" part="search" aria-label=${msg('Find a pairing')}>
        <div class="field search">
          <label for="search" part="label">${msg('Search by city, state, province or prefecture')}</label>
          <input
            id="search"
            type="search"
            part="input"
            autocomplete="off"
            spellcheck="false"
            .value=${f.search ?? ''}
            @input=${(e: Event) => this.setFilter('search', (e.target as HTMLInputElement).value)}
          />
        </div>
        ${this.hideFilters ? nothing : html`
          ${select('country', msg('Country'), f.country ?? '', (facets?.countries ?? ['US', 'CA']).map((c) => [c, countryLabel(c)]),
            (v) => this.setFilter('country', v || undefined), msg('All countries'))}
          ${select('region', msg('State or province'), f.region ?? '',
            regions.map((r) => [r.code, regionName(r.country, r.code, this.locale)]),
            (v) => this.setFilter('region', v || undefined), msg('All states and provinces'))}
          ${select('prefecture', msg('Prefecture'), String(f.prefecture ?? ''),
            prefectures.sort((a, b) => a - b).map((p) => [String(p), prefectureName(p, this.locale)]),
            (v) => this.setFilter('prefecture', Number(v) || undefined), msg('All prefectures'))}
          ${select('type', msg('Type'), f.type ?? '',
            (facets?.types ?? [...PAIRING_TYPES]).map((t) => [t, typeFilterLabel(t)]),
            (v) => this.setFilter('type', (v || undefined) as PairingType | undefined), msg('All types'))}
          ${select('decade', msg('Established'), String(f.decade ?? ''),
            (facets?.decades ?? []).map((d) => [String(d), decadeLabel(d)]),
            (v) => this.setFilter('decade', v === 'unknown' ? 'unknown' : Number(v) || undefined), msg('Any year'))}
        `}
        ${select('sort', msg('Sort by'), this.sortKey, [
          ['name', msg('North American name')],
          ['japanese-name', msg('Japanese name')],
          ['year', msg('Year established')],
          ['region', msg('State or province')],
        ], (v) => (this.sortKey = v as SortKey))}
        ${this.hasFilters ?
          html`<div class="field clear">
            <button type="button" class="secondary" part="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
          </div>`
        : nothing}
      </div>
    `;
  }

  private renderBody(results: PairingEntry[]): TemplateResult | typeof nothing {
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
            <span class="detail">${this.errorMessage}</span>
          </p>
        </div>`;
    }
    if (this.entries.length === 0) {
      return html`<p class="message" part="message">${msg('No pairings to show yet.')}</p>`;
    }
    if (results.length === 0) {
      return html`<div class="message" part="message">
        <p>${msg('No pairings match your search. Check the spelling or clear the filters.')}</p>
        <button type="button" class="secondary" part="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
      </div>`;
    }
    const visible = results.slice(0, this.shown);
    const remaining = results.length - visible.length;
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
          ${repeat(visible, (entry) => entry.key, (entry) => this.renderRow(entry))}
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

  private renderRow(entry: PairingEntry): TemplateResult {
    const p = entry.pairing;
    const ja = this.locale === 'ja';
    const anniversary = roundAnniversary(entry, this.anniversaryYear);
    const naRegional = p.na_level === 'state' || p.na_level === 'province' || p.na_level === 'territory';
    const naMeta = [
      p.na_level && naLevelLabel(p.na_level),
      naRegional ? '' : regionName(p.na_country, p.na_region, this.locale),
      countryLabel(p.na_country),
    ];
    const jpMeta =
      p.jp_level === 'prefecture' ?
        [jpLevelLabel('prefecture')]
      : [p.jp_level && jpLevelLabel(p.jp_level), prefectureName(p.jp_prefecture, this.locale)];
    return html`
      <tr role="row" part="row">
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${msg('North America')}</span>
          ${this.renderNames(p.na_name, p.na_name_ja, undefined, ja)}
          <span class="meta">${naMeta.filter(Boolean).join(' · ')}</span>
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${msg('Japan')}</span>
          ${this.renderNames(p.jp_name, p.jp_name_ja, p.jp_name_kana, ja)}
          <span class="meta">${jpMeta.filter(Boolean).join(' · ')}</span>
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${msg('Relationship')}</span>
          <span class="type">${typeLabel(p)}</span>
          <span class="meta">
            ${p.established ?
              msg(str`Established ${formatPartialDate(p.established, this.locale, this.calendar)}`, {
                desc: 'The date may be a year (1957), a month and year (November 2014) or a full date (December 7, 1955)',
              })
            : msg('Date established unknown')}
          </span>
          ${anniversary ?
            html`<span class="badge" part="badge"
              >${msg(str`${formatOrdinal(anniversary, this.locale)} anniversary in ${this.anniversaryYear}`, {
                desc: 'A badge on pairings with a round anniversary this year, like "70th anniversary in 2025"',
              })}</span
            >`
          : nothing}
          ${p.note ? html`<span class="note">${p.note}</span>` : nothing}
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${msg('Websites')}</span>
          ${this.renderLink(p.na_url, ja ? (p.na_name_ja ?? p.na_name) : p.na_name)}
          ${this.renderLink(p.jp_url, ja ? (p.jp_name_ja ?? p.jp_name) : p.jp_name)}
        </td>
      </tr>
    `;
  }

  /** The name in the reader's script first, the other script after it, each marked with its language. */
  private renderNames(latin: string, japanese: string | undefined, kana: string | undefined, ja: boolean) {
    const reading = kana ? html` <span class="kana" lang="ja">(${kana})</span>` : nothing;
    if (!japanese) return html`<span class="name" lang=${ja ? 'en' : nothing}>${latin}</span>`;
    return ja ?
        html`<span class="name" lang="ja">${japanese}</span>${reading}<span class="alt" lang="en">${latin}</span>`
      : html`<span class="name">${latin}</span><span class="alt" lang="ja">${japanese}${reading}</span>`;
  }

  private renderLink(url: string | undefined, name: string) {
    return url ?
        html`<a class="link" part="link" href=${url} rel="noopener noreferrer">${msg(str`${name} website`)}</a>`
      : nothing;
  }
}
