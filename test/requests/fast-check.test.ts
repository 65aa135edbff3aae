import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { fastRequest } from '../../src/requests/fast-check.js';
import { readRequestsCsv } from '../../src/requests/read-text.js';
import { checkRequests, tidyRequest } from '../../src/requests/record.js';
import { boardRequestSchema } from '../../src/requests/slow-check.js';
import { FEED } from './data.js';

const good = {
  reference: 'REQ-1', published_at: '2026-03-01T09:00:00.000Z', direction: 'jp-seeking-na',
  community: { name: '飯田市', name_en: 'Iida', name_ja: '飯田市', name_kana: 'いいだし', level: 'city', country: 'JP', prefecture: 20 },
  population: { count: 97415, as_of: 2020 }, area: { value: 658.66, unit: 'km2' },
  geography: 'A basin.', activities: 'Orchards.', history: 'Puppets.', expectations: 'Students.',
  exchanges: ['education-youth', 'agriculture'], exchanges_other: 'x', partner_preferences: 'The Pacific Northwest.',
  translations: { partner_preferences: { ja: '太平洋岸北西部', 'fr-CA': 'Nord-ouest', en: undefined }, geography: { en: 'A basin' } },
  pamphlet_url: 'https://example.org/iida.pdf',
  contacts: [{ email: 'sam@example.gov' }],
};
const na = { ...good, direction: 'na-seeking-jp', community: { name: 'Bend', level: 'city', country: 'US', region: 'OR' } };
const hole = (length: number) => Object.assign([], { length });
const long = (n: number) => 'x'.repeat(n);
const community = (part: Record<string, unknown>) => ({ ...good.community, ...part });
const naCommunity = (part: Record<string, unknown>) => ({ ...na.community, ...part });

/** Every way an entry can break that the schema knows of, one field at a time, near misses that pass, and hostile shapes. */
const variants: unknown[] = [
  good, na,
  { direction: 'na-seeking-jp', community: { name: 'Sherbrooke', country: 'CA', region: 'QC' }, exchanges: [] },
  Object.assign(Object.create(null), good),
  null, 'request', [good], 42, new Date(), Object.create(good),
  JSON.parse('{"__proto__": {"direction": "na-seeking-jp"}, "community": {"name": "x", "country": "US", "region": "OR"}, "exchanges": []}'),
  { ...good, community: Object.assign(Object.create({ country: 'JP' }), { name: 'x', prefecture: 20 }) },
  ...Object.entries({
    reference: [long(60), long(61), 7, null, ''],
    published_at: ['2026-03-01', '2026-3-1', 'soon', 20260301, null],
    direction: ['JP-SEEKING-NA', 'both', undefined, 1],
    community: [undefined, null, [], 'Iida', community({ name: '' }), community({ name: ' \n' }), community({ name: long(200) }), community({ name: long(201) }),
      community({ name: 5 }), community({ name_ja: long(201) }), community({ name_en: 3 }), community({ name_kana: long(200) }), community({ level: 'metropolis' }),
      community({ level: 'special-ward' }), community({ level: 'county' }), community({ level: undefined }), community({ country: 'jp' }), community({ country: 'MX' }),
      community({ country: undefined }), community({ prefecture: 0 }), community({ prefecture: 47 }), community({ prefecture: 48 }), community({ prefecture: 4.5 }),
      community({ prefecture: '20' }), community({ prefecture: Number.NaN }), community({ prefecture: Infinity }), community({ prefecture: undefined }),
      community({ country: 'US', region: 'OR' }), community({ region: long(11) }), community({ region: 'OR', extra: 'dropped' }), new Date()],
    population: [undefined, null, { count: 0 }, { count: -1 }, { count: 1 }, { count: Infinity }, { count: Number.NaN }, { count: '97415' }, { count: 1, as_of: '2020' },
      { count: 1, as_of: Infinity }, { count: 1, as_of: undefined }, { as_of: 2020 }, [97415], { count: 1, extra: 2 }],
    area: [undefined, { value: 1, unit: 'km2' }, { value: 1, unit: 'sq-mi' }, { value: 1, unit: 'acres' }, { value: 0, unit: 'km2' }, { value: 1 }, 'big'],
    geography: [long(5000), long(5001), 5, undefined, ''],
    activities: [long(5001)], history: [long(5001), {}], expectations: [long(5001), []],
    exchanges: [[], ['sports', 'other'], ['sport'], 'sports', undefined, null, hole(1), ['sports', undefined], [1], { 0: 'sports', length: 1 }],
    exchanges_other: [long(200), long(201), 1],
    partner_preferences: [long(2000), long(2001), false],
    translations: [undefined, null, {}, [], 'ja', { geography: null }, { geography: undefined }, { geography: { ja: long(10_000) } }, { geography: { ja: long(10_001) } },
      { geography: { ja: 1 } }, { geography: { de: 'x' } }, { geography: { ja: 'x' }, summary: { ja: 'dropped' } }, { geography: ['x'] }, { history: new Date() },
      { partner_preferences: Object.create({ ja: 'inherited' }) }],
    pamphlet_url: ['http://example.org/a.pdf', 'HTTPS://EXAMPLE.ORG/A', 'javascript:alert(1)', 'data:text/html,hi', 'https://', 'https://a b', 'ftp://x.org',
      `https://${long(1992)}`, `https://${long(1993)}`, '/files/a.pdf', 42],
    extra: ['dropped', undefined],
  }).flatMap(([field, values]) => values.map((value) => ({ ...good, [field]: value }))),
  ...[naCommunity({ region: 'ZZ' }), naCommunity({ region: 'QC' }), naCommunity({ country: 'CA', region: 'QC' }), naCommunity({ country: 'CA', region: 'OR' }),
    naCommunity({ region: undefined }), naCommunity({ country: 'JP', prefecture: 20 }), naCommunity({ region: 'toString' }), naCommunity({ region: '__proto__' }),
    naCommunity({ region: 'or' })].map((c) => ({ ...na, community: c })),
  // The request form's shape and spreadsheet cells, as tidyRequest reads them.
  { ...good, community: undefined, jp_community: { name: '金沢市', level: 'City', prefecture: 'JP-17' }, exchanges: 'culture-arts; sports', population: { count: '462,000', as_of: '2020' } },
  { ...na, community: undefined, na_community: { name: ' Bend ', country: 'us', region: 'or', level: 'city' }, direction: 'NA-SEEKING-JP', area: { value: '', unit: 'km2' } },
];

