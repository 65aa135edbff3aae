/**
 * "Find partners for my community": ranks published requests by how well each fits a community a
 * reader describes (or one of the listed requests), with the reasons. Pure: no DOM, no Lit, no
 * network; nothing the reader types leaves the page.
 *
 * Only requests from the other side can be partners (a North American community is matched with
 * Japanese requests, and the other way round); the others get no score. A candidate scores out of 100:
 *
 * | points | when | reason |
 * | --- | --- | --- |
 * | up to 40 | they want the same kinds of exchange: 40 × shared ÷ the kinds the community wants | `exchanges` (the shared kinds) |
 * | 25 / 10 | the populations are within a factor of 2 / of 5 of each other | `population` (`similar` / `comparable`) |
 * | 20 | the request seeks its partner where the community is (its state, province or prefecture named, or an area holding it) | `seeks-you` (the place or area) |
 * | 15 | the request's community is where the reader wants a partner | `where-you-want` (the place or area) |
 *
 * A fact the reader left out neither adds nor removes points. Ties go to the newer listing.
 */
import { areaById, placeSought, soughtBy, type Area, type Place } from './areas.js';
import { sideOf, type Exchange } from './lists.js';
import type { BoardRequest } from './record.js';

/** The community looking for a partner. Every fact but `side` is optional. */
export interface CommunityProfile {
  /** Where the community is: `na` (so it seeks a Japanese partner) or `jp`. */
  side: 'na' | 'jp';
  population?: number;
  exchanges?: readonly Exchange[];
  /** Its state or province (postal code, `OR`) or prefecture (JIS code as text, `20`). */
  place?: Place;
  /** Where it would like its partner: an area id (areas.ts, `kyushu-okinawa`) or a place. */
  wanted?: string;
  /** The listed request the profile was taken from, which is not its own partner. */
  reference?: string;
}

export type MatchReason =
  | { kind: 'exchanges'; exchanges: Exchange[] }
  | { kind: 'population'; closeness: 'similar' | 'comparable' }
  | { kind: 'seeks-you'; where: Area | Place }
  | { kind: 'where-you-want'; where: Area | Place };

export interface Match<T extends BoardRequest = BoardRequest> {
  request: T;
  /** 0–100. */
  score: number;
  reasons: MatchReason[];
}

export const WEIGHTS = { exchanges: 40, similarPopulation: 25, comparablePopulation: 10, seeksYou: 20, whereYouWant: 15 } as const;

/** The place a request's community is in: its state or province, or its prefecture. */
export function placeOf(request: BoardRequest): Place | undefined {
  return request.community.country === 'JP' ? (request.community.prefecture ? String(request.community.prefecture) : undefined) : request.community.region;
}

/** A listed request as a community looking for a partner: "find partners for this community". */
export function profileOf(request: BoardRequest): CommunityProfile {
  const sought = soughtBy(request);
  return {
    side: sideOf(request),
    population: request.population?.count,
    exchanges: request.exchanges.filter((kind) => kind !== 'other'),
    place: placeOf(request),
    wanted: sought.areas[0] ?? sought.places[0],
    reference: request.reference,
  };
}

/** How one request fits the community, or undefined when it cannot be its partner (same side, or itself). */
export function scoreRequest<T extends BoardRequest>(profile: CommunityProfile, request: T): Match<T> | undefined {
  if (sideOf(request) === profile.side) return undefined;
  if (profile.reference && request.reference === profile.reference) return undefined;
  const reasons: MatchReason[] = [];
  let score = 0;

  const wanted = (profile.exchanges ?? []).filter((kind) => kind !== 'other');
  const shared = wanted.filter((kind) => request.exchanges.includes(kind));
  if (shared.length > 0) {
    score += (WEIGHTS.exchanges * shared.length) / wanted.length;
    reasons.push({ kind: 'exchanges', exchanges: shared });
  }

  const theirs = request.population?.count;
  if (profile.population && profile.population > 0 && theirs) {
    const ratio = Math.max(profile.population, theirs) / Math.min(profile.population, theirs);
    if (ratio <= 2) {
      score += WEIGHTS.similarPopulation;
      reasons.push({ kind: 'population', closeness: 'similar' });
    } else if (ratio <= 5) {
      score += WEIGHTS.comparablePopulation;
      reasons.push({ kind: 'population', closeness: 'comparable' });
    }
  }

  if (profile.place) {
    const where = placeSought(profile.place, soughtBy(request));
    if (where) {
      score += WEIGHTS.seeksYou;
      reasons.push({ kind: 'seeks-you', where });
    }
  }

  const place = placeOf(request);
  if (profile.wanted && place) {
    const area = areaById(profile.wanted);
    if (area ? area.members.includes(place) : profile.wanted === place) {
      score += WEIGHTS.whereYouWant;
      reasons.push({ kind: 'where-you-want', where: area ?? place });
    }
  }
  return { request, score: Math.round(score), reasons };
}

/** The requests that can partner the community, best fit first (ties: the newer listing first). */
export function rankRequests<T extends BoardRequest>(profile: CommunityProfile, requests: readonly T[]): Match<T>[] {
  return requests
    .map((request) => scoreRequest(profile, request))
    .filter((match): match is Match<T> => match !== undefined)
    .sort((a, b) => b.score - a.score || (b.request.published_at ?? '').localeCompare(a.request.published_at ?? ''));
}
