/**
 * Reads the board's data: the receiver's published feed (`/api/requests/published.json` or `.csv`),
 * or a file a site keeps itself with the same field names (README, "Partner-requests board"), inline
 * JSON or a property. Every entry is checked; a bad one is skipped with its reason, never fatal.
 * No DOM, no Lit.
 */
import * as z from 'zod/mini';
import { parseCsv } from '../pairings/csv.js';
import { detectFormat, PairingSourceError, type SkippedRow, type SourceFormat } from '../pairings/load.js';
import { CA_EN, US_EN } from '../regions/data.js';
import { JP_LEVELS, NA_LEVELS, prefectureCode } from '../schema/codes.js';
import type * as publicContract from '../schema/public.js';
import type * as requestContract from '../schema/request.js';

/*
 * The contract's lists, written again here rather than imported: importing src/schema/request.ts and
 * public.ts would pull the form schemas into a chunk every form page then loads as one more file.
 * The types below fail to compile if they ever differ from the contract's.
 */
export const DIRECTIONS = ['na-seeking-jp', 'jp-seeking-na'] as const;
export const EXCHANGES = [
  'education-youth', 'culture-arts', 'sports', 'tourism', 'economy-trade', 'agriculture', 'technology', 'government', 'other',
] as const;
const PUBLIC_LANGUAGES = ['en', 'ja', 'fr-CA'] as const;
const REQUEST_TEXT_FIELDS = ['geography', 'activities', 'history', 'expectations', 'partner_preferences'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ListsMatchContract = Assert<
  Same<(typeof DIRECTIONS)[number], (typeof requestContract.DIRECTIONS)[number]> &
  Same<(typeof EXCHANGES)[number], (typeof requestContract.EXCHANGES)[number]> &
  Same<(typeof PUBLIC_LANGUAGES)[number], (typeof publicContract.PUBLIC_LANGUAGES)[number]> &
  Same<(typeof REQUEST_TEXT_FIELDS)[number], (typeof publicContract.REQUEST_TEXT_FIELDS)[number]>
>;

export type { SkippedRow };
export type Direction = (typeof DIRECTIONS)[number];
export type Exchange = (typeof EXCHANGES)[number];
export type TextField = (typeof REQUEST_TEXT_FIELDS)[number];

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

export type BoardRequest = z.output<typeof boardRequestSchema>;

export interface LoadedRequests {
  requests: BoardRequest[];
  skipped: SkippedRow[];
}

/** Why a whole source cannot be read; the element says it in the reader's language. */
export type RequestSourceProblem = 'not-a-list' | 'not-json' | 'web-page' | 'no-columns';

export class RequestSourceError extends Error {
  override name = 'RequestSourceError';
  constructor(
    readonly problem: RequestSourceProblem,
    message: string,
  ) {
    super(message);
  }
}

const NUMBERS = new Set(['community.prefecture', 'population.count', 'population.as_of', 'area.value']);

/** Sets `a.b.c` in `target` from a CSV column name ("community.name", "translations.geography.ja"). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Tidies what spreadsheets and hand-written files do before the schema checks: the request form's
 * `na_community` / `jp_community` become `community`; numbers written as text, `JP-17`, and
 * exchanges as one cell ("education-youth; sports") are read; empty cells are absent.
 */
export function tidyRequest(raw: Record<string, unknown>): Record<string, unknown> {
  const tidy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (value === null || value === undefined) continue;
    tidy[key] = typeof value === 'string' ? value.trim() : value;
  }
  const na = tidy.na_community;
  const jp = tidy.jp_community;
  if (!tidy.community && (isObject(na) || isObject(jp))) {
    tidy.community = isObject(na) ? { ...na } : { ...(jp as object), country: 'JP' };
  }
  delete tidy.na_community;
  delete tidy.jp_community;
  if (isObject(tidy.community)) {
    const community = (tidy.community = { ...tidy.community });
    for (const [key, value] of Object.entries(community)) {
      if (typeof value === 'string') community[key] = value.trim() || undefined;
    }
    if (typeof community.prefecture === 'string') community.prefecture = Number(community.prefecture.replace(/^JP-?/i, '')) || community.prefecture;
    if (typeof community.country === 'string') community.country = community.country.toUpperCase();
    if (typeof community.region === 'string') community.region = community.region.toUpperCase();
    if (typeof community.level === 'string') community.level = community.level.toLowerCase().replace(/[\s_]+/g, '-');
    if (community.country === undefined && community.prefecture !== undefined) community.country = 'JP';
  }
  for (const part of ['population', 'area'] as const) {
    const value = tidy[part];
    if (!isObject(value)) continue;
    const copy = (tidy[part] = { ...value });
    for (const key of ['count', 'as_of', 'value']) {
      if (typeof copy[key] === 'string') copy[key] = (copy[key] as string).trim() === '' ? undefined : Number((copy[key] as string).replace(/[,\s]/g, ''));
    }
    if (copy.count === undefined && copy.value === undefined) delete tidy[part];
  }
  if (typeof tidy.exchanges === 'string') tidy.exchanges = tidy.exchanges.split(/[;,]/).map((kind) => kind.trim()).filter(Boolean);
  tidy.exchanges ??= [];
  if (typeof tidy.direction === 'string') tidy.direction = tidy.direction.toLowerCase();
  return tidy;
}

