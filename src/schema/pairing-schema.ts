/**
 * The pairing record's schema, built when called. The directory builds it only when a row fails its fast
 * check, after the first rows are shown: building zod schemas is CPU a page with only good rows never
 * needs (and a classic script, one file, evaluates every module it holds at once). The contract is
 * `pairingSchema` (pairing.ts), built from this.
 */
import * as z from 'zod/mini';
import { CA_EN, US_EN } from '../regions/data.js';
import { JP_LEVELS, NA_LEVELS, prefectureCode } from './codes.js';
import { isPartialDate } from './dates.js';
import { PAIRING_TYPES } from './pairing-types.js';

export function buildPairingSchema() {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month and day that exist. */
  const partialDate = z.string().check(
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

  const name = z.string('Required').check(z.minLength(1, 'Required'), z.maxLength(200));
  const optionalName = z.optional(z.string().check(z.maxLength(200)));

  return z
    .object({
      na_country: z.enum(['US', 'CA']),
      na_region: z.string().check(z.regex(/^[A-Z]{2}$/, 'Use the two-letter postal code, like MN or QC')),
      na_name: name,
      na_name_ja: optionalName,
      na_level: z.optional(z.enum(NA_LEVELS)),
      jp_prefecture: prefectureCode,
      jp_name: name,
      jp_name_ja: optionalName,
      jp_name_kana: optionalName,
      jp_level: z.optional(z.enum(JP_LEVELS)),
      /** `sister` when a source leaves it empty (see tidyRecord in pairings/load.ts). */
      type: z.enum(PAIRING_TYPES),
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
}
