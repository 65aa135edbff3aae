/**
 * Search, filters and sorting over pairings. Pure: no DOM, no Lit.
 */
import type { Pairing, PairingType } from '../schema/pairing.js';
import type { Locale } from '../i18n/language.js';
import { PREFECTURES_JA } from '../regions/data-ja-prefectures.js';
import { PREFECTURES_KANA } from '../regions/data-kana.js';
import { prefectureName, regionName } from '../regions/names.js';
import { decadeOf } from './decades.js';
import { foldForSearch } from './fold.js';

export { decadeOf, foldForSearch };

/**
 * A pairing with what search and sorting need, computed once. Region names
 * enter the search text in every language loaded at that time.
 */
export interface PairingEntry {
  /** Stable key for keyed rendering: the position in the source. */
  key: number;
  pairing: Pairing;
  /** Every name of both sides and their regions, folded by `foldForSearch`; built on first use. */
  readonly haystack: string;
  year: number | undefined;
}

export interface PairingFilters {
  search?: string;
  country?: string;
  region?: string;
  prefecture?: number;
  type?: PairingType;
  /** First year of a decade (1950), or 'unknown' for pairings without a date. */
  decade?: number | 'unknown';
}

export const SORTS = ['name', 'japanese-name', 'year', 'region'] as const;
export type SortKey = (typeof SORTS)[number];

const COUNTRY_ORDER = ['US', 'CA'];
/**
 * The entries of `pairings`. Their search text is folded on first use (a search, or
 * `prepareSearch` after the first rows are shown), not before the first rows; the names of a region
 * or prefecture are folded once for all the entries that share it.
 */
export function toEntries(pairings: readonly Pairing[]): PairingEntry[] {
  const regions = new Map<string, string>();
  const prefectures = new Map<number, string>();
  const regionText = ({ na_country: country, na_region: code }: Pairing) => {
    const key = `${country}-${code}`;
    let folded = regions.get(key);
    if (folded === undefined) {
      const names = [regionName(country, code, 'en'), regionName(country, code, 'ja'), regionName(country, code, 'fr-CA')];
      regions.set(key, (folded = foldParts(names)));
    }
    return folded;
  };
  const prefectureText = (code: number) => {
    let folded = prefectures.get(code);
    if (folded === undefined) {
      const names = [prefectureName(code, 'en'), PREFECTURES_JA[code - 1], PREFECTURES_KANA[code - 1]];
      prefectures.set(code, (folded = foldParts(names)));
    }
    return folded;
  };
  const haystack = (p: Pairing) =>
    [foldParts([p.na_name, p.na_name_ja, p.jp_name, p.jp_name_ja, p.jp_name_kana]), regionText(p), prefectureText(p.jp_prefecture)]
      .filter(Boolean)
      .join(' | ');
  return pairings.map((pairing, key) => new Entry(key, pairing, haystack));
}

/** A class rather than an object literal with a getter: thousands are made before the first rows. */
class Entry implements PairingEntry {
  year: number | undefined;
  private folded?: string;
  constructor(
    readonly key: number,
    readonly pairing: Pairing,
    private readonly fold: (pairing: Pairing) => string,
  ) {
    this.year = pairing.established ? Number(pairing.established.slice(0, 4)) : undefined;
  }
  get haystack(): string {
    return (this.folded ??= this.fold(this.pairing));
  }
}

/** Folds each present part and joins them: what folding the parts joined with " | " gives, part by part. */
function foldParts(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => !!part)
    .map(foldForSearch)
    .join(' | ');
}

/**
 * Folds the search text of the entries from `from` on, 100 at a time, until `stop()` says so;
 * returns where it stopped (the length of `entries` when all are done).
 */
export function prepareSearch(entries: readonly PairingEntry[], from: number, stop: () => boolean): number {
  let i = from;
  while (i < entries.length && !stop()) {
    for (const end = Math.min(entries.length, i + 100); i < end; i++) void entries[i].haystack;
  }
  return i;
}

export function matches(entry: PairingEntry, filters: PairingFilters, terms: readonly string[]): boolean {
  const { pairing } = entry;
  if (filters.country && pairing.na_country !== filters.country) return false;
  if (filters.region && pairing.na_region !== filters.region) return false;
  if (filters.prefecture && pairing.jp_prefecture !== filters.prefecture) return false;
  if (filters.type && pairing.type !== filters.type) return false;
  if (filters.decade === 'unknown' && entry.year !== undefined) return false;
  if (typeof filters.decade === 'number' && (entry.year === undefined || decadeOf(entry.year) !== filters.decade)) {
    return false;
  }
  return terms.every((term) => entry.haystack.includes(term));
}

export function filterEntries(entries: readonly PairingEntry[], filters: PairingFilters): PairingEntry[] {
  if (!filtering(filters)) return [...entries];
  const terms = searchTerms(filters);
  return entries.filter((entry) => matches(entry, filters, terms));
}

/** The name a reader of `locale` sees first for each side, and sorts it by. */
export function naSortName(pairing: Pairing, locale: Locale): string {
  return locale === 'ja' ? (pairing.na_name_ja ?? pairing.na_name) : pairing.na_name;
}

/** Japanese readers sort Japanese names by kana reading (gojūon order), not by kanji code point. */
export function jpSortName(pairing: Pairing, locale: Locale): string {
  return locale === 'ja' ? (pairing.jp_name_kana ?? pairing.jp_name_ja ?? pairing.jp_name) : pairing.jp_name;
}

