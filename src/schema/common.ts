/**
 * Pieces the form schemas share. No Lit, no DOM: the receiver uses them too.
 */
import * as z from 'zod/mini';
import { CA_EN, US_EN } from '../regions/data.js';
import { isPartialDate } from './dates.js';
import { JP_LEVELS, NA_LEVELS, prefectureCode } from './codes.js';

/** Text that is not blank. (The forms trim what they send; a receiver may trim too.) */
export const trimmed = (max: number) => z.string().check(z.maxLength(max), z.regex(/\S/));
export const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = z.string().check(z.refine(isPartialDate));

export const email = z.string().check(z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/));

/** The state, province or territory is one of that country's. */
const knownRegion = z.refine<{ country: string; region: string }>((place) => Object.hasOwn(place.country === 'CA' ? CA_EN : US_EN, place.region), {
  path: ['region'],
  message: 'Not a state, province or territory of that country',
});

export const northAmericanPlace = z.object({ country: z.enum(['US', 'CA']), region: z.string(), name: trimmed(200) }).check(knownRegion);

/** A North American community with its level of government (the request form's). */
export const northAmericanCommunity = z
  .object({ country: z.enum(['US', 'CA']), region: z.string(), name: trimmed(200), level: z.enum(NA_LEVELS) })
  .check(knownRegion);

export const japanesePlace = z.object({
  prefecture: prefectureCode,
  name: trimmed(200),
});

export const japaneseCommunity = z.object({ prefecture: prefectureCode, name: trimmed(200), level: z.enum(JP_LEVELS) });

/** A file sent beside the JSON payload as its own multipart part, named by `part`, of one of `types`. */
export const fileReference = <const T extends readonly [string, ...string[]]>(types: T) =>
  z.object({
    part: z.string().check(z.regex(/^[a-z]+-\d+$/)),
    name: z.string().check(z.maxLength(255)),
    type: z.enum(types),
    size: z.number().check(z.gte(1)),
  });

/** What every form adds: the spam trap (empty for people) and an optional captcha token. */
export const submissionMeta = {
  honeypot: z.optional(z.string()),
  captcha_token: z.optional(z.string().check(z.maxLength(4096))),
  /** The language of the form the submitter used: their receipt and later emails are written in it. */
  locale: z.optional(z.enum(['en', 'ja', 'fr-CA'])),
  /** The link of the draft kept on the receiver that this submission sends (src/schema/draft.ts): the partner's side goes with it. */
  draft: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))),
};
