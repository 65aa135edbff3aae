/**
 * The partner request ("becoming a sister city"), in both directions: the
 * contract between <sister-city-request-form> (issue 4, not built yet), the
 * receiver and any other backend. No Lit, no DOM.
 */
import * as z from 'zod/mini';
import { prefectureCode } from './codes.js';
import { email, fileReference, optionalText, submissionMeta, trimmed } from './common.js';
import { isPartialDate } from './dates.js';
import { CA_EN, US_EN } from '../regions/data.js';
import { JP_LEVELS, NA_LEVELS } from './pairing.js';

export const EXCHANGES = [
  'education-youth', 'culture-arts', 'sports', 'tourism', 'economy-trade', 'agriculture', 'technology', 'government', 'other',
] as const;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_CONTACTS = 10;

const positiveNumber = z.number().check(z.gt(0));
const year = z.string().check(z.refine((value) => /^\d{4}$/.test(value) && isPartialDate(value)));

/** A North American community seeking a Japanese partner. */
const northAmerican = z
  .object({
    direction: z.literal('na-seeking-jp'),
    community: z.object({
      country: z.enum(['US', 'CA']),
      region: z.string(),
      name: trimmed(200),
      level: z.enum(NA_LEVELS),
    }),
  })
  .check(
    z.refine((request) => Object.hasOwn(request.community.country === 'CA' ? CA_EN : US_EN, request.community.region), {
      path: ['community', 'region'],
      message: 'Not a state, province or territory of that country',
    }),
  );

/** A Japanese prefecture or municipality seeking a North American partner. */
const japanese = z.object({
  direction: z.literal('jp-seeking-na'),
  community: z.object({
    prefecture: prefectureCode,
    name: trimmed(200),
    level: z.enum(JP_LEVELS),
  }),
});

const profile = z.object({
  population: z.object({ count: positiveNumber.check(z.refine(Number.isInteger)), as_of: year }),
  area: z.object({ value: positiveNumber, unit: z.enum(['km2', 'sq-mi']) }),
  geography: trimmed(5000),
  activities: trimmed(5000),
  history: optionalText(5000),
  expectations: trimmed(5000),
  exchanges: z.array(z.enum(EXCHANGES)).check(z.minLength(1)),
  exchanges_other: optionalText(200),
  partner_preferences: optionalText(2000),
  contacts: z
    .array(
      z.object({
        name: trimmed(200),
        title: trimmed(200),
        organisation: trimmed(200),
        email,
        phone: z.optional(z.string().check(z.maxLength(40), z.regex(/^[+\d][\d\s().-]{5,}$/))),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_CONTACTS)),
  other_information: optionalText(5000),
  pamphlet: z.optional(fileReference(DOCUMENT_TYPES)),
  submitter: z.object({ name: trimmed(200), email, role: optionalText(200), organisation: optionalText(200) }),
  consent: z.literal(true),
  ...submissionMeta,
});

export const requestSchema = z
  .intersection(z.discriminatedUnion('direction', [northAmerican, japanese]), profile)
  .check(
    z.refine(
      (request) => !Array.isArray(request.exchanges) || !request.exchanges.includes('other') || !!request.exchanges_other,
      { path: ['exchanges_other'], message: 'Say what other exchange is wanted', when: () => true },
    ),
  );

export type RequestPayload = z.output<typeof requestSchema>;
