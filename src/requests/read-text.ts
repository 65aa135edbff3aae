/**
 * The board's reading of a fetched file that is not JSON served as JSON: the directory's detection of
 * the format (a web page is neither) and a CSV with one column per field. Loaded by loadRequestsText
 * (record.ts) only for such a file, so that a page reading the receiver's feed never downloads it.
 */
import { parseCsv } from '../pairings/csv.js';
import { detectFormat, PairingSourceError, type SourceFormat } from '../pairings/load.js';
import type { RequestSourceProblem } from './record.js';

/**
 * What a file holds for the board to check (record.ts): JSON text, or a CSV's entries by line, or why it
 * cannot be read. Plain data, so that this module needs nothing of the board's own and stays one small
 * chunk (importing record.ts would split the board's first-screen code into more files).
 */
export type FileContent =
  | { json: string }
  | { records: { row: number; value: Record<string, unknown> }[] }
  | { problem: RequestSourceProblem; message: string };

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
export function readRequestsCsv(text: string): FileContent {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { records: [] };
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (!names.includes('direction')) return { problem: 'no-columns', message: 'The CSV header row has no direction column.' };
  return {
    records: rows.map(({ line, fields }) => {
      const value: Record<string, unknown> = {};
      names.forEach((name, i) => {
        const cell = fields[i]?.trim();
        if (!cell || !name) return;
        setPath(value, name, NUMBERS.has(name) && /^[\d.,\s]+$/.test(cell) ? Number(cell.replace(/[,\s]/g, '')) : cell);
      });
      return { row: line, value };
    }),
  };
}

/** A fetched file of either format, as the directory decides it (content type, extension, first character); a web page is neither. */
export function readRequestsFile(text: string, contentType: string | null, url: string): FileContent {
  let format: SourceFormat;
  try {
    format = detectFormat(contentType, url, text);
  } catch (error) {
    if (error instanceof PairingSourceError) return { problem: 'web-page', message: error.message };
    throw error;
  }
  return format === 'csv' ? readRequestsCsv(text) : { json: text };
}
