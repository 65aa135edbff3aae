/**
 * One pairing as a table row (a card on a narrow widget): both sides in both
 * scripts, level, type, date, anniversary, note and links. Called while the
 * element renders, so `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Calendar } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';
import { jpLevelLabel, naLevelLabel } from '../i18n/levels.js';
import { msg, str } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import { countryLabel, formatOrdinal, typeLabel } from './labels.js';
import { formatDate } from './plain-format.js';
import { roundAnniversary, type PairingEntry } from './query.js';
import type { Pairing } from '../schema/pairing.js';

export interface RowView {
  locale: Locale;
  calendar: Calendar;
  anniversaryYear: number;
  /** "Read the origin story" for a pairing that has one (stories-link.ts). */
  story?: (pairing: Pairing) => TemplateResult | typeof nothing;
}

export function renderRow(entry: PairingEntry, view: RowView): TemplateResult {
  const p = entry.pairing;
  const ja = view.locale === 'ja';
  // Japanese sets parts side by side with the katakana middle dot (市・ミネソタ州), not a spaced Latin one.
  const separator = ja ? '・' : ' · ';
  const anniversary = roundAnniversary(entry, view.anniversaryYear);
  const naRegional = p.na_level === 'state' || p.na_level === 'province' || p.na_level === 'territory';
  const naMeta = [
    p.na_level && naLevelLabel(p.na_level),
    naRegional ? '' : regionName(p.na_country, p.na_region, view.locale),
    countryLabel(p.na_country),
  ];
  const jpMeta =
    p.jp_level === 'prefecture' ?
      [jpLevelLabel('prefecture')]
    : [p.jp_level && jpLevelLabel(p.jp_level), prefectureName(p.jp_prefecture, view.locale)];
  // 100 rows are created at load and at every search, so each node counts. No white space between the
  // tags (line breaks sit inside them): it left ~2,900 text nodes. Leaf text is set with `.textContent`
  // (still text, never markup), which saves the comment node Lit keeps for each `${}` between tags.
  // Rows are rendered in the browser only (their data never is server-side), so Lit SSR does not matter here.
  const date =
    p.established ?
      msg(str`Established ${formatDate(p.established, view.locale, view.calendar)}`, {
        desc: 'The date may be a year (1957), a month and year (November 2014) or a full date (December 7, 1955)',
      })
    : msg('Date established unknown');
  const badge =
    anniversary ?
      html`<span class="badge" part="badge" .textContent=${msg(str`${formatOrdinal(anniversary, view.locale)} anniversary in ${view.anniversaryYear}`, {
        desc: 'A badge on pairings with a round anniversary this year, like "70th anniversary in 2025"',
      })}></span>`
    : nothing;
  return html`<tr role="row" part="row"
    ><td role="cell"
      ><span class="cell-label" aria-hidden="true" .textContent=${msg('North America')}></span
      >${renderNames(p.na_name, p.na_name_ja, undefined, ja)}<span class="meta" .textContent=${naMeta.filter(Boolean).join(separator)}></span
    ></td
    ><td role="cell"
      ><span class="cell-label" aria-hidden="true" .textContent=${msg('Japan')}></span
      >${renderNames(p.jp_name, p.jp_name_ja, p.jp_name_kana, ja)}<span class="meta" .textContent=${jpMeta.filter(Boolean).join(separator)}></span
    ></td
    ><td role="cell"
      ><span class="cell-label" aria-hidden="true" .textContent=${msg('Relationship')}></span
      ><span class="type" .textContent=${typeLabel(p)}></span
      ><span class="meta" .textContent=${date}></span
      >${badge}${p.note ? html`<span class="note" .textContent=${p.note}></span>` : nothing}${view.story?.(p) ?? nothing}</td
    ><td role="cell"
      ><span class="cell-label" aria-hidden="true" .textContent=${msg('Websites')}></span
      >${renderLink(p.na_url, ja ? (p.na_name_ja ?? p.na_name) : p.na_name)}${renderLink(p.jp_url, ja ? (p.jp_name_ja ?? p.jp_name) : p.jp_name)}</td
  ></tr>`;
}

/** The name in the reader's script first, the other script after it, each marked with its language. */
function renderNames(latin: string, japanese: string | undefined, kana: string | undefined, ja: boolean) {
  const reading = kana ? html` <span class="kana" lang="ja" .textContent=${`(${kana})`}></span>` : nothing;
  if (!japanese) return html`<span class="name" lang=${ja ? 'en' : nothing} .textContent=${latin}></span>`;
  return ja ?
      html`<span class="name" lang="ja" .textContent=${japanese}></span>${reading}<span class="alt" lang="en" .textContent=${latin}></span>`
    : html`<span class="name" .textContent=${latin}></span><span class="alt" lang="ja">${japanese}${reading}</span>`;
}

function renderLink(url: string | undefined, name: string) {
  return url ?
      html`<a class="link" part="link" href=${url} rel="noopener noreferrer" .textContent=${msg(str`${name} website`)}></a>`
    : nothing;
}
