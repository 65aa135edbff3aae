/**
 * The directory file's records as spreadsheets leave them, tidied before the pairing schema checks them.
 * Pure, shared by the directory (src/pairings/load.ts) and the receiver (server/book/), so that both
 * keep and skip the same rows.
 */

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
 * Only the record format's fields (PAIRING_FIELDS) are kept.
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
