/**
 * "Find partners for my community": the short form behind the element's disclosure button (where the
 * community is, its population, the exchanges it wants, where it would like its partner). Sending it
 * ranks the board by fit (match.ts). Nothing typed here leaves the page. Loaded with matching
 * (ranking.ts) when the reader first opens it; called while the element renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import { CA_EN, US_EN } from '../regions/data.js';
import { prefectureName, regionName } from '../regions/names.js';
import { AREAS } from './areas.js';
import { areaLabel } from './labels.js';
import type { CommunityProfile } from './match.js';
import { exchangeBoxes, select } from './render-controls.js';
import type { Exchange } from './record.js';

/** What the reader has typed so far (text, as typed: read when the form is sent). */
export interface ProfileDraft {
  side?: 'na' | 'jp';
  country: 'US' | 'CA';
  region: string;
  prefecture: string;
  population: string;
  exchanges: Exchange[];
  wanted: string;
}

export const emptyDraft = (): ProfileDraft => ({ country: 'US', region: '', prefecture: '', population: '', exchanges: [], wanted: '' });

/** A population as people type it: "48,000", « 48 000 », full-width 「４８，０００」. Whole numbers only. */
export function wholeNumber(raw: string): number | undefined {
  const text = raw.normalize('NFKC').replace(/[\s,.]/g, '');
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** The community the reader described, or undefined when its population cannot be read. */
export function profileFrom(d: ProfileDraft & { side: 'na' | 'jp' }): CommunityProfile | undefined {
  const typed = d.population.trim();
  const population = typed ? wholeNumber(typed) : undefined;
  if (typed && population === undefined) return undefined;
  const place = d.side === 'na' ? d.region : d.prefecture;
  return { side: d.side, population, exchanges: d.exchanges, place: place || undefined, wanted: d.wanted || undefined };
}

export interface MatchView {
  locale: Locale;
  open: boolean;
  draft: ProfileDraft;
  /** A message under the population field when it could not be read. */
  populationError: boolean;
  ranked: boolean;
  change(draft: Partial<ProfileDraft>): void;
  toggleExchange(kind: Exchange, on: boolean): void;
  submit(): void;
  reset(): void;
}

/** The "show every request" button of a ranked board, and the form (the element renders the button that opens it). */
export function renderMatchForm(view: MatchView): TemplateResult {
  const { draft: d, locale } = view;
  const names = (codes: Record<string, string>, country: string) =>
    Object.keys(codes).map((code) => [code, regionName(country, code, locale)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], locale));
  const partnerSide = d.side === 'jp' ? 'na' : 'jp';
  return html`
      ${view.ranked ? html`<button type="button" class="secondary" part="button" @click=${view.reset}>${msg('Show every request again')}</button>` : nothing}
      <form id="match-form" class="match-form" ?hidden=${!view.open} novalidate
        @submit=${(e: Event) => { e.preventDefault(); view.submit(); }}>
        <p class="hint">${msg('Describe your community: the requests are ranked by how well they fit. Nothing you enter leaves this page.')}</p>
        <fieldset class="field">
          <legend part="label">${msg('Where is your community?')}</legend>
          <label class="check"><input type="radio" name="side" value="na" part="input" ?checked=${d.side === 'na'}
            @change=${() => view.change({ side: 'na', wanted: '' })} /> ${msg('In North America')}</label>
          <label class="check"><input type="radio" name="side" value="jp" part="input" ?checked=${d.side === 'jp'}
            @change=${() => view.change({ side: 'jp', wanted: '' })} /> ${msg('In Japan')}</label>
        </fieldset>
        ${d.side === 'na' ? html`
          ${select('m-country', msg('Country'), d.country, [['US', msg('United States')], ['CA', msg('Canada')]], (v) => view.change({ country: v as 'US' | 'CA', region: '' }))}
          ${select('m-region', msg('State or province'), d.region, names(d.country === 'CA' ? CA_EN : US_EN, d.country), (v) => view.change({ region: v }), msg('Not given'))}
        ` : d.side === 'jp' ? select('m-prefecture', msg('Prefecture'), d.prefecture,
          Array.from({ length: 47 }, (_, i) => [String(i + 1), prefectureName(i + 1, locale)] as [string, string]), (v) => view.change({ prefecture: v }), msg('Not given'))
        : nothing}
        <div class="field">
          <label for="m-population" part="label">${msg('Population of your community')} <span class="optional">${msg('(optional)')}</span></label>
          <input id="m-population" part="input" inputmode="numeric" autocomplete="off" .value=${d.population}
            aria-invalid=${view.populationError ? 'true' : 'false'} aria-describedby=${view.populationError ? 'm-population-error' : nothing}
            @input=${(e: Event) => view.change({ population: (e.target as HTMLInputElement).value })} />
          ${view.populationError ? html`<p id="m-population-error" class="error" part="error">${msg('Enter the population as a whole number, like 48,000')}</p>` : nothing}
        </div>
        ${exchangeBoxes(msg('Kinds of exchange you want'), d.exchanges, view.toggleExchange)}
        ${d.side ? select('m-wanted', msg('Where would you like your partner to be?'), d.wanted,
          AREAS.filter((area) => area.side === partnerSide).map((area) => [area.id, areaLabel(area.id)]), (v) => view.change({ wanted: v }), msg('Anywhere'))
        : nothing}
        <div class="field submit">
          <button type="submit" part="button" ?disabled=${!d.side} aria-describedby=${d.side ? nothing : 'm-side-first'}>${msg('Rank the requests by fit')}</button>
          ${d.side ? nothing : html`<p id="m-side-first" class="hint">${msg('First say where your community is.')}</p>`}
        </div>
      </form>
  `;
}
