/**
 * Search, filters and sorting over the board's requests, with the directory's folding (kana, width,
 * accents: src/pairings/query.ts). Pure: no DOM, no Lit.
 */
import type { Locale } from '../i18n/language.js';
import { foldForSearch } from '../pairings/query.js';
import { PREFECTURES_JA } from '../regions/data-ja-prefectures.js';
import { PREFECTURES_KANA } from '../regions/data-kana.js';
import { prefectureName, regionName } from '../regions/names.js';
import { areaById, areasOf, soughtBy } from './areas.js';
import type { BoardRequest, Direction, Exchange } from './record.js';

export interface RequestEntry {
  key: number;
  request: BoardRequest;
  haystack: string;
  /** Areas and places the request seeks its partner in (areas.ts). */
  sought: { areas: string[]; places: string[] };
}

/** Population bands of the filter: [lowest, below]. */
export const POPULATION_BANDS = {
  'under-10k': [0, 10_000],
  '10k-50k': [10_000, 50_000],
  '50k-100k': [50_000, 100_000],
  '100k-500k': [100_000, 500_000],
  '500k-plus': [500_000, Infinity],
} as const;
export type PopulationBand = keyof typeof POPULATION_BANDS;

export interface RequestFilters {
  search?: string;
  direction?: Direction;
  country?: string;
  region?: string;
  prefecture?: number;
  level?: string;
  population?: PopulationBand;
  /** Requests wanting every one of these kinds. */
  exchanges?: readonly Exchange[];
  /** An area id (areas.ts) the request seeks its partner in. */
  partnerArea?: string;
}

export const SORTS = ['newest', 'name', 'population'] as const;
export type SortKey = (typeof SORTS)[number];

export function toEntries(requests: readonly BoardRequest[]): RequestEntry[] {
  return requests.map((request, key) => {
    const c = request.community;
    const where =
      c.country === 'JP' && c.prefecture ?
        [prefectureName(c.prefecture, 'en'), PREFECTURES_JA[c.prefecture - 1], PREFECTURES_KANA[c.prefecture - 1]]
      : c.region ? [regionName(c.country, c.region, 'en'), regionName(c.country, c.region, 'ja'), regionName(c.country, c.region, 'fr-CA')]
      : [];
    return {
      key,
      request,
      sought: soughtBy(request),
      haystack: foldForSearch(
        [c.name, c.name_ja, c.name_en, c.name_kana, request.reference, ...where, request.partner_preferences, request.exchanges_other]
          .filter(Boolean)
          .join(' | '),
      ),
    };
  });
}

export function matches(entry: RequestEntry, filters: RequestFilters, terms: readonly string[]): boolean {
  const r = entry.request;
  const c = r.community;
  if (filters.direction && r.direction !== filters.direction) return false;
  if (filters.country && c.country !== filters.country) return false;
  if (filters.region && c.region !== filters.region) return false;
  if (filters.prefecture && c.prefecture !== filters.prefecture) return false;
  if (filters.level && c.level !== filters.level) return false;
  if (filters.population) {
    const [low, below] = POPULATION_BANDS[filters.population];
    const count = r.population?.count;
    if (count === undefined || count < low || count >= below) return false;
  }
  if (filters.exchanges?.some((kind) => !r.exchanges.includes(kind))) return false;
  if (filters.partnerArea) {
    const area = areaById(filters.partnerArea);
    const seeks = entry.sought.areas.includes(filters.partnerArea) || entry.sought.places.some((place) => area?.members.includes(place));
    if (!seeks) return false;
  }
  return terms.every((term) => entry.haystack.includes(term));
}

export function filterEntries(entries: readonly RequestEntry[], filters: RequestFilters): RequestEntry[] {
  const terms = foldForSearch(filters.search ?? '').split(' ').filter(Boolean);
  return entries.filter((entry) => matches(entry, filters, terms));
}

/** The name a reader of `locale` sees first, and sorts by (Japanese readers by kana reading where known). */
export function displayName(request: BoardRequest, locale: Locale): string {
  const c = request.community;
  if (locale === 'ja') return c.name_ja ?? c.name;
  return c.name_en ?? (/[\u3040-\u9fff]/.test(c.name) && c.level === 'prefecture' && c.prefecture ? prefectureName(c.prefecture, 'en') : c.name);
}

export function sortEntries(entries: readonly RequestEntry[], sort: SortKey, locale: Locale): RequestEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sortName = (r: BoardRequest) => (locale === 'ja' ? (r.community.name_kana ?? displayName(r, locale)) : displayName(r, locale));
  const byName = (a: RequestEntry, b: RequestEntry) => collator.compare(sortName(a.request), sortName(b.request));
  const compare: Record<SortKey, (a: RequestEntry, b: RequestEntry) => number> = {
    newest: (a, b) => (b.request.published_at ?? '').localeCompare(a.request.published_at ?? '') || byName(a, b),
    name: byName,
    population: (a, b) => (b.request.population?.count ?? -1) - (a.request.population?.count ?? -1) || byName(a, b),
  };
  return [...entries].sort(compare[sort]);
}

/** The values present in the data, for the filter menus. */
export interface Facets {
  countries: string[];
  regions: { country: string; code: string }[];
  prefectures: number[];
  levels: string[];
  partnerAreas: string[];
}

export function facetsOf(entries: readonly RequestEntry[]): Facets {
  const countries = new Set<string>();
  const regions = new Map<string, { country: string; code: string }>();
  const prefectures = new Set<number>();
  const levels = new Set<string>();
  const partnerAreas = new Set<string>();
  for (const { request, sought } of entries) {
    const c = request.community;
    countries.add(c.country);
    if (c.region && c.country !== 'JP') regions.set(`${c.country}-${c.region}`, { country: c.country, code: c.region });
    if (c.prefecture) prefectures.add(c.prefecture);
    if (c.level) levels.add(c.level);
    sought.areas.forEach((id) => partnerAreas.add(id));
    sought.places.forEach((place) => areasOf(place).forEach((area) => partnerAreas.add(area.id)));
  }
  return {
    countries: ['US', 'CA', 'JP'].filter((country) => countries.has(country)),
    regions: [...regions.values()],
    prefectures: [...prefectures].sort((a, b) => a - b),
    levels: [...levels],
    partnerAreas: [...partnerAreas],
  };
}

