/**
 * Reads the published stories (`/api/stories/published.json`, a copy of it in a file, or the same
 * objects as a property) into checked stories and what search and the filters need. Pure: no DOM.
 */
import type { PublishedStory } from '../schema/public.js';
import { PREFECTURES_JA } from '../regions/data-ja-prefectures.js';
import { PREFECTURES_KANA } from '../regions/data-kana.js';
import { prefectureName, regionName } from '../regions/names.js';
import { decadeOf } from '../pairings/decades.js';
import { foldForSearch } from '../pairings/fold.js';
import { storyKey } from '../schema/pairing-key.js';
import { fastStory } from './fast-check.js';

/** A story the reader shows, with what search, the filters and the pairing preset need, computed once. */
export interface StoryEntry {
  story: PublishedStory;
  /** The pairing's key (`US-MN-saint-paul/42-nagasaki`, see key.ts), also the story's anchor. */
  key: string;
  /** Every name of both cities, their regions and the people, folded by `foldForSearch`. */
  haystack: string;
  year: number | undefined;
}

export interface LoadedStories {
  entries: StoryEntry[];
  /** Stories left out because they do not have the published shape, with their position and reason. */
  skipped: { row: number; reason: string }[];
}

/** Thrown when the whole source is not a list of stories. */
export class StorySourceError extends Error {
  override name = 'StorySourceError';
}

export function toEntry(value: PublishedStory): StoryEntry {
  // Lists the feed always has, which a hand-written file may leave out.
  const story = { ...{ connections: [], dates: [], people: [], photos: [] }, ...value } as PublishedStory;
  // Photos only from http(s) or relative URLs (never `javascript:` or `data:` from a hand-written file).
  story.photos = story.photos.filter((photo) => !/^[a-z][a-z\d+.-]*:/i.test(photo.url) || /^https?:/i.test(photo.url));
  const { na_city: na, jp_city: jp, alt_names: alt } = story;
  const key = storyKey(story);
  const names = [
    na.name, alt?.na_city, jp.name, alt?.jp_city,
    regionName(na.country, na.region, 'en'), regionName(na.country, na.region, 'ja'), regionName(na.country, na.region, 'fr-CA'),
    prefectureName(jp.prefecture, 'en'), PREFECTURES_JA[jp.prefecture - 1], PREFECTURES_KANA[jp.prefecture - 1],
    ...story.people.map((person) => `${person.family_name} ${person.given_name ?? ''}`),
  ];
  const year = story.established ? Number(story.established.slice(0, 4)) : undefined;
  return { story, key, haystack: foldForSearch(names.filter(Boolean).join(' | ')), year };
}

/**
 * `{ "stories": [...] }` (the feed) or a bare array of published stories: at once when every story passes
 * the fast check, a promise when some does not (the schema, slow-check.ts, loads then to say why).
 */
export function loadStories(data: unknown): LoadedStories | Promise<LoadedStories> {
  const list =
    Array.isArray(data) ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { stories?: unknown }).stories) ? (data as { stories: unknown[] }).stories
    : undefined;
  if (!list) throw new StorySourceError('The stories are neither an array nor { "stories": [...] }.');
  const fast = list.map(fastStory);
  const gather = (problemOf?: (value: unknown) => string | undefined): LoadedStories => {
    const entries: StoryEntry[] = [];
    const skipped: LoadedStories['skipped'] = [];
    list.forEach((value, i) => {
      const problem = fast[i] ? undefined : problemOf!(value);
      if (problem) skipped.push({ row: i + 1, reason: problem });
      else entries.push(toEntry(value as PublishedStory));
    });
    return { entries, skipped };
  };
  if (!fast.includes(false)) return gather();
  return import('./slow-check.js').then(({ storyProblem }) => gather(storyProblem));
}

export interface StoryFilters {
  search?: string;
  region?: string;
  prefecture?: number;
  decade?: number;
  connection?: string;
  /** A pairing's key: only its story (or stories). */
  pairing?: string;
}

export function filterStories(entries: readonly StoryEntry[], filters: StoryFilters): StoryEntry[] {
  const terms = foldForSearch(filters.search ?? '').split(' ').filter(Boolean);
  return entries.filter(({ story, key, haystack, year }) => {
    if (filters.pairing && key !== filters.pairing) return false;
    if (filters.region && story.na_city.region !== filters.region) return false;
    if (filters.prefecture && story.jp_city.prefecture !== filters.prefecture) return false;
    if (filters.decade !== undefined && (year === undefined || decadeOf(year) !== filters.decade)) return false;
    if (filters.connection && !(story.connections as string[]).includes(filters.connection)) return false;
    return terms.every((term) => haystack.includes(term));
  });
}

/** The values present in the stories, for the filter menus. */
export interface StoryFacets {
  regions: { country: string; code: string }[];
  prefectures: number[];
  decades: number[];
  connections: string[];
}

export function storyFacets(entries: readonly StoryEntry[]): StoryFacets {
  const regions = new Map<string, { country: string; code: string }>();
  const prefectures = new Set<number>();
  const decades = new Set<number>();
  const connections = new Set<string>();
  for (const { story, year } of entries) {
    regions.set(`${story.na_city.country}-${story.na_city.region}`, { country: story.na_city.country, code: story.na_city.region });
    prefectures.add(story.jp_city.prefecture);
    if (year !== undefined) decades.add(decadeOf(year));
    story.connections.forEach((connection) => connections.add(connection));
  }
  return {
    regions: [...regions.values()],
    prefectures: [...prefectures].sort((a, b) => a - b),
    decades: [...decades].sort((a, b) => a - b),
    connections: [...connections],
  };
}

/** Oldest relationship first; undated ones last. */
export function sortStories(entries: readonly StoryEntry[]): StoryEntry[] {
  return [...entries].sort((a, b) => (a.story.established ?? '9999').localeCompare(b.story.established ?? '9999') || a.key.localeCompare(b.key));
}
