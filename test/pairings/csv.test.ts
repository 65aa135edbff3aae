import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/pairings/csv.js';

describe('parseCsv', () => {
  it('strips a byte-order mark and splits CRLF lines', () => {
    const records = parseCsv('\uFEFFa,b\r\n1,2\r\n');
    expect(records.map((r) => r.fields)).to.deep.equal([['a', 'b'], ['1', '2']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const records = parseCsv('name,note\r\n"Kobe, Hyogo","say ""hi""\r\nagain"\r\nx,y\r\n');
    expect(records[1].fields).to.deep.equal(['Kobe, Hyogo', 'say "hi"\r\nagain']);
    expect(records[2]).to.deep.equal({ line: 4, fields: ['x', 'y'] });
  });

  it('skips blank lines, including blank trailing lines, and numbers records by their line', () => {
    const records = parseCsv('a\n\n1\n2\n\n\n');
    expect(records).to.deep.equal([
      { line: 1, fields: ['a'] },
      { line: 3, fields: ['1'] },
      { line: 4, fields: ['2'] },
    ]);
  });

  it('reads a last line without a line break, bare CR line ends and empty fields', () => {
    expect(parseCsv('a,,c\r1,2,').map((r) => r.fields)).to.deep.equal([['a', '', 'c'], ['1', '2', '']]);
  });

  it('reads 20,000 random texts exactly as the one-character-at-a-time reading of RFC 4180 does', () => {
    let seed = 4180;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['a', 'é', ' ', ',', ',', '"', '\r', '\n', '\r\n', 'x'];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let length = Math.floor(next() * 30); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(parseCsv(text), JSON.stringify(text)).to.deep.equal(readSlowly(text));
    }
  });
});

/** The reference: RFC 4180 one character at a time (quotes open a field only at its start), blank lines skipped. */
function readSlowly(text: string) {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const end = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"') {
      if (field === '') quoted = true;
      else field += c;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      end();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) end();
  return records;
}
