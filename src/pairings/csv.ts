/**
 * RFC 4180 CSV parsing: quoted fields with commas, doubled quotes and line
 * breaks; CRLF, LF or CR line ends; a UTF-8 byte-order mark; blank lines skipped.
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
  // Where the next quote, CR and LF are (-1: none left): found once and again only when passed, so
  // that looking ahead stays linear.
  let nextQuote = -2;
  let nextCr = -2;
  let nextLf = -2;
  const ahead = (char: string, at: number) => (at === -1 || at >= i ? at : source.indexOf(char, i));
  // Runs of ordinary characters are sliced whole rather than added one by one (that was most of the
  // parse): an unquoted run up to the next comma, quote or line end; a quoted run up to the next quote.
  while (i < length) {
    if (!quoted && field === '' && fields.length === 0) {
      // A record without quotes (most of them) is its line split at commas, by the engine.
      nextQuote = ahead('"', nextQuote);
      nextCr = ahead('\r', nextCr);
      nextLf = ahead('\n', nextLf);
      const end = Math.min(nextCr === -1 ? length : nextCr, nextLf === -1 ? length : nextLf);
      if (nextQuote === -1 || nextQuote > end) {
        // A blank line is not a record.
        if (end > i) records.push({ line: recordLine, fields: source.slice(i, end).split(',') });
        i = end + (end === nextCr && end + 1 === nextLf ? 2 : 1);
        line++;
        recordLine = line;
        continue;
      }
    }
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
