/**
 * The reader's search box and filter menus (state or province, prefecture, decade, kind of
 * connection) and "Clear filters". Called while the element renders, so `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import type { StoryFacets, StoryFilters } from './feed.js';
import { connectionLabel, decadeLabel } from './labels.js';

export interface StoryControlsView {
  locale: Locale;
  facets: StoryFacets;
  filters: StoryFilters;
  hideFilters: boolean;
  changedFilters: boolean;
  setFilter<K extends keyof StoryFilters>(key: K, value: StoryFilters[K]): void;
  clearFilters(): void;
}

export function renderStoryControls(view: StoryControlsView): TemplateResult {
  const { facets, filters: f, locale } = view;
  const select = (id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void, anyLabel: string) => html`
    <div class="field">
      <label for=${id} part="label">${label}</label>
      <select id=${id} part="input" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${anyLabel}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>
  `;
  const regions = facets.regions
    .map((r) => [r.code, regionName(r.country, r.code, locale)] as [string, string])
    .sort((a, b) => a[1].localeCompare(b[1], locale));
  return html`
    <div class="controls" role="search" part="search" aria-label=${msg('Find a story')}>
      <div class="field search">
        <label for="search" part="label">${msg('Search by city, state, province, prefecture or person')}</label>
        <input id="search" type="search" part="input" autocomplete="off" spellcheck="false" .value=${f.search ?? ''}
          @input=${(e: Event) => view.setFilter('search', (e.target as HTMLInputElement).value)} />
      </div>
      ${view.hideFilters ? nothing : html`
        ${select('region', msg('State or province'), f.region ?? '', regions, (v) => view.setFilter('region', v || undefined), msg('All states and provinces'))}
        ${select('prefecture', msg('Prefecture'), String(f.prefecture ?? ''), facets.prefectures.map((p) => [String(p), prefectureName(p, locale)]),
          (v) => view.setFilter('prefecture', Number(v) || undefined), msg('All prefectures'))}
        ${select('decade', msg('Established'), String(f.decade ?? ''), facets.decades.map((d) => [String(d), decadeLabel(d)]),
          (v) => view.setFilter('decade', v ? Number(v) : undefined), msg('Any year'))}
        ${select('connection', msg('Connection'), f.connection ?? '', facets.connections.map((c) => [c, connectionLabel(c)]),
          (v) => view.setFilter('connection', v || undefined), msg('Any connection'))}
      `}
      ${view.changedFilters ?
        html`<div class="field clear">
          <button type="button" class="secondary" part="button" @click=${() => view.clearFilters()}>${msg('Clear filters')}</button>
        </div>`
      : nothing}
    </div>
  `;
}
