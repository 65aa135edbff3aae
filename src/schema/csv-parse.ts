/**
 * RFC 4180 CSV parsing: quoted fields with commas, doubled quotes and line
 * breaks; CRLF, LF or CR line ends; a UTF-8 byte-order mark; blank lines skipped.
 * Pure, shared by the directory (src/pairings/) and the receiver (server/book/), which both read the
 * directory's file.
 */

/** One parsed record with the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    // A blank line is a single empty field: not a record.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  const length = source.length;
  // Runs of ordinary characters are sliced whole rather than added one by one (that was most of the
  // parse): an unquoted run up to the next comma, quote or line end; a quoted run up to the next quote.
  while (i < length) {
    if (quoted) {
      let end = source.indexOf('"', i);
      if (end === -1) end = length;
      for (let k = i; k < end; k++) {
        const code = source.charCodeAt(k);
        if (code === LF || (code === CR && source.charCodeAt(k + 1) !== LF)) line++;
      }
      field += source.slice(i, end);
      if (end === length) break;
      if (source.charCodeAt(end + 1) === QUOTE) {
        field += '"';
        i = end + 2;
      } else {
        quoted = false;
        i = end + 1;
      }
      continue;
    }
    let end = i;
    for (let code = source.charCodeAt(end); end < length; code = source.charCodeAt(++end)) {
      if (code === COMMA || code === QUOTE || code === CR || code === LF) break;
    }
    if (end > i) {
      field += source.slice(i, end);
      i = end;
      continue;
    }
    const code = source.charCodeAt(i);
    if (code === QUOTE) {
      // A quote opens a quoted field only at its start; elsewhere it is an ordinary character.
      if (field === '') quoted = true;
      else field += '"';
    } else if (code === COMMA) {
      fields.push(field);
      field = '';
    } else {
      if (code === CR && source.charCodeAt(i + 1) === LF) i++;
      endRecord();
      line++;
      recordLine = line;
    }
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
