import { expect } from '@open-wc/testing';
import { compareNames, latinKey, sortName } from '../../src/pairings/collate.js';
import { sortEntries, toEntries } from '../../src/pairings/query.js';
import { loadCsv } from '../../src/pairings/load.js';
// @ts-expect-error: a plain .mjs module shared with the benchmark
import { generateCsv } from '../fixtures/generate.mjs';

const LOCALES = ['en', 'ja', 'fr-CA'] as const;
const sign = (n: number) => Math.sign(n) || 0;

/** A deterministic pseudo-random source (mulberry32), so that a failure can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let printable = '';
for (let code = 0x20; code < 0x7f; code++) printable += String.fromCharCode(code);
let latin = '';
for (let code = 0xc0; code <= 0x17f; code++) latin += String.fromCharCode(code);
const accents = '\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0327\u0328\u0323\u0338';
// Weighted towards what names are made of: letters, digits, spaces and hyphens, so that long common prefixes occur.
const alphabets = [printable, latin, accents, 'aAeE0123456789 -', 'かカ東ーæßø\u00a0\t'];

function randomName(next: () => number): string {
  let text = '';
  const length = 1 + Math.floor(next() * 8);
  for (let i = 0; i < length; i++) {
    const pick = next();
    const alphabet = alphabets[pick < 0.35 ? 0 : pick < 0.5 ? 1 : pick < 0.55 ? 2 : pick < 0.96 ? 3 : 4];
    text += alphabet[Math.floor(next() * alphabet.length)];
  }
  return text;
}

describe('comparing names without a collator', () => {
  it('gives the sign Intl.Collator (base strength, numeric) gives, in en, ja and fr-CA, on 60,000 random pairs', () => {
    const next = random(17);
    const names = Array.from({ length: 2000 }, () => randomName(next));
    let latinPairs = 0;
    for (const locale of LOCALES) {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      for (let n = 0; n < 20_000; n++) {
        const a = names[Math.floor(next() * names.length)];
        // Half the pairs share a prefix, where the interesting cases are.
        const b = next() < 0.5 ? names[Math.floor(next() * names.length)] : a.slice(0, Math.floor(next() * a.length)) + randomName(next);
        const x = sortName(a);
        const y = sortName(b);
        if (x.key !== undefined && y.key !== undefined) latinPairs++;
        expect(sign(compareNames(x, y, locale)), `${locale}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`).to.equal(sign(collator.compare(a, b)));
      }
    }
    // The comparison without a collator was really exercised, not only the collator it falls back to.
    expect(latinPairs).to.be.greaterThan(20_000);
  });

  it('orders numbers by value and ignores case and accents, as the collator does', () => {
    const order = (list: string[]) => [...list].sort((a, b) => compareNames(sortName(a), sortName(b), 'en'));
    expect(order(['Saint Paul 10', 'saint paul 9', 'Saint Paul 009b', 'Saint-Paul', 'Saint Paul'])).to.deep.equal([
      'Saint Paul',
      'saint paul 9',
      'Saint Paul 009b',
      'Saint Paul 10',
      'Saint-Paul',
    ]);
    expect(compareNames(sortName('Montréal'), sortName('montreal'), 'fr-CA')).to.equal(0);
  });

  it('keeps names in Latin letters off the collator and sends the others to it', () => {
    expect(latinKey('Montréal')).to.equal('Montreal');
    expect(latinKey('Kōbe')).to.equal('Kobe');
    expect(latinKey('Ōsaka')).to.equal('osaka');
    expect(latinKey('Montre\u0301al')).to.equal('Montreal');
    for (const name of ['こうべし', '神戸市', 'Ærøskøbing', 'Łódź', 'Straße', '\u0301a']) expect(latinKey(name), name).to.equal(undefined);
  });

  it('sorts the generated 2,000 rows as the collator does, in every sort and language', async () => {
    const { pairings } = await loadCsv(generateCsv(2000, 20));
    const entries = toEntries(pairings);
    for (const locale of LOCALES) {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const na = (e: (typeof entries)[number]) => (locale === 'ja' ? (e.pairing.na_name_ja ?? e.pairing.na_name) : e.pairing.na_name);
      const jp = (e: (typeof entries)[number]) =>
        locale === 'ja' ? (e.pairing.jp_name_kana ?? e.pairing.jp_name_ja ?? e.pairing.jp_name) : e.pairing.jp_name;
      const expected = [...entries].sort((a, b) => collator.compare(na(a), na(b)) || collator.compare(jp(a), jp(b))).map((e) => e.key);
      expect(sortEntries(entries, 'name', locale).map((e) => e.key), locale).to.deep.equal(expected);
    }
  });
});
