/**
 * A hand-written check of a tidied record that accepts only what `pairingSchema` accepts, at a fraction
 * of its cost (checking every row with zod was a quarter of the directory's load time). It answers
 * `undefined` for anything it is unsure of, and the caller then asks the schema, which stays the contract
 * and words the reason a row is skipped: the fast path can only make a good row cheaper, never let a bad
 * one through (test/pairings/fast-check.test.ts holds it to the schema on the fixture data, broken rows
 * included).
 */
import { CA_EN, US_EN } from '../regions/data.js';
import { isPartialDate } from '../schema/dates.js';
import { JP_LEVELS, NA_LEVELS } from '../schema/levels.js';
import type { Pairing } from '../schema/pairing.js';
import { PAIRING_TYPES } from '../schema/pairing-types.js';

const REGION = /^[A-Z]{2}$/;
const naLevels: ReadonlySet<unknown> = new Set(NA_LEVELS);
const jpLevels: ReadonlySet<unknown> = new Set(JP_LEVELS);
const types: ReadonlySet<unknown> = new Set(PAIRING_TYPES);

const name = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= 200;
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const text = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const shortText = text(200);
const longText = text(2000);

function httpLink(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The record as the schema would give it back, when it surely passes; otherwise undefined. `record` is
 * what tidyRecord (load.ts) gives: only the schema's fields, none of them undefined.
 */
export function fastPairing(record: Record<string, unknown>): Pairing | undefined {
  const r = record;
  const country = r.na_country;
  if (country !== 'US' && country !== 'CA') return undefined;
  const region = r.na_region;
  if (typeof region !== 'string' || !REGION.test(region) || !Object.hasOwn(country === 'CA' ? CA_EN : US_EN, region)) {
    return undefined;
  }
  const prefecture = r.jp_prefecture;
  if (typeof prefecture !== 'number' || !Number.isInteger(prefecture) || prefecture < 1 || prefecture > 47) return undefined;
  const ok =
    name(r.na_name) &&
    name(r.jp_name) &&
    types.has(r.type) &&
    optional(r.na_name_ja, shortText) &&
    optional(r.jp_name_ja, shortText) &&
    optional(r.jp_name_kana, shortText) &&
    optional(r.na_level, (v) => naLevels.has(v)) &&
    optional(r.jp_level, (v) => jpLevels.has(v)) &&
    optional(r.established, (v) => typeof v === 'string' && isPartialDate(v)) &&
    optional(r.note, longText) &&
    optional(r.na_url, httpLink) &&
    optional(r.jp_url, httpLink);
  return ok ? (r as Pairing) : undefined;
}