const feed = async () => ((await (await fetch(FEED)).json()) as { requests: unknown[] }).requests;
const csv = async (name: string) => (await fetch(`/__fixtures/file?name=${name}&type=text/csv`)).text();

describe('the fast check of partner requests (src/requests/fast-check.ts)', () => {
  it('agrees with the schema: every entry it accepts, the schema accepts and gives back equal; it accepts every entry the schema does on this data', async () => {
    let fast = 0;
    let valid = 0;
    for (const entry of [...(await feed()), ...variants]) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
      const tidy = tidyRequest(entry as Record<string, unknown>);
      const checked = z.safeParse(boardRequestSchema, tidy);
      if (checked.success) valid++;
      const quick = fastRequest(tidy);
      if (quick === undefined) continue;
      fast++;
      expect(checked.success, JSON.stringify(entry)).to.equal(true);
      expect(quick, JSON.stringify(entry)).to.deep.equal(checked.data);
    }
    // Every good entry of plain JSON objects takes the fast path; the schema alone accepts three odd shapes: a
    // `__proto__` key (which gives the tidied entry another prototype) and a translation that is a Date or inherits its text.
    expect(valid - fast, 'entries only the schema accepted').to.equal(3);
    expect(fast, 'entries the fast check accepted').to.be.at.least(60);
  });

  it('answers a good feed at once, and loads the schema only to decide on, and say why it skips, the entries it refuses', async () => {
    const entries = await feed();
    const good = checkRequests(entries.map((value, i) => ({ row: i + 1, value })));
    if (good instanceof Promise) throw new Error('a good feed was answered with a promise');
    expect(good.requests.map((r) => r.reference)).to.have.length(entries.length);
    expect(good.skipped).to.deep.equal([]);

    const file = readRequestsCsv(await csv('requests-own.csv'));
    if (!('records' in file)) throw new Error('the CSV was not read');
    const own = checkRequests(file.records);
    expect(own).to.be.instanceOf(Promise);
    const { requests, skipped } = await own;
    expect(requests.map((r) => r.reference)).to.deep.equal(['OWN-1', 'OWN-2']);
    expect(skipped.map((s) => s.row)).to.deep.equal([4, 5]);
    expect(skipped[0].reason).to.match(/^community\.region: /);
    expect(skipped[1].reason).to.match(/^pamphlet_url: /);
  });

  it('skips what is not an object without loading the schema', () => {
    const result = checkRequests([{ row: 1, value: 'text' }, { row: 2, value: null }]);
    if (result instanceof Promise) throw new Error('answered with a promise');
    expect(result).to.deep.equal({ requests: [], skipped: [{ row: 1, reason: 'not an object with request fields' }, { row: 2, reason: 'not an object with request fields' }] });
  });
});
