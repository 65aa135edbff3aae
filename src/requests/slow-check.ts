/**
 * The board's check of a request, with zod: the contract for what it shows, and the words of the reason
 * an entry is skipped. Loaded by checkRequests (record.ts) only when the fast check (fast-check.ts)
 * refuses some entry, so that zod (about 7 KiB) stays off the page while the feed is good (the receiver's
 * feed always is).
 */
import * as z from 'zod/mini';
import { CA_EN, US_EN } from '../regions/data.js';
import { JP_LEVELS, NA_LEVELS, prefectureCode } from '../schema/codes.js';
import { DIRECTIONS, EXCHANGES, PUBLIC_LANGUAGES, REQUEST_TEXT_FIELDS, type TextField } from './lists.js';
import type { SkippedRow } from './record.js';

const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
/** A staff translation of one text per language (the feed's `translations.geography.ja`). */
const languages = z.object(Object.fromEntries(PUBLIC_LANGUAGES.map((lang) => [lang, text(10_000)])) as Record<(typeof PUBLIC_LANGUAGES)[number], ReturnType<typeof text>>);
/** Only web links: a `javascript:` or `data:` pamphlet makes its entry invalid. */
const webUrl = z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s]+$/i));

/**
 * One published request as the board reads it: the feed's entry (src/schema/public.ts), with the
 * texts a site's own file may leave out optional, and the community's name in the other script
 * (`name_ja`, `name_en`, `name_kana`) when the file knows it.
 */
export const boardRequestSchema = z
  .object({
    reference: text(60),
    published_at: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/))),
    direction: z.enum(DIRECTIONS),
    community: z.object({
      name: z.string().check(z.maxLength(200), z.regex(/\S/)),
      name_ja: text(200),
      name_en: text(200),
      name_kana: text(200),
      level: z.optional(z.enum([...new Set([...NA_LEVELS, ...JP_LEVELS])] as [string, ...string[]])),
      country: z.enum(['US', 'CA', 'JP']),
      region: text(10),
      prefecture: z.optional(prefectureCode),
    }),
    population: z.optional(z.object({ count: z.number().check(z.gt(0)), as_of: z.optional(z.number()) })),
    area: z.optional(z.object({ value: z.number().check(z.gt(0)), unit: z.enum(['km2', 'sq-mi']) })),
    geography: text(5000),
    activities: text(5000),
    history: text(5000),
    expectations: text(5000),
    exchanges: z.array(z.enum(EXCHANGES)),
    exchanges_other: text(200),
    partner_preferences: text(2000),
    translations: z.optional(z.object(Object.fromEntries(REQUEST_TEXT_FIELDS.map((field) => [field, z.optional(languages)])) as Record<TextField, z.ZodMiniOptional<typeof languages>>)),
    pamphlet_url: z.optional(webUrl),
  })
  .check(
    z.refine((r) => r.direction !== 'jp-seeking-na' || (r.community.country === 'JP' && !!r.community.prefecture), {
      path: ['community', 'prefecture'],
      message: 'A Japanese community needs its prefecture (1–47)',
    }),
    z.refine(
      (r) =>
        r.direction !== 'na-seeking-jp' ||
        (r.community.country !== 'JP' && Object.hasOwn(r.community.country === 'CA' ? CA_EN : US_EN, r.community.region ?? '')),
      { path: ['community', 'region'], message: 'A North American community needs its country (US or CA) and state or province' },
    ),
  );

export type CheckedRequest = z.output<typeof boardRequestSchema>;

/** The request, or the row and why it is skipped; `tidy` is the entry as tidyRequest gave it. */
export function checkSlowly(row: number, tidy: Record<string, unknown>): CheckedRequest | SkippedRow {
  const result = z.safeParse(boardRequestSchema, tidy);
  if (result.success) return result.data;
  return { row, reason: result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ') };
}
