/**
 * The directory's pairings file (PAIRINGS_FILE) as the receiver reads it for coverage and the book: the
 * same CSV parser and record tidying as the directory (src/schema/csv-parse.ts, directory-records.ts), each
 * row then checked by the pairing schema, a bad row skipped as the directory skips it.
 */
import { readFile } from 'node:fs/promises';
import { HTTPException } from 'hono/http-exception';
import * as z from 'zod/mini';
import { parseCsv } from '../../src/schema/csv-parse.js';
import { tidyRecord } from '../../src/schema/directory-records.js';
import { pairingSchema, type Pairing } from '../../src/schema/pairing.js';
import type { ReceiverConfig } from '../config.js';

/** The file's rows as name → value records; undefined when it is not a pairings file at all. */
function recordsOf(text: string, json: boolean): unknown[] | undefined {
  if (!json) {
    const [header, ...rows] = parseCsv(text);
    const names = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
    if (!names.includes('na_name') || !names.includes('jp_name')) return header ? undefined : [];
    return rows.map(({ fields }) => Object.fromEntries(fields.map((value, i) => [names[i], value]).filter(([name]) => name !== undefined)));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const list = Array.isArray(data) ? data : (data as { pairings?: unknown } | null)?.pairings;
  return Array.isArray(list) ? list : undefined;
}

/** The checked pairings of a pairings file's text and how many rows were skipped; undefined when it is no such file. */
export function checkPairingsText(text: string, json: boolean): { pairings: Pairing[]; skipped: number } | undefined {
  const records = recordsOf(text, json);
  if (!records) return undefined;
  const pairings: Pairing[] = [];
  for (const record of records) {
    const isRecord = typeof record === 'object' && record !== null && !Array.isArray(record);
    const result = isRecord ? z.safeParse(pairingSchema, tidyRecord(record as Record<string, unknown>)) : undefined;
    if (result?.success) pairings.push(result.data);
  }
  return { pairings, skipped: records.length - pairings.length };
}

const unreadable = (title: string) =>
  new HTTPException(503, { res: Response.json({ title, status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }) });

/** The directory file's pairings (its bad rows skipped, as the directory skips them); none when no file is configured. */
export async function readPairings(config: ReceiverConfig): Promise<{ configured: boolean; pairings: Pairing[]; skipped: number }> {
  const file = config.pairingsFile;
  if (!file) return { configured: false, pairings: [], skipped: 0 };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // A file moved or unreadable is the site's setting to fix, not a failure of the receiver.
    throw unreadable('The pairings file (PAIRINGS_FILE) could not be read');
  }
  const checked = checkPairingsText(text, file.endsWith('.json'));
  if (!checked) throw unreadable('The pairings file (PAIRINGS_FILE) is not a CSV file with na_name and jp_name columns, nor a JSON list of pairings');
  return { configured: true, ...checked };
}
