/**
 * The board's search box, filters (behind a "Filters" button on a narrow widget) and sort. Called
 * while the element renders, so `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import { AREAS } from './areas.js';
import { areaLabel, countryLabel, directionLabel, exchangeLabel, levelLabel, populationBandLabel } from './labels.js';
import { POPULATION_BANDS, type Facets, type PopulationBand, type RequestFilters, type SortKey } from './query.js';
import { EXCHANGES, type Direction, type Exchange } from './lists.js';

export interface ControlsView {
  locale: Locale;
  facets?: Facets;
  filters: RequestFilters;
  sortKey: SortKey;
  /** The page preset one direction: no direction menu. */
  fixedDirection: boolean;
  hideFilters: boolean;
  filtersOpen: boolean;
  ranked: boolean;
  changedFilters: boolean;
  setFilter<K extends keyof RequestFilters>(key: K, value: RequestFilters[K]): void;
  setSort(key: SortKey): void;
  toggleExchange(kind: Exchange, on: boolean): void;
  toggleFilters(): void;
  clearFilters(): void;
}

export function select(id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void, anyLabel?: string) {
  return html`
    <div class="field">
      <label for=${id} part="label">${label}</label>
      <select id=${id} part="input" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${anyLabel ? html`<option value="" ?selected=${value === ''}>${anyLabel}</option>` : nothing}
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>
  `;
}

export function exchangeBoxes(legend: string, chosen: readonly Exchange[], toggle: (kind: Exchange, on: boolean) => void) {
  return html`<fieldset class="field exchanges">
    <legend part="label">${legend}</legend>
    ${EXCHANGES.filter((kind) => kind !== 'other').map((kind) => html`<label class="check">
      <input type="checkbox" part="input" value=${kind} ?checked=${chosen.includes(kind)}
        @change=${(e: Event) => toggle(kind, (e.target as HTMLInputElement).checked)} />
      ${exchangeLabel(kind)}</label>`)}
  </fieldset>`;
}

export function renderControls(view: ControlsView): TemplateResult {
  const { facets, filters: f, locale } = view;
  const regions = (facets?.regions ?? []).filter((r) => !f.country || r.country === f.country);
  regions.sort((a, b) => regionName(a.country, a.code, locale).localeCompare(regionName(b.country, b.code, locale), locale));
  const levels = facets?.levels ?? [];
  const japanese = new Set(['prefecture', 'special-ward']);
  return html`
    <div class="controls" role="search" part="search" aria-label=${msg('Find a partner request')}>
      <div class="field search">
        <label for="search" part="label">${msg('Search by community, state, province or prefecture')}</label>
        <input id="search" type="search" part="input" autocomplete="off" spellcheck="false" .value=${f.search ?? ''}
          @input=${(e: Event) => view.setFilter('search', (e.target as HTMLInputElement).value)} />
      </div>
      <button type="button" class="secondary filters-toggle" part="button" aria-expanded=${view.filtersOpen ? 'true' : 'false'}
        aria-controls="filters" @click=${() => view.toggleFilters()}>${msg('Filters')}</button>
      <div id="filters" class=${view.filtersOpen ? 'filters open' : 'filters'}>
        ${view.hideFilters ? nothing : html`
          ${view.fixedDirection ? nothing : select('direction', msg('Direction'), f.direction ?? '',
            (['na-seeking-jp', 'jp-seeking-na'] as Direction[]).map((d) => [d, directionLabel(d)]),
            (v) => view.setFilter('direction', (v || undefined) as Direction | undefined), msg('Both directions'))}
          ${select('country', msg('Country'), f.country ?? '', (facets?.countries ?? ['US', 'CA', 'JP']).map((c) => [c, countryLabel(c)]),
            (v) => view.setFilter('country', v || undefined), msg('All countries'))}
          ${select('region', msg('State or province'), f.region ?? '', regions.map((r) => [r.code, regionName(r.country, r.code, locale)]),
            (v) => view.setFilter('region', v || undefined), msg('All states and provinces'))}
          ${select('prefecture', msg('Prefecture'), String(f.prefecture ?? ''), (facets?.prefectures ?? []).map((p) => [String(p), prefectureName(p, locale)]),
            (v) => view.setFilter('prefecture', Number(v) || undefined), msg('All prefectures'))}
          ${select('level', msg('Level of government'), f.level ?? '', levels.map((l) => [l, levelLabel(l, japanese.has(l))]),
            (v) => view.setFilter('level', v || undefined), msg('All levels'))}
          ${select('population', msg('Population'), f.population ?? '', (Object.keys(POPULATION_BANDS) as PopulationBand[]).map((b) => [b, populationBandLabel(b)]),
            (v) => view.setFilter('population', (v || undefined) as PopulationBand | undefined), msg('Any population'))}
          ${select('partner-area', msg('Partner sought in'), f.partnerArea ?? '',
            AREAS.filter((a) => facets?.partnerAreas.includes(a.id)).map((a) => [a.id, areaLabel(a.id)]),
            (v) => view.setFilter('partnerArea', v || undefined), msg('Anywhere'))}
          ${exchangeBoxes(msg('Kinds of exchange'), f.exchanges ?? [], view.toggleExchange)}
        `}
        ${view.ranked ? nothing : select('sort', msg('Sort by'), view.sortKey, [
          ['newest', msg('Newest first')],
          ['name', msg('Name')],
          ['population', msg('Population, largest first')],
        ], (v) => view.setSort(v as SortKey))}
      </div>
      ${view.changedFilters ? html`<div class="field clear">
        <button type="button" class="secondary" part="button" @click=${() => view.clearFilters()}>${msg('Clear filters')}</button>
      </div>` : nothing}
    </div>
  `;
}
