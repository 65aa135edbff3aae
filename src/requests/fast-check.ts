/**
 * A hand-written check of a tidied request (tidyRequest, record.ts) that accepts only what the board's
 * schema (slow-check.ts) accepts, and gives back what the schema would: the fields the board reads, the
 * others left out. It answers undefined for anything it is unsure of, and the caller then asks the
 * schema, which stays the contract and words the reason an entry is skipped: the fast path can only
 * make a good entry cheaper, never let a bad one through (test/requests/fast-check.test.ts holds the
 * two together, hostile entries included).
 */
import { CA_EN, US_EN } from '../regions/data.js';
import { JP_LEVELS, NA_LEVELS } from '../schema/levels.js';
import { DIRECTIONS, EXCHANGES, PUBLIC_LANGUAGES, REQUEST_TEXT_FIELDS } from './lists.js';
import type { BoardRequest } from './record.js';

type Fields = Record<string, unknown>;

/** A plain object (what JSON and tidyRequest give); anything more exotic is left to the schema. */
function isRecord(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const levels: readonly unknown[] = [...NA_LEVELS, ...JP_LEVELS];
const number = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const positive = (value: unknown) => number(value) && value > 0;
const text = (max: number) => (value: unknown) => value === undefined || (typeof value === 'string' && value.length <= max);
const shortText = text(200);
const longText = text(5000);

/**
 * Copies `keys` of `from` that the schema accepts into a new object, as the schema's output has them
 * (a key present with `undefined` stays present); false when one is refused.
 */
function pick(from: Fields, checks: Record<string, (value: unknown) => boolean>): Fields | false {
  const out: Fields = {};
  for (const key in checks) {
    const value = from[key];
    if (!checks[key](value)) return false;
    if (value !== undefined || key in from) out[key] = value;
  }
  return out;
}

/** Absent, or a plain object whose every named key passes; copied as the schema gives it back. */
function optionalObject(from: Fields, key: string, checks: Record<string, (value: unknown) => boolean>, into: Fields): boolean {
  const value = from[key];
  if (value === undefined) {
    if (key in from) into[key] = undefined;
    return true;
  }
  if (!isRecord(value)) return false;
  const copy = pick(value, checks);
  if (!copy) return false;
  into[key] = copy;
  return true;
}

const languageChecks = Object.fromEntries(PUBLIC_LANGUAGES.map((lang) => [lang, text(10_000)]));

/** The request as the schema would give it back, when it surely passes; otherwise undefined. */
export function fastRequest(tidy: Fields): BoardRequest | undefined {
  if (!isRecord(tidy) || !isRecord(tidy.community)) return undefined;
  const out = pick(tidy, {
    reference: text(60),
    published_at: (v) => v === undefined || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)),
    direction: (v) => (DIRECTIONS as readonly unknown[]).includes(v),
    geography: longText,
    activities: longText,
    history: longText,
    expectations: longText,
    exchanges_other: shortText,
    partner_preferences: text(2000),
    pamphlet_url: (v) => v === undefined || (typeof v === 'string' && v.length <= 2000 && /^https?:\/\/[^\s]+$/i.test(v)),
  });
  if (!out) return undefined;
  const c = pick(tidy.community, {
    name: (v) => typeof v === 'string' && v.length <= 200 && /\S/.test(v),
    name_ja: shortText,
    name_en: shortText,
    name_kana: shortText,
    level: (v) => v === undefined || levels.includes(v),
    country: (v) => v === 'US' || v === 'CA' || v === 'JP',
    region: text(10),
    prefecture: (v) => v === undefined || (number(v) && Number.isInteger(v) && v >= 1 && v <= 47),
  });
  if (!c) return undefined;
  const exchanges = tidy.exchanges;
  if (!Array.isArray(exchanges)) return undefined;
  for (let i = 0; i < exchanges.length; i++) if (!(EXCHANGES as readonly unknown[]).includes(exchanges[i])) return undefined;
  const translations: Fields = {};
  const ok =
    optionalObject(tidy, 'population', { count: positive, as_of: (v) => v === undefined || number(v) }, out) &&
    optionalObject(tidy, 'area', { value: positive, unit: (v) => v === 'km2' || v === 'sq-mi' }, out) &&
    optionalObject(tidy, 'translations', Object.fromEntries(REQUEST_TEXT_FIELDS.map((field) => [field, () => true])), translations);
  if (!ok) return undefined;
  if ('translations' in translations) {
    const given = translations.translations as Fields | undefined;
    if (given) {
      for (const field of REQUEST_TEXT_FIELDS) {
        if (!(field in given)) continue;
        if (!optionalObject(given, field, languageChecks, given)) return undefined;
      }
    }
    out.translations = given;
  }
  // The schema's two refinements: each side's community says where it is.
  if (out.direction === 'jp-seeking-na' && !(c.country === 'JP' && c.prefecture)) return undefined;
  if (out.direction === 'na-seeking-jp' && (c.country === 'JP' || !Object.hasOwn(c.country === 'CA' ? CA_EN : US_EN, (c.region as string | undefined) ?? ''))) return undefined;
  out.community = c;
  out.exchanges = [...exchanges];
  return out as BoardRequest;
}
