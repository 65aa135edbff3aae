/**
 * Coverage: the pairings directory file the receiver serves (PAIRINGS_FILE) set beside the stories
 * received, each story matched to its pairing by the pairing key (src/schema/pairing-key.ts). A pairing
 * "has a story" when a story about it is received, in review, approved or published; a rejected or
 * withdrawn one does not count, so the pairing stays on the outreach list. Pure: no I/O.
 */
import type { Pairing } from '../../src/schema/pairing.js';
import { keyOfPairing, keysOfPairing, pairingKey } from '../../src/schema/pairing-key.js';
import type { Status, SubmissionSummary } from '../store/index.js';

/** Statuses of a story that count as the pairing having told its story. */
const TOLD: readonly Status[] = ['received', 'in-review', 'approved', 'published'];

export interface CoverageStory {
  id: string;
  reference: string;
  status: Status;
}

export interface CoveragePairing {
  key: string;
  pairing: Pairing;
  stories: CoverageStory[];
}

export interface RegionCount {
  pairings: number;
  /** Pairings without a story. */
  without: number;
}

export interface Coverage {
  pairings: CoveragePairing[];
  /** Pairings with at least one story that counts; of them, with a published one. */
  told: number;
  published: number;
  /** By North American state or province (`US-MN`), and by prefecture code, in code order. */
  regions: ({ country: string; region: string } & RegionCount)[];
  prefectures: ({ prefecture: number } & RegionCount)[];
  /** Stories whose cities match no pairing of the file (a missing row, or a name spelt otherwise). */
  unmatched: (CoverageStory & { key: string; title: string })[];
}

type StoryPlaces = { na_city?: { country: string; region: string; name: string }; jp_city?: { prefecture: number; name: string } };

/** The key of a story's pairing, from the cities the submitter gave. */
export function storyKey(payload: unknown): string | undefined {
  const { na_city, jp_city } = (payload ?? {}) as StoryPlaces;
  return na_city && jp_city ? pairingKey(na_city, jp_city) : undefined;
}

export const hasStory = (entry: CoveragePairing) => entry.stories.some((story) => TOLD.includes(story.status));

export function coverageOf(pairings: readonly Pairing[], stories: readonly SubmissionSummary[]): Coverage {
  const entries: CoveragePairing[] = pairings.map((pairing) => ({ key: keyOfPairing(pairing), pairing, stories: [] }));
  const byKey = new Map<string, CoveragePairing>();
  for (const entry of entries) for (const key of keysOfPairing(entry.pairing)) if (!byKey.has(key)) byKey.set(key, entry);

  const unmatched: Coverage['unmatched'] = [];
  for (const story of stories) {
    if (story.kind !== 'story') continue;
    const key = storyKey(story.payload) ?? '';
    const found = byKey.get(key);
    const summary = { id: story.id, reference: story.reference, status: story.status };
    if (found) found.stories.push(summary);
    else {
      const { na_city, jp_city } = story.payload as StoryPlaces;
      unmatched.push({ ...summary, key, title: `${na_city?.name ?? ''} – ${jp_city?.name ?? ''}` });
    }
  }

  const regions = new Map<string, Coverage['regions'][number]>();
  const prefectures = new Map<number, Coverage['prefectures'][number]>();
  for (const entry of entries) {
    const { na_country: country, na_region: region, jp_prefecture: prefecture } = entry.pairing;
    const without = hasStory(entry) ? 0 : 1;
    const r = regions.get(`${country}-${region}`) ?? { country, region, pairings: 0, without: 0 };
    regions.set(`${country}-${region}`, { ...r, pairings: r.pairings + 1, without: r.without + without });
    const p = prefectures.get(prefecture) ?? { prefecture, pairings: 0, without: 0 };
    prefectures.set(prefecture, { ...p, pairings: p.pairings + 1, without: p.without + without });
  }

  return {
    pairings: entries,
    told: entries.filter(hasStory).length,
    published: entries.filter((entry) => entry.stories.some((story) => story.status === 'published')).length,
    regions: [...regions.values()].sort((a, b) => `${a.country}-${a.region}`.localeCompare(`${b.country}-${b.region}`)),
    prefectures: [...prefectures.values()].sort((a, b) => a.prefecture - b.prefecture),
    unmatched,
  };
}
