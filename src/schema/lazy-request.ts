/**
 * The partner request ("becoming a sister city"), in both directions, built on first use: the
 * request form builds it when it first checks answers, not while it starts. request.ts gives the
 * built schema to everyone else. No Lit, no DOM.
 */
import * as z from 'zod/mini';
import { email, fileReference, japaneseCommunity, northAmericanCommunity, once, optionalText, submissionMeta, trimmed } from './lazy-common.js';

export const EXCHANGES = [
  'education-youth', 'culture-arts', 'sports', 'tourism', 'economy-trade', 'agriculture', 'technology', 'government', 'other',
] as const;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_CONTACTS = 10;

const positiveNumber = () => z.number().check(z.gt(0));
/** The year a population was counted. */
const year = () => z.number().check(z.refine(Number.isInteger), z.gte(1800), z.lte(2100));

export const DIRECTIONS = ['na-seeking-jp', 'jp-seeking-na'] as const;

/**
 * One object for both directions: `na_community` when a North American community
 * seeks a Japanese partner, `jp_community` the other way round (as the story's
 * `na_city` and `jp_city`). The refinements say which one the direction needs.
 */
export const requestSchema = once(() =>
  z
    .object({
      direction: z.enum(DIRECTIONS),
      na_community: z.optional(northAmericanCommunity()),
      jp_community: z.optional(japaneseCommunity()),
      population: z.object({ count: positiveNumber().check(z.refine(Number.isInteger)), as_of: year() }),
      area: z.object({ value: positiveNumber(), unit: z.enum(['km2', 'sq-mi']) }),
      geography: trimmed(5000),
      activities: trimmed(5000),
      history: optionalText(5000),
      expectations: trimmed(5000),
      exchanges: z.array(z.enum(EXCHANGES)).check(z.minLength(1), z.maxLength(EXCHANGES.length)),
      exchanges_other: optionalText(200),
      partner_preferences: optionalText(2000),
      contacts: z
        .array(
          z.object({
            name: trimmed(200),
            title: trimmed(200),
            organisation: trimmed(200),
            email: email(),
            phone: z.optional(z.string().check(z.maxLength(40), z.regex(/^[+\d][\d\s().-]{5,}$/))),
          }),
        )
        .check(z.minLength(1), z.maxLength(MAX_CONTACTS)),
      other_information: optionalText(5000),
      pamphlet: z.optional(fileReference(DOCUMENT_TYPES)),
      submitter: z.object({ name: trimmed(200), email: email(), role: optionalText(200), organisation: optionalText(200) }),
      consent: z.literal(true),
      ...submissionMeta(),
    })
    .check(
      // `when`: checked even while other answers are wrong, so every problem is reported at once.
      z.refine((request) => request.direction !== 'na-seeking-jp' || (!!request.na_community && !request.jp_community), {
        path: ['na_community'],
        message: 'A North American request describes its community in na_community only',
        when: () => true,
      }),
      z.refine((request) => request.direction !== 'jp-seeking-na' || (!!request.jp_community && !request.na_community), {
        path: ['jp_community'],
        message: 'A Japanese request describes its community in jp_community only',
        when: () => true,
      }),
      z.refine((request) => !Array.isArray(request.exchanges) || !request.exchanges.includes('other') || !!request.exchanges_other, {
        path: ['exchanges_other'],
        message: 'Say what other exchange is wanted',
        when: () => true,
      }),
    ),
);
