import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SisterCityElement } from '../base/sister-city-element.js';
import type { Calendar } from '../i18n/format.js';
import type { Pairing, PairingInput } from '../schema/pairing.js';
import { strings } from '../generated/strings/pairings.js';
import { PairingList } from './pairing-list.js';
import { pairingsStyles } from './pairings.styles.js';
import { SORTS, type PairingFilters, type SortKey } from './query.js';
import { renderControls, type ControlsView } from './render-controls.js';
import { renderResults } from './render-results.js';
import { PairingsSource } from './source.js';
import type { StoriesLink } from './stories-link.js';

export type { PairingsErrorDetail, PairingsLoadDetail } from './source.js';

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
 * @fires {PairingsLoadDetail} load - The data was read and checked. `detail: { count, skipped }`; each skipped row is also logged to the console. With rows that fail the quick check, the good rows show first, and `load` (and the count of skipped rows) follows once the schema has said why, after they are painted.
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

  private filters: PairingFilters = {};
  private sortKey: SortKey = 'name';
  private shown = 100;
  /** On a narrow widget the menus fold behind a "Filters" button. */
  private filtersOpen = false;

  /** The data: where it comes from, how far it got, what was skipped. */
  private source = new PairingsSource(this);
  /** The entries, sorted and filtered: only what changed is done again at each update. */
  private list = new PairingList();
  /** The pairings and language the list was built from (its search text holds region names in that language). */
  private listed?: { pairings: readonly Pairing[]; locale: string };
  /** "Read the origin story" links, loaded with their module only when `stories-src` is set. */
  private storyLinks?: StoriesLink;

  protected override willUpdate(changed: PropertyValues): void {
    this.source.update({ pairings: changed.has('pairings'), src: changed.has('src') });
    if (changed.has('country') || changed.has('region') || changed.has('prefecture') || changed.has('search')) {
      this.filters = { ...this.filters, ...this.presets, search: this.search ?? this.filters.search };
    }
    const { pairings } = this.source.loaded;
    const rebuilt = pairings !== this.listed?.pairings || this.locale !== this.listed.locale;
    if (rebuilt) {
      this.list.setPairings(pairings);
      this.listed = { pairings, locale: this.locale };
    }
    if (changed.has('storiesSrc') && this.storiesSrc && !this.storyLinks) {
      void import('./stories-link.js').then(({ StoriesLink }) => {
        this.storyLinks ??= new StoriesLink(this);
        this.requestUpdate();
      });
    }
    if (changed.has('sort')) this.sortKey = (SORTS as readonly string[]).includes(this.sort) ? this.sort : 'name';
    if (changed.has('pageSize')) this.shown = this.page;
    this.list.update(
      { sortKey: this.sortKey, locale: this.locale, filters: this.filters, shown: this.shown },
      { resorted: rebuilt || changed.has('sortKey'), filters: changed.has('filters'), shown: changed.has('shown') },
    );
  }

  /** Loads `src` again, for example after the file changed. */
  reload(): Promise<void> {
    return this.source.reload();
  }

  private get page(): number {
    return Math.max(1, this.pageSize || 100);
  }

  private setFilter<K extends keyof PairingFilters>(key: K, value: PairingFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    if (key === 'country' && value && this.filters.region) {
      const regionInCountry = this.list.facets?.regions.some((r) => r.country === value && r.code === this.filters.region);
      if (!regionInCountry) this.filters = { ...this.filters, region: undefined };
    }
    this.shown = this.page;
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
    this.shown = this.page;
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
    const links = this.storyLinks;
    return html`
      ${renderControls(this.controlsView())}
      ${renderResults({
        locale: this.locale,
        source: this.source,
        list: this.list,
        shown: this.shown,
        pageSize: this.page,
        calendar: this.calendar,
        anniversaryYear: this.anniversaryYear,
        hasFilters: this.hasFilters,
        changedFilters: this.changedFilters,
        clearFilters: () => this.clearFilters(),
        showMore: () => (this.shown += this.page),
        story: links && ((p: Pairing) => links.renderLink(p)),
      })}
      ${links?.renderDialog() ?? nothing}
      <slot hidden></slot>
    `;
  }
}
