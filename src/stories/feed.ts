/**
 * Reads the published stories (`/api/stories/published.json`, a copy of it in a file, or the same
 * objects as a property) into checked stories and what search and the filters need. Pure: no DOM.
 */
import * as z from 'zod/mini';
import { prefectureCode } from '../schema/codes.js';
import { isPartialDate } from '../schema/dates.js';
import type { PublishedStory } from '../schema/public.js';
import { PREFECTURES_KANA } from '../regions/data-kana.js';
import { prefectureName, regionName } from '../regions/names.js';
import { decadeOf, foldForSearch } from '../pairings/query.js';
import { storyKey } from '../schema/pairing-key.js';

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
    prefectureName(jp.prefecture, 'en'), prefectureName(jp.prefecture, 'ja'), PREFECTURES_KANA[jp.prefecture - 1],
    ...story.people.map((person) => `${person.family_name} ${person.given_name ?? ''}`),
  ];
  const year = story.established ? Number(story.established.slice(0, 4)) : undefined;
  return { story, key, haystack: foldForSearch(names.filter(Boolean).join(' | ')), year };
}

const text = z.string().check(z.regex(/\S/));
const date = z.string().check(z.refine(isPartialDate));
const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item));

/**
 * The fields the reader reads, checked (the receiver checked the whole public version with
 * src/schema/public.ts before publishing; a hand-written file gets the same leniency as the
 * directory's: a story the reader cannot show is skipped, never fatal). Anything else is optional.
 */
const storyShape = z.object({
  reference: text,
  na_city: z.object({ country: z.enum(['US', 'CA']), region: text, name: text }),
  jp_city: z.object({ prefecture: prefectureCode, name: text }),
  established: z.optional(date),
  story: text,
  connections: list(z.string()),
  dates: list(z.object({ date, event: text })),
  people: list(z.object({ family_name: text, role: z.string() })),
  photos: list(z.object({ url: text, caption: z.string(), credit: z.string() })),
  partner_side: z.optional(z.object({ story: text })),
});

/** What is wrong with a story for the reader to show it, or undefined when nothing is. */
export function storyProblem(value: unknown): string | undefined {
  const result = z.safeParse(storyShape, value);
  return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.') || 'story'}: ${issue.message}`).join('; ');
}

/** `{ "stories": [...] }` (the feed) or a bare array of published stories. */
export function loadStories(data: unknown): LoadedStories {
  const list =
    Array.isArray(data) ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { stories?: unknown }).stories) ? (data as { stories: unknown[] }).stories
    : undefined;
  if (!list) throw new StorySourceError('The stories are neither an array nor { "stories": [...] }.');
  const entries: StoryEntry[] = [];
  const skipped: LoadedStories['skipped'] = [];
  list.forEach((value, i) => {
    const problem = storyProblem(value);
    if (problem) skipped.push({ row: i + 1, reason: problem });
    else entries.push(toEntry(value as PublishedStory));
  });
  return { entries, skipped };
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
