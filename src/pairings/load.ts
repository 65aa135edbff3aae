/**
 * Turns a pairing source (CSV text, JSON text or already-parsed values) into
 * checked pairings and a list of skipped rows with their reasons. No DOM.
 */
import type { Pairing } from '../schema/pairing.js';
import { parseCsv } from './csv.js';
import { fastPairing } from './fast-check.js';

export interface SkippedRow {
  /** CSV: the line of the file the row starts on. JSON: the item's 1-based position. */
  row: number;
  reason: string;
}

export interface LoadedPairings {
  pairings: Pairing[];
  skipped: SkippedRow[];
}

/**
 * Rows some of which the fast check did not accept: the pairings it accepted, at once, and the whole
 * verdict when awaited. Only then does the schema load (slow-check.ts) and check the other rows, to say
 * why each is skipped: the directory shows the accepted rows first and awaits this after painting them.
 */
export interface PendingCheck extends PromiseLike<LoadedPairings> {
  fast: Pairing[];
}

/** The checked pairings: at once when the fast check accepts every row (or refuses it for not being an object). */
export type Checked = LoadedPairings | PendingCheck;

export type SourceFormat = 'csv' | 'json';

/** Why a whole source cannot be read; the element says it in the reader's language. */
export type SourceProblem = 'no-name-columns' | 'not-a-list' | 'not-json' | 'web-page';

/** Thrown when a whole source cannot be read (not CSV, not JSON, wrong shape). The message is for logs. */
export class PairingSourceError extends Error {
  override name = 'PairingSourceError';
  constructor(
    readonly problem: SourceProblem,
    message: string,
  ) {
    super(message);
  }
}

const SEPARATORS = /[\s_]+/g;
const DIGITS = /^\d{1,2}$/;
const PREFECTURE = /^(JP-?)?\d{1,2}$/i;

/** Text trimmed, with an empty cell (or null) absent; any other value as it is, for the schema to judge. */
const text = (value: unknown) => {
  if (typeof value !== 'string') return value ?? undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};
const upper = (value: unknown) => (typeof (value = text(value)) === 'string' ? value.toUpperCase() : value);
/** `Special Ward` / `special_ward` → `special-ward`. */
const lower = (value: unknown) => (typeof (value = text(value)) === 'string' ? value.toLowerCase().replace(SEPARATORS, '-') : value);
/** `"42"`, `"JP-42"` → 42. */
const prefecture = (value: unknown) => {
  value = text(value);
  if (typeof value !== 'string') return value;
  return DIGITS.test(value) ? Number(value) : PREFECTURE.test(value) ? Number(value.replace(/^JP-?/i, '')) : value;
};
/** A year given as a number is text like the others. */
const date = (value: unknown) => (typeof (value = text(value)) === 'number' ? String(value) : value);

/**
 * Tidies what spreadsheets do to values before the schema checks them: trims,
 * treats empty cells as absent, normalises case, `special ward` → `special-ward`,
 * `JP-42` / `"42"` → 42, and an empty type → `sister`. Anything it cannot tidy is left for the schema to refuse.
 * Only the record format's fields are kept, and none is undefined (the fast check relies on both).
 */
export function tidyRecord(raw: Record<string, unknown>): Record<string, unknown> {
  // Each field read and written by name, in the same order every time: the engine then builds every
  // record the same way (keyed reads and writes in a loop over the field names took 2-3 times as long).
  const tidy: Record<string, unknown> = {};
  let v: unknown;
  if ((v = upper(raw.na_country)) !== undefined) tidy.na_country = v;
  if ((v = upper(raw.na_region)) !== undefined) tidy.na_region = v;
  if ((v = text(raw.na_name)) !== undefined) tidy.na_name = v;
  if ((v = text(raw.na_name_ja)) !== undefined) tidy.na_name_ja = v;
  if ((v = lower(raw.na_level)) !== undefined) tidy.na_level = v;
  if ((v = prefecture(raw.jp_prefecture)) !== undefined) tidy.jp_prefecture = v;
  if ((v = text(raw.jp_name)) !== undefined) tidy.jp_name = v;
  if ((v = text(raw.jp_name_ja)) !== undefined) tidy.jp_name_ja = v;
  if ((v = text(raw.jp_name_kana)) !== undefined) tidy.jp_name_kana = v;
  if ((v = lower(raw.jp_level)) !== undefined) tidy.jp_level = v;
  tidy.type = lower(raw.type) ?? 'sister';
  if ((v = date(raw.established)) !== undefined) tidy.established = v;
  if ((v = text(raw.na_url)) !== undefined) tidy.na_url = v;
  if ((v = text(raw.jp_url)) !== undefined) tidy.jp_url = v;
  if ((v = text(raw.note)) !== undefined) tidy.note = v;
  return tidy;
}

