import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { parseCsv } from '../../src/pairings/csv.js';
import { fastPairing } from '../../src/pairings/fast-check.js';
import { checkRecords, tidyRecord } from '../../src/pairings/load.js';
import { pairingSchema } from '../../src/schema/pairing.js';
// @ts-expect-error: a plain .mjs module shared with the benchmark
import { generateCsv } from '../fixtures/generate.mjs';

const recordsOf = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map(({ fields }) => Object.fromEntries(header.fields.map((name, i) => [name.trim().toLowerCase(), fields[i]])));
};

const good = {
  na_country: 'US', na_region: 'MN', na_name: 'Saint Paul', na_name_ja: 'セントポール市', na_level: 'city', jp_prefecture: 42,
  jp_name: 'Nagasaki', jp_name_ja: '長崎市', jp_name_kana: 'ながさきし', jp_level: 'city', type: 'sister', established: '1955-12-07',
  na_url: 'https://www.stpaul.gov/', jp_url: 'http://www.city.nagasaki.lg.jp/', note: 'First',
};
/** Every way a record can break that the schema knows of, one field at a time, and near misses that pass. */
const variants: Record<string, unknown>[] = [
  good,
  { na_country: 'CA', na_region: 'QC', na_name: 'Montréal', jp_prefecture: 34, jp_name: 'Hiroshima', type: 'friendship' },
  ...Object.entries({
    na_country: ['MX', 'us', 1, ''],
    na_region: ['ZZ', 'QC', 'mn', 'MNN', 7, ''],
    na_name: ['', 'x'.repeat(200), 'x'.repeat(201), 5, null],
    na_name_ja: ['x'.repeat(201), 3, ''],
    na_level: ['metropolis', 'state', 'city-and-county', 1],
    jp_prefecture: [0, 48, 1, 47, 4.5, '42', Number.NaN, Infinity],
    jp_name: ['', 'x'.repeat(201), {}],
    jp_name_kana: ['x'.repeat(201), false],
    jp_level: ['ward', 'special-ward', 'prefecture'],
    type: ['rival', 'partnership', undefined, 'Sister'],
    established: ['1955', '1955-12', '1955-13', '1999-02-30', '2000-02-29', '1799', '2201', '55', 1955, ''],
    na_url: ['javascript:alert(1)', 'ftp://x.org', 'not a url', 'https://x.org/a?b#c', 'HTTPS://X.ORG', 42],
    jp_url: ['data:text/html,hi', 'http://例え.jp/'],
    note: ['x'.repeat(2000), 'x'.repeat(2001), 12],
    extra: ['kept out'],
  }).flatMap(([field, values]) => values.map((value) => ({ ...good, [field]: value }))),
];

describe('the fast check of pairing rows', () => {
  it('agrees with the schema: every record it accepts, the schema accepts and gives back equal; it never accepts a bad one', () => {
    const records = [
      ...recordsOf(generateCsv(2000, 20)),
      ...recordsOf(generateCsv(300, 30)),
      ...variants,
      ...variants.map((record) => tidyRecord(record)),
    ];
    let fast = 0;
    let valid = 0;
    for (const record of records) {
      const tidy = tidyRecord(record);
      const checked = z.safeParse(pairingSchema, tidy);
      const quick = fastPairing(tidy);
      if (checked.success) valid++;
      if (quick === undefined) continue;
      fast++;
      expect(checked.success, JSON.stringify(record)).to.equal(true);
      expect(quick, JSON.stringify(record)).to.deep.equal(checked.data);
    }
    // It is fast for the rows that matter: every good row of the generated data takes the fast path.
    expect(fast).to.equal(valid);
  });

  it('leaves broken rows to the schema, which skips and counts them with its reasons', async () => {
    const { pairings, skipped } = await checkRecords(recordsOf(generateCsv(2000, 20)).map((value, i) => ({ row: i + 2, value })));
    expect(pairings).to.have.length(1980);
    expect(skipped).to.have.length(20);
    expect(skipped.map((s) => s.reason.split(':')[0])).to.include.members(['na_region', 'jp_prefecture', 'established', 'na_url', 'na_name']);
  });
});
