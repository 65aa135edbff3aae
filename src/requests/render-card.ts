/**
 * One request as a card: the community in both scripts, level, region, population and area, the
 * exchanges wanted, the partner sought, the date listed, the reasons of a match, and a disclosure with
 * the whole public profile and the pamphlet. No personal contact: the site's contact action only.
 * Called while the element renders, so `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatNumber, formatPartialDate } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import { countryLabel, exchangeLabel, levelLabel, seekingLabel } from './labels.js';
import { areaIn, contactHref, namesOf, textOf, type Units } from './present.js';
import type { RequestEntry } from './query.js';
import type { BoardRequest } from './record.js';

export interface CardView {
  locale: Locale;
  units?: Units;
  contact?: string;
  headingLevel: number;
  open: boolean;
  /** Why the request fits the community the board is ranked for, in words (reasons.ts). */
  reasons?: string;
  /** The whole public profile (card-details.ts), once loaded: a loading line stands in for it until then. */
  details?: (request: BoardRequest, locale: Locale) => TemplateResult;
  toggle(): void;
  findPartners(): void;
}

const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);

export function placeLine(entry: RequestEntry, locale: Locale): string {
  const c = entry.request.community;
  const japanese = c.country === 'JP';
  const separator = locale === 'ja' ? '・' : ' · ';
  const parts =
    japanese ?
      [c.level && levelLabel(c.level, true), c.level === 'prefecture' ? '' : prefectureName(c.prefecture!, locale), msg('Japan')]
    : [c.level && levelLabel(c.level, false), ['state', 'province', 'territory'].includes(c.level ?? '') ? '' : regionName(c.country, c.region!, locale), countryLabel(c.country)];
  return parts.filter(Boolean).join(separator);
}

function facts(entry: RequestEntry, view: CardView): TemplateResult {
  const r = entry.request;
  const area = areaIn(r, view.locale, view.units);
  const km2 = area && msg(str`${formatNumber(round(area.km2), view.locale)} km²`);
  const sqMi = area && msg(str`${formatNumber(round(area.sqMi), view.locale)} sq mi`);
  return html`<dl class="facts">
    ${r.population ? html`<div><dt>${msg('Population')}</dt><dd>${r.population.as_of ?
      msg(str`${formatNumber(r.population.count, view.locale)} (${r.population.as_of})`, { desc: 'A population and the year it was counted: 97,415 (2020)' })
    : formatNumber(r.population.count, view.locale)}</dd></div>` : nothing}
    ${area ? html`<div><dt>${msg('Area')}</dt><dd>${area.first === 'imperial' ? `${sqMi} (${km2})` : `${km2} (${sqMi})`}</dd></div>` : nothing}
    <div><dt>${msg('Exchanges wanted')}</dt><dd>${formatList(r.exchanges.map((kind) => (kind === 'other' && r.exchanges_other ? r.exchanges_other : exchangeLabel(kind))), view.locale) || '—'}</dd></div>
    ${r.published_at ? html`<div><dt>${msg('Listed')}</dt><dd>${formatPartialDate(r.published_at.slice(0, 10), view.locale)}</dd></div>` : nothing}
  </dl>`;
}

export function renderCard(entry: RequestEntry, view: CardView): TemplateResult {
  const r = entry.request;
  const names = namesOf(r, view.locale);
  const id = `r${entry.key}`;
  const sought = textOf(r, 'partner_preferences', view.locale);
  const contact = contactHref(view.contact, r, msg(str`Partner request ${r.reference ?? ''}: ${names.first}`));
  const heading = html`<span class="name" lang=${names.firstLang === view.locale.slice(0, 2) ? nothing : names.firstLang}>${names.first}</span>${names.other ?
    html`<span class="alt" lang=${names.otherLang!}>${names.other}${names.kana && names.otherLang === 'ja' ? html` <span class="kana">(${names.kana})</span>` : nothing}</span>`
  : nothing}`;
  return html`
    <li class="card" part="card">
      <article aria-labelledby="${id}-name">
        <div class="card-head">
          <span class="direction" part="badge">${seekingLabel(r.direction)}</span>
          ${view.headingLevel === 2 ? html`<h2 id="${id}-name">${heading}</h2>` : view.headingLevel === 4 ? html`<h4 id="${id}-name">${heading}</h4>` : html`<h3 id="${id}-name">${heading}</h3>`}
          <p class="meta">${placeLine(entry, view.locale)}</p>
        </div>
        ${view.reasons ? html`<p class="reasons" part="reasons"><strong>${msg('Why it fits:')}</strong> ${view.reasons}</p>` : nothing}
        ${facts(entry, view)}
        ${sought ? html`<p class="sought"><strong>${msg('Partner sought:')}</strong> <span lang=${sought.lang ?? nothing}>${sought.text}</span></p>` : nothing}
        <div class="actions">
          <button type="button" class="secondary" part="button" aria-expanded=${view.open ? 'true' : 'false'} aria-controls="${id}-details" @click=${view.toggle}>
            ${view.open ? msg('Hide the full profile') : msg('Show the full profile')}
          </button>
          <button type="button" class="secondary" part="button" @click=${view.findPartners}>${msg('Find partners for this community')}</button>
          ${contact ? html`<a class="contact" part="link" href=${contact} rel="noopener noreferrer">${msg('Ask about this request')}<span class="visually-hidden">: ${names.first}</span></a>` : nothing}
        </div>
        <div id="${id}-details" class="details" part="details" ?hidden=${!view.open}>
          ${view.open ? (view.details?.(r, view.locale) ?? html`<p class="hint">${msg('Loading')}</p>`) : nothing}
        </div>
      </article>
    </li>
  `;
}
