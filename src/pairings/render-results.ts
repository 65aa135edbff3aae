/**
 * What the directory shows under its controls: the live count, how many rows could not be shown, and
 * the table of pairings with "Show more" — or the message for loading, no data, no match or an error.
 * Called while the element renders, so `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Calendar } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import type { Pairing } from '../schema/pairing.js';
import { sourceProblemLabel } from './labels.js';
import type { PairingList } from './pairing-list.js';
import { formatCount, plural } from './plain-format.js';
import { renderRow } from './render-row.js';
import type { PairingsSource } from './source.js';

export interface ResultsView {
  locale: Locale;
  source: PairingsSource;
  list: PairingList;
  /** How many rows are shown, and how many more "Show more" adds. */
  shown: number;
  pageSize: number;
  calendar: Calendar;
  anniversaryYear: number;
  /** Whether any filter or search is set (then the count says "N of M"). */
  hasFilters: boolean;
  /** Whether the reader has left the page's presets (then "Clear filters" is offered). */
  changedFilters: boolean;
  clearFilters(): void;
  showMore(): void;
  /** "Read the origin story" for a pairing that has one, once stories-link.ts is loaded. */
  story?: (pairing: Pairing) => TemplateResult | typeof nothing;
}

export function renderResults(view: ResultsView): TemplateResult {
  const { locale, source } = view;
  const skipped = source.state === 'ready' ? source.loaded.skipped.length : 0;
  return html`
    <p class="status" role="status" part="status">${statusText(view)}</p>
    ${skipped > 0 ?
      html`<p class="skipped" part="message">
        ${plural(locale, skipped, {
          one: () => msg(str`${formatCount(skipped, locale)} row could not be shown.`),
          other: () => msg(str`${formatCount(skipped, locale)} rows could not be shown.`),
        })}
      </p>`
    : nothing}
    ${renderBody(view)}
  `;
}

function statusText({ locale, source, list, hasFilters }: ResultsView): string {
  const total = list.entries.length;
  const count = list.count;
  switch (source.state) {
    case 'loading':
      return msg('Loading pairings…');
    case 'ready':
      if (hasFilters) {
        return plural(locale, total, {
          one: () => msg(str`${formatCount(count, locale)} of ${formatCount(total, locale)} pairing`),
          other: () => msg(str`${formatCount(count, locale)} of ${formatCount(total, locale)} pairings`),
        });
      }
      return plural(locale, total, {
        one: () => msg(str`${formatCount(total, locale)} pairing`),
        other: () => msg(str`${formatCount(total, locale)} pairings`),
      });
    default:
      return '';
  }
}

function renderBody(view: ResultsView): TemplateResult | typeof nothing {
  const { source, list } = view;
  switch (source.state) {
    case 'idle':
      return html`<p class="message" part="message">${msg('No pairings to show yet.')}</p>`;
    case 'loading':
      return html`<p class="message" part="message" aria-hidden="true">${msg('Loading pairings…')}</p>`;
    case 'network-error':
      return html`<div class="message error" part="message">
        <p>${msg('The list of pairings could not be loaded. Check your connection, then try again.')}</p>
        <button type="button" part="button" @click=${() => source.reload()}>${msg('Try again')}</button>
      </div>`;
    case 'format-error':
      return html`<div class="message error" part="message">
        <p>${msg('The list of pairings could not be read.')}</p>
        <p class="hint">
          ${msg('If you look after this website: the pairings file must be CSV or JSON in the format described in the documentation.')}
          <span class="detail">${sourceProblemLabel(source.problem!)}</span>
        </p>
      </div>`;
  }
  if (list.entries.length === 0) {
    return html`<p class="message" part="message">${msg('No pairings to show yet.')}</p>`;
  }
  if (list.count === 0) {
    return html`<div class="message" part="message">
      <p>${msg('No pairings match your search. Check the spelling or clear the filters.')}</p>
      ${view.changedFilters ?
        html`<button type="button" class="secondary" part="button" @click=${() => view.clearFilters()}>${msg('Clear filters')}</button>`
      : nothing}
    </div>`;
  }
  return renderTable(view);
}

function renderTable(view: ResultsView): TemplateResult {
  const { locale, list } = view;
  const visible = list.results.slice(0, view.shown);
  const row = { locale, calendar: view.calendar, anniversaryYear: view.anniversaryYear, story: view.story };
  const remaining = list.count - visible.length;
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
        <button type="button" class="secondary" part="button" @click=${() => view.showMore()}>
          ${msg(str`Show more (${formatCount(remaining, locale)} not shown)`)}
        </button>
      </p>`
    : nothing}
  `;
}
