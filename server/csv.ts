/**
 * CSV for spreadsheets (RFC 4180, UTF-8 with a byte-order mark so Excel reads it as UTF-8): one column
 * per answer, lists as readable columns, formulas defused.
 */

/** A spreadsheet cell: a leading =, +, - or @ would run as a formula, so it is quoted away. */
function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One column per answer ("submitter.email"). A list of plain values is one cell ("sports; tourism");
 * a list of objects (contacts, people, dates…) numbers its items: "contacts.1.name", "contacts.2.name".
 */
export function flatten(value: unknown, prefix: string, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(value) && value.some((item) => item && typeof item === 'object')) {
    value.forEach((item, i) => flatten(item, `${prefix}.${i + 1}`, out));
  } else if (Array.isArray(value)) {
    out[prefix] = value.join('; ');
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  } else out[prefix] = value;
  return out;
}

/** The rows as CSV, with every column any row has, in order of first appearance. */
export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column] ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
