/**
 * The public versions of a request and a story: what staff chose to show the world, and the shape of
 * the public feeds (`/api/requests/published.json`, `/api/stories/published.json`). Never personal
 * data: no submitter, no contacts. Shared by the receiver and the future board and reader widgets.
 */
import * as z from 'zod/mini';
import { japanesePlace, northAmericanPlace, optionalText, partialDate, trimmed } from './common.js';
import { DIRECTIONS, EXCHANGES } from './request.js';
import { CONNECTIONS, STORY_LANGUAGES } from './story.js';

export const PUBLIC_LANGUAGES = ['en', 'ja', 'fr-CA'] as const;
export const REQUEST_TEXT_FIELDS = ['geography', 'activities', 'history', 'expectations', 'partner_preferences'] as const;
export const STORY_TEXT_FIELDS = ['story'] as const;

/** A staff-entered translation of each public text, per language: `{ geography: { ja: "…" } }`. */
const translations = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z.optional(z.partialRecord(z.enum(fields), z.partialRecord(z.enum(PUBLIC_LANGUAGES), z.string().check(z.maxLength(10_000)))));

const requestFields = {
  direction: z.enum(DIRECTIONS),
  /** The community seeking a partner: `country` and `region` in North America, `prefecture` in Japan. */
  community: z.object({
    name: trimmed(200),
    level: z.string().check(z.maxLength(40)),
    country: z.optional(z.enum(['US', 'CA', 'JP'])),
    region: z.optional(z.string().check(z.maxLength(10))),
    prefecture: z.optional(z.number()),
    /** The name in the other scripts, entered by staff: in Japanese, in Latin letters, and its kana reading. */
    name_ja: optionalText(200),
    name_en: optionalText(200),
    name_kana: optionalText(200),
  }),
  population: z.optional(z.object({ count: z.number(), as_of: z.number() })),
  area: z.optional(z.object({ value: z.number(), unit: z.enum(['km2', 'sq-mi']) })),
  geography: trimmed(5000),
  activities: trimmed(5000),
  history: optionalText(5000),
  expectations: trimmed(5000),
  exchanges: z.array(z.enum(EXCHANGES)),
  exchanges_other: optionalText(200),
  partner_preferences: optionalText(2000),
  translations: translations(REQUEST_TEXT_FIELDS),
};

/** What staff save for a request; `pamphlet` says whether the submitted pamphlet is shown. */
export const publicRequestSchema = z.strictObject({ ...requestFields, pamphlet: z.boolean() });
export type PublicRequest = z.output<typeof publicRequestSchema>;

const storyFields = {
  na_city: northAmericanPlace,
  jp_city: japanesePlace,
  established: z.optional(partialDate),
  story: trimmed(10_000),
  connections: z.array(z.enum(CONNECTIONS)),
  connection_other: optionalText(200),
  dates: z.array(z.object({ date: partialDate, event: trimmed(500) })),
  people: z.array(z.object({ family_name: trimmed(100), given_name: optionalText(100), role: trimmed(200), side: z.enum(['na', 'jp']) })),
  translations: translations(STORY_TEXT_FIELDS),
  /** The language the story (and its dates, roles and captions) is written in; the reader marks it with `lang`. */
  language: z.optional(z.enum(STORY_LANGUAGES)),
  /** Each city's name in the other script, entered by staff (`長崎市` beside `Nagasaki`, `Saint Paul` beside `セントポール市`). */
  alt_names: z.optional(z.object({ na_city: optionalText(200), jp_city: optionalText(200) })),
  /**
   * The partner city's side of the story, when it wrote one (optional): its text, the language it is
   * written in, who wrote it (no contact details), and staff translations of its text.
   */
  partner_side: z.optional(
    z.object({
      story: trimmed(10_000),
      language: z.optional(z.enum(STORY_LANGUAGES)),
      author: z.optional(z.object({ name: optionalText(200), role: optionalText(200), organisation: optionalText(200) })),
      translations: z.optional(z.partialRecord(z.enum(PUBLIC_LANGUAGES), z.string().check(z.maxLength(10_000)))),
    }),
  ),
};
const photoText = { caption: trimmed(500), date: z.optional(partialDate), credit: trimmed(200) };

/** What staff save for a story; each photo names the submitted part it shows (only photos given with permission). */
export const publicStorySchema = z.strictObject({
  ...storyFields,
  photos: z.array(z.strictObject({ part: z.string().check(z.regex(/^photo-\d+$/)), ...photoText })),
});
export type PublicStory = z.output<typeof publicStorySchema>;

const published = { reference: z.string(), published_at: z.string() };

/** One entry of `/api/requests/published.json`: the public version, the pamphlet as a public URL. */
export const publishedRequestSchema = z.object({ ...published, ...requestFields, pamphlet_url: z.optional(z.string()) });
export const publishedRequestsFeedSchema = z.object({ requests: z.array(publishedRequestSchema) });
export type PublishedRequest = z.output<typeof publishedRequestSchema>;

/** One entry of `/api/stories/published.json`: the public version, each photo as a public URL. */
export const publishedStorySchema = z.object({ ...published, ...storyFields, photos: z.array(z.object({ url: z.string(), ...photoText })) });
export const publishedStoriesFeedSchema = z.object({ stories: z.array(publishedStorySchema) });
export type PublishedStory = z.output<typeof publishedStorySchema>;
