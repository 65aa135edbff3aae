/**
 * Reads the board's data: the receiver's published feed (`/api/requests/published.json` or `.csv`),
 * or a file a site keeps itself with the same field names (README, "Partner-requests board"), inline
 * JSON or a property. Every entry is checked (fast-check.ts, and the schema in slow-check.ts only for
 * an entry the fast check refuses); a bad one is skipped with its reason, never fatal. No DOM, no Lit.
 */
import type { NowOrLater } from '../base/now-or-later.js';
import type { SkippedRow } from '../pairings/load.js';
import { fastRequest } from './fast-check.js';
import type { CheckedRequest } from './slow-check.js';

export { DIRECTIONS, EXCHANGES, PUBLIC_LANGUAGES, REQUEST_TEXT_FIELDS, sideOf, type Direction, type Exchange, type TextField } from './lists.js';

export type { SkippedRow };

/** One published request as the board reads it: what the schema (slow-check.ts) gives back. */
export type BoardRequest = CheckedRequest;

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

/**
 * Checks each entry: at once when every entry passes the fast check, a promise when some does not (the
 * schema, slow-check.ts, loads then to decide, and to say why an entry is skipped).
 */
export function checkRequests(records: { row: number; value: unknown }[]): NowOrLater<LoadedRequests> {
  const tidied = records.map(({ row, value }) => ({ row, tidy: isObject(value) ? tidyRequest(value) : undefined }));
  const fast = tidied.map(({ tidy }) => tidy && fastRequest(tidy));
  const gather = (checkSlowly?: (row: number, tidy: Record<string, unknown>) => BoardRequest | SkippedRow): LoadedRequests => {
    const requests: BoardRequest[] = [];
    const skipped: SkippedRow[] = [];
    tidied.forEach(({ row, tidy }, i) => {
      const checked = fast[i] ?? (tidy ? checkSlowly!(row, tidy) : { row, reason: 'not an object with request fields' });
      if ('direction' in checked) requests.push(checked);
      else skipped.push(checked);
    });
    return { requests, skipped };
  };
  if (tidied.every(({ tidy }, i) => !tidy || fast[i])) return gather();
  return import('./slow-check.js').then(({ checkSlowly }) => gather(checkSlowly));
}

/** An array of requests, or `{ "requests": [...] }` (the feed's shape). */
export function loadRequestsJson(data: unknown): NowOrLater<LoadedRequests> {
  const list =
    Array.isArray(data) ? data
    : isObject(data) && Array.isArray(data.requests) ? data.requests
    : undefined;
  if (!list) throw new RequestSourceError('not-a-list', 'The JSON is neither an array of requests nor { "requests": [...] }.');
  return checkRequests(list.map((value, i) => ({ row: i + 1, value })));
}

/** The text as JSON when it parses as such. */
export function parseRequestsJson(text: string): NowOrLater<LoadedRequests> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RequestSourceError('not-json', 'The file is not valid JSON.');
  }
  return loadRequestsJson(data);
}

/**
 * A fetched file: JSON served as JSON (the receiver's feed) at once; anything else (a CSV, a file served
 * without its type, a web page) through the directory's detection and the CSV reader, loaded then (read-text.ts).
 */
export function loadRequestsText(text: string, contentType: string | null, url: string): NowOrLater<LoadedRequests> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  // As detectFormat (src/pairings/load.ts) decides for this type: a body that begins with `<` is a web page.
  if ((type === 'application/json' || type.endsWith('+json')) && !/^\s*</.test(text)) return parseRequestsJson(text);
  return import('./read-text.js').then(({ readRequestsFile }) => {
    const file = readRequestsFile(text, contentType, url);
    if ('problem' in file) throw new RequestSourceError(file.problem, file.message);
    return 'records' in file ? checkRequests(file.records) : parseRequestsJson(text);
  });
}