const collators: Partial<Record<Locale, Intl.Collator>> = {};

/**
 * The one collator of `locale` the directory sorts with (base strength, numeric: "Kobe 9" before
 * "Kōbe 10"), built once: each new one costs a few ms of CPU, and the page's first one 10-20 ms.
 */
export function collator(locale: Locale): Intl.Collator {
  return (collators[locale] ??= new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
}

/**
 * The entries with their sort names computed once (not at every comparison), and how to compare them.
 * The Japanese and region names are computed only when a comparison gets to them (most never do when
 * sorting by North American name, and the reverse).
 */
function sortable(entries: readonly PairingEntry[], sort: SortKey, locale: Locale) {
  const compareText = collator(locale).compare;
  type Item = { entry: PairingEntry; na?: string; jp?: string; region?: string };
  const items: Item[] = entries.map((entry) => ({ entry }));
  const na = (item: Item) => (item.na ??= naSortName(item.entry.pairing, locale));
  const jp = (item: Item) => (item.jp ??= jpSortName(item.entry.pairing, locale));
  const region = (item: Item) => (item.region ??= regionName(item.entry.pairing.na_country, item.entry.pairing.na_region, locale));
  const byNa = (a: Item, b: Item) => compareText(na(a), na(b));
  const byJp = (a: Item, b: Item) => compareText(jp(a), jp(b));
  const compare: Record<SortKey, (a: Item, b: Item) => number> = {
    name: (a, b) => byNa(a, b) || byJp(a, b),
    'japanese-name': (a, b) => byJp(a, b) || byNa(a, b),
    year: (a, b) => (a.entry.year ?? Infinity) - (b.entry.year ?? Infinity) || compareDates(a.entry, b.entry) || byNa(a, b),
    region: (a, b) =>
      COUNTRY_ORDER.indexOf(a.entry.pairing.na_country) - COUNTRY_ORDER.indexOf(b.entry.pairing.na_country) ||
      compareText(region(a), region(b)) ||
      byNa(a, b) ||
      byJp(a, b),
  };
  return { items, compare: compare[sort] };
}

export function sortEntries(entries: readonly PairingEntry[], sort: SortKey, locale: Locale): PairingEntry[] {
  const { items, compare } = sortable(entries, sort, locale);
  return items.sort(compare).map((item) => item.entry);
}

/**
 * `sortEntries(entries, sort, locale).slice(0, count)` without sorting them all: each entry is compared
 * with the last of the first `count` kept so far (most go no further), so the first rows of a long
 * list show before it is sorted. Ties keep the source order, as the (stable) full sort does.
 */
export function firstEntries(entries: readonly PairingEntry[], sort: SortKey, locale: Locale, count: number): PairingEntry[] {
  const { items, compare } = sortable(entries, sort, locale);
  const head: typeof items = [];
  for (const item of items) {
    if (head.length >= count && compare(item, head[head.length - 1]) >= 0) continue;
    let low = 0;
    let high = head.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, head[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    head.splice(low, 0, item);
    if (head.length > count) head.pop();
  }
  return head.map((item) => item.entry);
}

/** Whether any filter would leave entries out (a search of separators only does not). */
export function filtering(filters: PairingFilters): boolean {
  return !!(filters.country || filters.region || filters.prefecture || filters.type || filters.decade) || searchTerms(filters).length > 0;
}

function searchTerms(filters: PairingFilters): string[] {
  return foldForSearch(filters.search ?? '').split(' ').filter(Boolean);
}

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` of one year: code point order is date order (and needs no collator). */
function compareDates(a: PairingEntry, b: PairingEntry): number {
  const x = a.pairing.established ?? '';
  const y = b.pairing.established ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The values present in the data, for the filter menus. */
export interface Facets {
  countries: string[];
  regions: { country: string; code: string }[];
  prefectures: number[];
  types: PairingType[];
  decades: (number | 'unknown')[];
}

export function facetsOf(entries: readonly PairingEntry[]): Facets {
  const countries = new Set<string>();
  const regions = new Map<string, { country: string; code: string }>();
  const prefectures = new Set<number>();
  const types = new Set<PairingType>();
  const decades = new Set<number>();
  let unknownYear = false;
  for (const { pairing, year } of entries) {
    countries.add(pairing.na_country);
    const region = `${pairing.na_country}-${pairing.na_region}`;
    if (!regions.has(region)) regions.set(region, { country: pairing.na_country, code: pairing.na_region });
    prefectures.add(pairing.jp_prefecture);
    types.add(pairing.type);
    if (year === undefined) unknownYear = true;
    else decades.add(decadeOf(year));
  }
  return {
    countries: COUNTRY_ORDER.filter((country) => countries.has(country)),
    regions: [...regions.values()],
    prefectures: [...prefectures].sort((a, b) => a - b),
    types: (['sister', 'friendship', 'partnership'] as const).filter((type) => types.has(type)),
    decades: [...[...decades].sort((a, b) => a - b), ...(unknownYear ? (['unknown'] as const) : [])],
  };
}

/** Years since establishment when this year is a round anniversary (every fifth year), else undefined. */
export function roundAnniversary(entry: PairingEntry, thisYear: number): number | undefined {
  if (entry.year === undefined) return undefined;
  const years = thisYear - entry.year;
  return years > 0 && years % 5 === 0 ? years : undefined;
}
