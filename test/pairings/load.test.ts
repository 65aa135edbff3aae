import { expect } from '@open-wc/testing';
import { detectFormat, loadCsv, loadJson, loadText, PairingSourceError, tidyRecord } from '../../src/pairings/load.js';

const header = 'na_country,na_region,na_name,jp_prefecture,jp_name,type,established,na_url';

describe('loading pairings', () => {
  it('accepts the three prefecture forms, tidies case and spacing, and defaults the type to sister', () => {
    const loaded = loadCsv(
      `${header},jp_level\nus,mn, Saint Paul ,42,Nagasaki,,1955-12-07,,City\nCA,QC,Montréal,JP-34,Hiroshima,Sister,,,\nUS,ME,Portland,"13",Shinagawa,,,,special ward\n`,
    );
    // Every row passes the fast check: the answer comes at once, without loading the schema.
    if ('fast' in loaded) throw new Error('good rows were answered later');
    const { pairings, skipped } = loaded;
    expect(skipped).to.deep.equal([]);
    expect(pairings.map((p) => [p.na_country, p.na_region, p.na_name, p.jp_prefecture, p.type])).to.deep.equal([
      ['US', 'MN', 'Saint Paul', 42, 'sister'],
      ['CA', 'QC', 'Montréal', 34, 'sister'],
      ['US', 'ME', 'Portland', 13, 'sister'],
    ]);
    expect(pairings[0].jp_level).to.equal('city');
    expect(pairings[2].jp_level).to.equal('special-ward');
    expect(pairings[1].established).to.equal(undefined);
  });

  it('skips bad rows with their line number and a reason, and keeps the good ones', async () => {
    const loaded = loadCsv(
      `${header}\nUS,MN,Saint Paul,42,Nagasaki,,1955,\nUS,ZZ,Nowhere,13,Tokyo,,,\nUS,MN,A,48,B,,,\nUS,MN,C,1,D,,1999-02-30,\nUS,MN,E,1,F,,,javascript:alert(1)\nUS,MN,,1,G,,,\nUS,MN,H,1,I,rival,,\n`,
    );
    // The good row at once; the schema words the reasons: it loads (slow-check.ts) only when awaited.
    if (!('fast' in loaded)) throw new Error('bad rows were answered at once');
    expect(loaded.fast.map((p) => p.na_name)).to.deep.equal(['Saint Paul']);
    const { pairings, skipped } = await loaded;
    expect(pairings).to.have.length(1);
    expect(skipped.map((s) => s.row)).to.deep.equal([3, 4, 5, 6, 7, 8]);
    expect(skipped[0].reason).to.contain('na_region');
    expect(skipped[1].reason).to.contain('jp_prefecture');
    expect(skipped[2].reason).to.contain('established');
    expect(skipped[3].reason).to.contain('na_url');
    expect(skipped[4].reason).to.contain('na_name');
    expect(skipped[5].reason).to.contain('type');
  });

  it('reads JSON as an array or as { pairings: [...] }, numbering items from 1', async () => {
    const item = { na_country: 'US', na_region: 'WA', na_name: 'Seattle', jp_prefecture: 28, jp_name: 'Kobe', established: 1957 };
    expect((await loadJson([item])).pairings[0].established).to.equal('1957');
    const { pairings, skipped } = await loadJson({ pairings: [item, 'nonsense', { ...item, jp_prefecture: 0 }] });
    expect(pairings).to.have.length(1);
    expect(skipped.map((s) => s.row)).to.deep.equal([2, 3]);
  });

  it('refuses a whole source that is not pairings, saying why (the widget words it in the reader\'s language)', () => {
    expect(() => loadText('{"rows": []}', 'json')).to.throw(PairingSourceError).with.property('problem', 'not-a-list');
    expect(() => loadText('not json', 'json')).to.throw(PairingSourceError).with.property('problem', 'not-json');
    expect(() => loadCsv('a,b\n1,2\n')).to.throw(PairingSourceError).with.property('problem', 'no-name-columns');
  });

  it('tells CSV from JSON by content type, then extension, then content, and refuses HTML', () => {
    expect(detectFormat('application/json; charset=utf-8', '/x', '[]')).to.equal('json');
    expect(detectFormat('text/csv', '/x.json', 'a,b')).to.equal('csv');
    expect(detectFormat('text/plain', '/data/pairings.json?v=2', '[]')).to.equal('json');
    expect(detectFormat(null, '/data/pairings.csv', 'a,b')).to.equal('csv');
    expect(detectFormat('application/octet-stream', '/feed', '\uFEFF [{"a":1}]')).to.equal('json');
    expect(() => detectFormat('text/html', '/pairings.csv', '<!doctype html>')).to.throw(PairingSourceError).with.property('problem', 'web-page');
    expect(() => detectFormat('text/plain', '/pairings.csv', '<html><body>Not found')).to.throw(PairingSourceError);
  });

  it('tidies 20,000 random records as the rules say, field by field', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const values = [undefined, null, '', '  ', ' Sister ', 'special_ward', 'Special  Ward', 'us', 'mn', '42', ' 7 ', 'JP-42', 'jp42', 'JP-420', '4a', 1955, 42, 4.5, true, {}, ['x'], 'Kōbe', '1955-12'];
    const fields = ['na_country', 'na_region', 'na_name', 'na_name_ja', 'na_level', 'jp_prefecture', 'jp_name', 'jp_name_ja', 'jp_name_kana', 'jp_level', 'type', 'established', 'na_url', 'jp_url', 'note'];
    for (let n = 0; n < 20_000; n++) {
      const raw: Record<string, unknown> = { unknown_column: 'ignored' };
      for (const field of fields) if (next() < 0.8) raw[field] = values[Math.floor(next() * values.length)];
      expect(tidyRecord(raw), JSON.stringify(raw)).to.deep.equal(tidySlowly(raw, fields));
    }
  });
});

/** The rules of tidyRecord, one field at a time: the reference the faster code is held to. */
function tidySlowly(raw: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const tidy: Record<string, unknown> = {};
  for (const field of fields) {
    let value = raw[field];
    if (typeof value === 'string') {
      value = value.trim();
      if (value === '') continue;
      if (['na_level', 'jp_level', 'type'].includes(field)) value = (value as string).toLowerCase().replace(/[\s_]+/g, '-');
      if (['na_country', 'na_region'].includes(field)) value = (value as string).toUpperCase();
      if (field === 'jp_prefecture' && /^(JP-?)?\d{1,2}$/i.test(value as string)) value = Number((value as string).replace(/^JP-?/i, ''));
    }
    if (value === null || value === undefined) continue;
    if (field === 'established' && typeof value === 'number') value = String(value);
    tidy[field] = value;
  }
  tidy.type ??= 'sister';
  return tidy;
}
