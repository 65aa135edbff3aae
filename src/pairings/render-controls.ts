/**
 * The directory's search box, filter menus (folded behind a "Filters" button on a
 * narrow widget), sort and "Clear filters". Called while the element renders, so
 * `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import type { PairingType } from '../schema/pairing.js';
import { PAIRING_TYPES } from '../schema/pairing-types.js';
import { countryLabel, decadeLabel, typeFilterLabel } from './labels.js';
import { collator, type Facets, type PairingFilters, type SortKey } from './query.js';

/** What the controls show and what they change. */
export interface ControlsView {
  locale: Locale;
  facets?: Facets;
  filters: PairingFilters;
  sortKey: SortKey;
  hideFilters: boolean;
  filtersOpen: boolean;
  /** Whether the reader has left the page's presets (then "Clear filters" is offered). */
  changedFilters: boolean;
  setFilter<K extends keyof PairingFilters>(key: K, value: PairingFilters[K]): void;
  setSort(key: SortKey): void;
  toggleFilters(): void;
  clearFilters(): void;
}

export function renderControls(view: ControlsView): TemplateResult {
  const facets = view.facets;
  const f = view.filters;
  const regions = (facets?.regions ?? []).filter((r) => !f.country || r.country === f.country);
  if (f.region && !regions.some((r) => r.code === f.region)) {
    regions.push({ country: f.country ?? 'US', code: f.region });
  }
  // The list's collator: no second one for the menu.
  const compare = collator(view.locale).compare;
  const named = regions.map((r) => ({ ...r, name: regionName(r.country, r.code, view.locale) }));
  named.sort((a, b) => compare(a.name, b.name));
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
          @input=${(e: Event) => view.setFilter('search', (e.target as HTMLInputElement).value)}
        />
      </div>
      <button
        type="button"
        class="secondary filters-toggle"
        part="button"
        aria-expanded=${view.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => view.toggleFilters()}
      >${msg('Filters')}</button>
      <div id="filters" class=${view.filtersOpen ? 'filters open' : 'filters'}>
        ${view.hideFilters ? nothing : html`
          ${select('country', msg('Country'), f.country ?? '', (facets?.countries ?? ['US', 'CA']).map((c) => [c, countryLabel(c)]),
            (v) => view.setFilter('country', v || undefined), msg('All countries'))}
          ${select('region', msg('State or province'), f.region ?? '',
            named.map((r) => [r.code, r.name]),
            (v) => view.setFilter('region', v || undefined), msg('All states and provinces'))}
          ${select('prefecture', msg('Prefecture'), String(f.prefecture ?? ''),
            prefectures.sort((a, b) => a - b).map((p) => [String(p), prefectureName(p, view.locale)]),
            (v) => view.setFilter('prefecture', Number(v) || undefined), msg('All prefectures'))}
          ${select('type', msg('Type'), f.type ?? '',
            (facets?.types ?? [...PAIRING_TYPES]).map((t) => [t, typeFilterLabel(t)]),
            (v) => view.setFilter('type', (v || undefined) as PairingType | undefined), msg('All types'))}
          ${select('decade', msg('Established'), String(f.decade ?? ''),
            (facets?.decades ?? []).map((d) => [String(d), decadeLabel(d)]),
            (v) => view.setFilter('decade', v === 'unknown' ? 'unknown' : Number(v) || undefined), msg('Any year'))}
        `}
        ${select('sort', msg('Sort by'), view.sortKey, [
          ['name', msg('North American name')],
          ['japanese-name', msg('Japanese name')],
          ['year', msg('Year established')],
          ['region', msg('State or province')],
        ], (v) => view.setSort(v as SortKey))}
      </div>
      ${view.changedFilters ?
        html`<div class="field clear">
          <button type="button" class="secondary" part="button" @click=${() => view.clearFilters()}>${msg('Clear filters')}</button>
        </div>`
      : nothing}
    </div>
  `;
}
