/**
 * The public version of a submission: its first draft taken from the answers minus everything
 * private (submitter, contacts, other information, consent, the spam trap), and the check of what
 * staff save (the public schema, and only files the submission really has).
 */
import * as z from 'zod/mini';
import type { RequestPayload } from '../../src/schema/request.js';
import type { StoryPayload } from '../../src/schema/story.js';
import { publicRequestSchema, publicStorySchema, type PublicRequest, type PublicStory } from '../../src/schema/public.js';
import type { Kind, SubmissionDetail } from '../store/index.js';

/** `side`: the partner city's side of a story, if it added one (server/drafts/): its account can be made public too. */
export function initialPublicVersion(kind: Kind, payload: unknown, side?: { account?: unknown; language?: unknown; translation?: unknown } | null): PublicRequest | PublicStory {
  if (kind === 'request') {
    const r = payload as RequestPayload;
    const community = r.na_community
      ? { name: r.na_community.name, level: r.na_community.level, country: r.na_community.country, region: r.na_community.region }
      : { name: r.jp_community!.name, level: r.jp_community!.level, country: 'JP' as const, prefecture: r.jp_community!.prefecture };
    return {
      direction: r.direction, community, population: r.population, area: r.area, geography: r.geography, activities: r.activities,
      history: r.history, expectations: r.expectations, exchanges: r.exchanges, exchanges_other: r.exchanges_other,
      partner_preferences: r.partner_preferences, pamphlet: !!r.pamphlet,
    };
  }
  const s = payload as StoryPayload;
  return {
    na_city: s.na_city, jp_city: s.jp_city, established: s.established, story: s.story, connections: s.connections,
    connection_other: s.connection_other, dates: s.dates, people: s.people, language: s.language,
    photos: s.photos.filter((photo) => photo.permission).map(({ file, caption, date, credit }) => ({ part: file.part, caption, date, credit })),
    // The partner's own account (no author: like the submitter, a person staff may name by editing);
    // its translation of the story, into its own language, becomes that translation of the story.
    ...(side ? { partner_side: { story: side.account, language: side.language } as PublicStory['partner_side'] } : {}),
    ...(side?.translation && (side.language === 'en' || side.language === 'ja' || side.language === 'fr') ?
      { translations: { story: { [side.language === 'fr' ? 'fr-CA' : side.language]: side.translation } } as PublicStory['translations'] }
    : {}),
  };
}

type Checked = { ok: true; version: PublicRequest | PublicStory; publicParts: string[] } | { ok: false; errors: { pointer: string; detail: string }[] };

export function checkPublicVersion(submission: SubmissionDetail, body: unknown): Checked {
  const result = z.safeParse(submission.kind === 'request' ? publicRequestSchema : publicStorySchema, body);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => ({ pointer: `/${issue.path.join('/')}`, detail: issue.message })) };
  }
  const parts = new Set(submission.files.map((file) => file.part));
  if (submission.kind === 'request') {
    const version = result.data as PublicRequest;
    const pamphlet = submission.files.find((file) => file.part.startsWith('pamphlet-'))?.part;
    if (version.pamphlet && !pamphlet) return { ok: false, errors: [{ pointer: '/pamphlet', detail: 'This request came without a pamphlet' }] };
    return { ok: true, version, publicParts: version.pamphlet && pamphlet ? [pamphlet] : [] };
  }
  const version = result.data as PublicStory;
  // Every story photo was sent with the submitter's permission to publish it (the schema requires it).
  const missing = version.photos.findIndex((photo) => !parts.has(photo.part));
  if (missing >= 0) return { ok: false, errors: [{ pointer: `/photos/${missing}/part`, detail: 'This story has no photo of that part' }] };
  return { ok: true, version, publicParts: version.photos.map((photo) => photo.part) };
}
