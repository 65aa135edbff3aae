import { expect } from '@open-wc/testing';
import { loadCsv } from '../../src/pairings/load.js';
import { facetsOf, filterEntries, firstEntries, foldForSearch, roundAnniversary, sortEntries, toEntries } from '../../src/pairings/query.js';

const { pairings } = await loadCsv(
  [
    'na_country,na_region,na_name,na_name_ja,jp_prefecture,jp_name,jp_name_ja,jp_name_kana,type,established',
    'US,WA,Seattle,シアトル市,28,Kōbe,神戸市,こうべし,sister,1957',
    'CA,QC,Montréal,モントリオール市,34,Hiroshima,広島市,ひろしまし,sister,1998',
    'US,MN,Saint Paul,セントポール市,42,Nagasaki,長崎市,ながさきし,sister,1955-12-07',
    'US,CA,Millbrae,,11,Hanyu,羽生市,はにゅうし,friendship,2014-11',
    'US,ME,Portland,,13,Shinagawa,品川区,しながわく,sister,',
    'CA,AB,Alberta,アルバータ州,1,Hokkaido,北海道,ほっかいどう,sister,1980-09-05',
  ].join('\n'),
);
const entries = toEntries(pairings);
const names = (list: typeof entries) => list.map((e) => e.pairing.na_name);
const search = (text: string) => names(filterEntries(entries, { search: text }));

describe('search', () => {
  it('folds case, accents, macrons, width and kana', () => {
    expect(foldForSearch('Kōbe')).to.equal('kobe');
    expect(foldForSearch('ＫＯＢＥ')).to.equal('kobe');
    expect(foldForSearch('Montréal')).to.equal('montreal');
    expect(foldForSearch('コウベ')).to.equal('こうべ');
    expect(foldForSearch('ｺｳﾍﾞ')).to.equal('こうべ');
  });

  it('finds Kobe as "Kobe", "Kōbe", "神戸" and "こうべ", and Montréal as "montreal"', () => {
    for (const text of ['Kobe', 'kōbe', 'KOBE', '神戸', 'こうべ', 'コウベ', 'ｋｏｂｅ']) {
      expect(search(text), text).to.deep.equal(['Seattle']);
    }
    expect(search('montreal')).to.deep.equal(['Montréal']);
    expect(search('セントポール')).to.deep.equal(['Saint Paul']);
  });

  it('finds pairings by region names and needs every word to match', () => {
    expect(search('Hiroshima Minnesota').length).to.equal(0);
    expect(search('hiroshima quebec')).to.deep.equal(['Montréal']);
    expect(search('hiroshima montreal')).to.deep.equal(['Montréal']);
    expect(search('Minnesota')).to.deep.equal(['Saint Paul']);
    expect(search('長崎')).to.deep.equal(['Saint Paul']);
    expect(search('ほっかいどう')).to.deep.equal(['Alberta']);
  });
});

describe('filters', () => {
  it('filters by country, region, prefecture, type and decade', () => {
    expect(names(filterEntries(entries, { country: 'CA' }))).to.deep.equal(['Montréal', 'Alberta']);
    expect(names(filterEntries(entries, { region: 'MN' }))).to.deep.equal(['Saint Paul']);
    expect(names(filterEntries(entries, { prefecture: 13 }))).to.deep.equal(['Portland']);
    expect(names(filterEntries(entries, { type: 'friendship' }))).to.deep.equal(['Millbrae']);
    expect(names(filterEntries(entries, { decade: 1950 }))).to.deep.equal(['Seattle', 'Saint Paul']);
    expect(names(filterEntries(entries, { decade: 'unknown' }))).to.deep.equal(['Portland']);
  });

  it('offers only the values present, US before Canada, decades in order with unknown last', () => {
    const facets = facetsOf(entries);
    expect(facets.countries).to.deep.equal(['US', 'CA']);
    expect(facets.prefectures).to.deep.equal([1, 11, 13, 28, 34, 42]);
    expect(facets.types).to.deep.equal(['sister', 'friendship']);
    expect(facets.decades).to.deep.equal([1950, 1980, 1990, 2010, 'unknown']);
  });
});

describe('sorting', () => {
  it('sorts Japanese names by kana reading for Japanese readers, by romanised name otherwise', () => {
    const ja = sortEntries(entries, 'japanese-name', 'ja').map((e) => e.pairing.jp_name_ja);
    // こうべ, しながわく, ながさきし, はにゅうし, ひろしまし, ほっかいどう (gojūon order, not kanji code points)
    expect(ja).to.deep.equal(['神戸市', '品川区', '長崎市', '羽生市', '広島市', '北海道']);
    const en = sortEntries(entries, 'japanese-name', 'en').map((e) => e.pairing.jp_name);
    expect(en).to.deep.equal(['Hanyu', 'Hiroshima', 'Hokkaido', 'Kōbe', 'Nagasaki', 'Shinagawa']);
  });

  it('sorts by year with unknown dates last, and by region (US states, then provinces)', () => {
    expect(names(sortEntries(entries, 'year', 'en'))).to.deep.equal([
      'Saint Paul', 'Seattle', 'Alberta', 'Montréal', 'Millbrae', 'Portland',
    ]);
    expect(names(sortEntries(entries, 'region', 'en'))).to.deep.equal([
      'Millbrae', 'Portland', 'Saint Paul', 'Seattle', 'Alberta', 'Montréal',
    ]);
  });

  it('sorts North American names with accents where the language puts them', () => {
    expect(names(sortEntries(entries, 'name', 'fr-CA')).slice(0, 3)).to.deep.equal(['Alberta', 'Millbrae', 'Montréal']);
  });
});

describe('anniversaries', () => {
  it('marks every fifth year since establishment', () => {
    const seattle = entries[0];
    expect(roundAnniversary(seattle, 2027)).to.equal(70);
    expect(roundAnniversary(seattle, 2026)).to.equal(undefined);
    expect(roundAnniversary(entries[4], 2026)).to.equal(undefined);
  });
});

describe('the first rows without a full sort', () => {
  it('gives the same first entries as sorting them all, for every sort, ties in source order', async () => {
    // @ts-expect-error: a plain .mjs module shared with the benchmark
    const { generateCsv } = await import('../fixtures/generate.mjs');
    const { loadCsv } = await import('../../src/pairings/load.js');
    const many = toEntries((await loadCsv(generateCsv(600, 0))).pairings);
    for (const sort of ['name', 'japanese-name', 'year', 'region'] as const) {
      for (const locale of ['en', 'ja'] as const) {
        const all = sortEntries(many, sort, locale).map((e) => e.key);
        for (const count of [1, 100, 599, 600, 700]) {
          expect(firstEntries(many, sort, locale, count).map((e) => e.key), `${sort} ${locale} ${count}`).to.deep.equal(all.slice(0, count));
        }
      }
    }
  });
});
