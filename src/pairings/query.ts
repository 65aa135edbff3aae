/**
 * Search, filters and sorting over pairings. Pure: no DOM, no Lit.
 */
import type { Pairing, PairingType } from '../schema/pairing.js';
import type { Locale } from '../i18n/language.js';
import { PREFECTURES_KANA } from '../regions/data-kana.js';
import { prefectureName, regionName } from '../regions/names.js';

/**
 * A pairing with what search and sorting need, computed once. Region names
 * enter the search text in every language loaded at that time.
 */
export interface PairingEntry {
  /** Stable key for keyed rendering: the position in the source. */
  key: number;
  pairing: Pairing;
  /** Every name of both sides and their regions, folded by `foldForSearch`. */
  haystack: string;
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
const KATAKANA = /[\u30a1-\u30f6]/g;
const MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-‐–—・·.,'’()（）]+/g;

/**
 * Folds text so that case, accents, macrons, full/half width and
 * hiragana/katakana do not matter: "Kōbe", "KOBE", "ｋｏｂｅ" → "kobe",
 * "コウベ" → "こうべ", "Montréal" → "montreal".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60))
    .replace(SEPARATORS, ' ')
    .trim();
}

export function toEntries(pairings: readonly Pairing[]): PairingEntry[] {
  return pairings.map((pairing, key) => ({
    key,
    pairing,
    haystack: foldForSearch(
      [
        pairing.na_name,
        pairing.na_name_ja,
        pairing.jp_name,
        pairing.jp_name_ja,
        pairing.jp_name_kana,
        regionName(pairing.na_country, pairing.na_region, 'en'),
        regionName(pairing.na_country, pairing.na_region, 'ja'),
        regionName(pairing.na_country, pairing.na_region, 'fr-CA'),
        prefectureName(pairing.jp_prefecture, 'en'),
        prefectureName(pairing.jp_prefecture, 'ja'),
        PREFECTURES_KANA[pairing.jp_prefecture - 1],
      ]
        .filter(Boolean)
        .join(' | '),
    ),
    year: pairing.established ? Number(pairing.established.slice(0, 4)) : undefined,
  }));
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
  const terms = foldForSearch(filters.search ?? '').split(' ').filter(Boolean);
  return entries.filter((entry) => matches(entry, filters, terms));
}

export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/** The name a reader of `locale` sees first for each side, and sorts it by. */
export function naSortName(pairing: Pairing, locale: Locale): string {
  return locale === 'ja' ? (pairing.na_name_ja ?? pairing.na_name) : pairing.na_name;
}

/** Japanese readers sort Japanese names by kana reading (gojūon order), not by kanji code point. */
export function jpSortName(pairing: Pairing, locale: Locale): string {
  return locale === 'ja' ? (pairing.jp_name_kana ?? pairing.jp_name_ja ?? pairing.jp_name) : pairing.jp_name;
}

export function sortEntries(entries: readonly PairingEntry[], sort: SortKey, locale: Locale): PairingEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byNa = (a: PairingEntry, b: PairingEntry) =>
    collator.compare(naSortName(a.pairing, locale), naSortName(b.pairing, locale));
  const byJp = (a: PairingEntry, b: PairingEntry) =>
    collator.compare(jpSortName(a.pairing, locale), jpSortName(b.pairing, locale));
  const regionLabel = new Map<PairingEntry, string>();
  const region = (entry: PairingEntry) => {
    let label = regionLabel.get(entry);
    if (label === undefined) {
      label = regionName(entry.pairing.na_country, entry.pairing.na_region, locale);
      regionLabel.set(entry, label);
    }
    return label;
  };
  const compare: Record<SortKey, (a: PairingEntry, b: PairingEntry) => number> = {
    name: (a, b) => byNa(a, b) || byJp(a, b),
    'japanese-name': (a, b) => byJp(a, b) || byNa(a, b),
    year: (a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || compareDates(a, b) || byNa(a, b),
    region: (a, b) =>
      COUNTRY_ORDER.indexOf(a.pairing.na_country) - COUNTRY_ORDER.indexOf(b.pairing.na_country) ||
      collator.compare(region(a), region(b)) ||
      byNa(a, b) ||
      byJp(a, b),
  };
  return [...entries].sort(compare[sort]);
}

function compareDates(a: PairingEntry, b: PairingEntry): number {
  return (a.pairing.established ?? '').localeCompare(b.pairing.established ?? '');
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
    regions.set(`${pairing.na_country}-${pairing.na_region}`, { country: pairing.na_country, code: pairing.na_region });
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