export function checkRequests(records: { row: number; value: unknown }[]): LoadedRequests {
  const requests: BoardRequest[] = [];
  const skipped: SkippedRow[] = [];
  for (const { row, value } of records) {
    if (!isObject(value)) {
      skipped.push({ row, reason: 'not an object with request fields' });
      continue;
    }
    const result = z.safeParse(boardRequestSchema, tidyRequest(value));
    if (result.success) requests.push(result.data);
    else skipped.push({ row, reason: result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ') });
  }
  return { requests, skipped };
}

/** A CSV with one column per field, dotted as the receiver's feed writes them (`community.name`, `population.count`). */
export function loadRequestsCsv(text: string): LoadedRequests {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { requests: [], skipped: [] };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (!names.includes('direction')) throw new RequestSourceError('no-columns', 'The CSV header row has no direction column.');
  return checkRequests(
    rows.map(({ line, fields }) => {
      const value: Record<string, unknown> = {};
      names.forEach((name, i) => {
        const cell = fields[i]?.trim();
        if (!cell || !name) return;
        setPath(value, name, NUMBERS.has(name) && /^[\d.,\s]+$/.test(cell) ? Number(cell.replace(/[,\s]/g, '')) : cell);
      });
      return { row: line, value };
    }),
  );
}

/** An array of requests, or `{ "requests": [...] }` (the feed's shape). */
export function loadRequestsJson(data: unknown): LoadedRequests {
  const list =
    Array.isArray(data) ? data
    : isObject(data) && Array.isArray(data.requests) ? data.requests
    : undefined;
  if (!list) throw new RequestSourceError('not-a-list', 'The JSON is neither an array of requests nor { "requests": [...] }.');
  return checkRequests(list.map((value, i) => ({ row: i + 1, value })));
}

export function loadRequestsText(text: string, format: SourceFormat): LoadedRequests {
  if (format === 'csv') return loadRequestsCsv(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RequestSourceError('not-json', 'The file is not valid JSON.');
  }
  return loadRequestsJson(data);
}

/** CSV or JSON, as the directory decides it (content type, extension, first character); a web page is neither. */
export function requestsFormat(contentType: string | null, url: string, text: string): SourceFormat {
  try {
    return detectFormat(contentType, url, text);
  } catch (error) {
    if (error instanceof PairingSourceError) throw new RequestSourceError('web-page', error.message);
    throw error;
  }
}

/** The side a request's community is on. */
export const sideOf = (request: BoardRequest): 'na' | 'jp' => (request.direction === 'na-seeking-jp' ? 'na' : 'jp');
