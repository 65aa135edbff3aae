/**
 * The pairing record: the one shape every pairing source (CSV, JSON, inline
 * script, property) is checked against. Shared by the directory, the docs and
 * the receiver, so it imports nothing from Lit or the DOM.
 */
import * as z from 'zod/mini';
import { CA_EN, US_EN } from '../regions/data.js';

export const NA_LEVELS = [
  'city', 'town', 'village', 'county', 'city-and-county', 'municipality', 'state', 'province', 'territory',
] as const;
export const JP_LEVELS = ['prefecture', 'city', 'town', 'village', 'special-ward'] as const;
export const PAIRING_TYPES = ['sister', 'friendship', 'partnership'] as const;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month and day that exist. */
export const partialDate = z.string().check(
  z.refine((value) => isPartialDate(value), 'Use YYYY, YYYY-MM or YYYY-MM-DD, like 1955 or 1955-12-07'),
);

const httpLink = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Only http:// and https:// links are allowed'),
);

const PREFECTURE_CODE = 'Use the prefecture code from 1 to 47, like 42 or JP-42';
const name = z.string('Required').check(z.minLength(1, 'Required'), z.maxLength(200));
const optionalName = z.optional(z.string().check(z.maxLength(200)));

export const pairingSchema = z
  .object({
    na_country: z.enum(['US', 'CA']),
    na_region: z.string().check(z.regex(/^[A-Z]{2}$/, 'Use the two-letter postal code, like MN or QC')),
    na_name: name,
    na_name_ja: optionalName,
    na_level: z.optional(z.enum(NA_LEVELS)),
    jp_prefecture: z.int(PREFECTURE_CODE).check(z.gte(1, PREFECTURE_CODE), z.lte(47, PREFECTURE_CODE)),
    jp_name: name,
    jp_name_ja: optionalName,
    jp_name_kana: optionalName,
    jp_level: z.optional(z.enum(JP_LEVELS)),
    type: z._default(z.enum(PAIRING_TYPES), 'sister'),
    established: z.optional(partialDate),
    na_url: z.optional(httpLink),
    jp_url: z.optional(httpLink),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(
    z.refine((pairing) => Object.hasOwn(pairing.na_country === 'CA' ? CA_EN : US_EN, pairing.na_region), {
      path: ['na_region'],
      message: 'Not a state, province or territory of that country: use its postal code, like MN or QC',
    }),
  );

export type Pairing = z.output<typeof pairingSchema>;
export type PairingInput = z.input<typeof pairingSchema>;
export type PairingType = (typeof PAIRING_TYPES)[number];

export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1800 || year > 2200) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
