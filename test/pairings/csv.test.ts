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
});
