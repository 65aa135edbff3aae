/**
 * Turns a pairing source (CSV text, JSON text or already-parsed values) into
 * checked pairings and a list of skipped rows with their reasons. No DOM.
 */
import type { Pairing } from '../schema/pairing.js';
import { tidyRecord } from '../schema/directory-records.js';
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

export { tidyRecord };

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