export function checkRecords(records: { row: number; value: unknown }[]): Checked {
  // The fast check of every row first; the schema, loaded only if some row needs it, for the rows it did
  // not accept, so that zod's objects and errors stay out of the loop over the good rows (and off the page).
  const tidied = records.map(({ value }) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? tidyRecord(value as Record<string, unknown>) : undefined,
  );
  const fast = tidied.map((tidy, i): Pairing | SkippedRow | undefined =>
    tidy ? fastPairing(tidy) : { row: records[i].row, reason: 'not an object with pairing fields' },
  );
  const gather = (slow?: (row: number, tidy: Record<string, unknown>) => Pairing | SkippedRow): LoadedPairings => {
    const pairings: Pairing[] = [];
    const skipped: SkippedRow[] = [];
    fast.forEach((quick, i) => {
      const checked = quick ?? slow?.(records[i].row, tidied[i]!);
      if (!checked) return;
      if ('reason' in checked) skipped.push(checked);
      else pairings.push(checked);
    });
    return { pairings, skipped };
  };
  const accepted = gather();
  if (!fast.includes(undefined)) return accepted;
  let verdict: Promise<LoadedPairings> | undefined;
  return {
    fast: accepted.pairings,
    then(done, fail) {
      verdict ??= import('./slow-check.js').then(({ checkSlowly }) => {
        const all = gather(checkSlowly);
        // The same list when the schema accepted none of them (the usual case): nothing to sort again.
        return all.pairings.length === accepted.pairings.length ? { ...all, pairings: accepted.pairings } : all;
      });
      return verdict.then(done, fail);
    },
  };
}

export function loadCsv(text: string): Checked {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { pairings: [], skipped: [] };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (!names.includes('na_name') || !names.includes('jp_name')) {
    throw new PairingSourceError('no-name-columns', 'The CSV header row has no na_name and jp_name columns.');
  }
  return checkRecords(
    rows.map(({ line, fields }) => {
      const value: Record<string, string> = {};
      names.forEach((name, i) => {
        if (fields[i] !== undefined) value[name] = fields[i];
      });
      return { row: line, value };
    }),
  );
}

export function loadJson(data: unknown): Checked {
  const list =
    Array.isArray(data) ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { pairings?: unknown }).pairings) ?
      (data as { pairings: unknown[] }).pairings
    : undefined;
  if (!list) throw new PairingSourceError('not-a-list', 'The JSON is neither an array of pairings nor { "pairings": [...] }.');
  return checkRecords(list.map((value, i) => ({ row: i + 1, value })));
}

export function loadText(text: string, format: SourceFormat): Checked {
  if (format === 'csv') return loadCsv(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PairingSourceError('not-json', 'The file is not valid JSON.');
  }
  return loadJson(data);
}

/**
 * Decides whether a fetched file is CSV or JSON: by content type, then by the
 * URL's extension, then by its first character. HTML (an error page served as
 * 200, say) is neither.
 */
export function detectFormat(contentType: string | null, url: string, text: string): SourceFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || /^\s*</.test(text)) {
    throw new PairingSourceError('web-page', 'The file is a web page, not CSV or JSON.');
  }
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/csv') return 'csv';
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv')) return 'csv';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}
