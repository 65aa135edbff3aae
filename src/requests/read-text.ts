/**
 * The board's reading of a fetched file that is not JSON served as JSON: the directory's detection of
 * the format (a web page is neither) and a CSV with one column per field. Loaded by loadRequestsText
 * (record.ts) only for such a file, so that a page reading the receiver's feed never downloads it.
 */
import type { NowOrLater } from '../base/now-or-later.js';
import { parseCsv } from '../pairings/csv.js';
import { detectFormat, PairingSourceError, type SourceFormat } from '../pairings/load.js';
import { checkRequests, parseRequestsJson, RequestSourceError, type LoadedRequests } from './record.js';

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

/** A CSV with one column per field, dotted as the receiver's feed writes them (`community.name`, `population.count`). */
export function loadRequestsCsv(text: string): NowOrLater<LoadedRequests> {
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

/** A fetched file of either format, as the directory decides it (content type, extension, first character); a web page is neither. */
export function loadRequestsFile(text: string, contentType: string | null, url: string): NowOrLater<LoadedRequests> {
  let format: SourceFormat;
  try {
    format = detectFormat(contentType, url, text);
  } catch (error) {
    if (error instanceof PairingSourceError) throw new RequestSourceError('web-page', error.message);
    throw error;
  }
  return format === 'csv' ? loadRequestsCsv(text) : parseRequestsJson(text);
}

