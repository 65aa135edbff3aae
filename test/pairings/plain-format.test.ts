import { expect } from '@open-wc/testing';
import { formatOrdinal } from '../../src/pairings/labels.js';
import { formatCount, formatDate, plural } from '../../src/pairings/plain-format.js';

const LOCALES = ['en', 'ja', 'fr-CA'] as const;
const EN_ORDINAL: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

describe('counts and dates without Intl', () => {
  it('writes counts as Intl.NumberFormat does, and picks the plural form Intl.PluralRules picks, in en, ja and fr-CA', () => {
    const counts = [...Array.from({ length: 3000 }, (_, i) => i), 9_900, 10_000, 123_456, 1_000_000, 12_345_678];
    for (const locale of LOCALES) {
      const number = new Intl.NumberFormat(locale);
      const rules = new Intl.PluralRules(locale);
      for (const count of counts) {
        expect(formatCount(count, locale), `${locale} ${count}`).to.equal(number.format(count));
        const form = plural(locale, count, { one: () => 'one', other: () => 'other' });
        expect(form, `${locale} ${count}`).to.equal(rules.select(count) === 'one' ? 'one' : 'other');
      }
    }
  });

  it('writes a year, a month and year, or a full date as Intl.DateTimeFormat does, in en, ja and fr-CA', () => {
    for (const locale of LOCALES) {
      const formats = [1, 2, 3].map(
        (parts) =>
          new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', ...(parts > 1 && { month: 'long' }), ...(parts > 2 && { day: 'numeric' }) }),
      );
      for (const year of [1800, 1955, 2026, 2200]) {
        expect(formatDate(String(year), locale, 'gregory')).to.equal(formats[0].format(new Date(Date.UTC(year, 0, 1))));
        for (let month = 1; month <= 12; month++) {
          const mm = String(month).padStart(2, '0');
          expect(formatDate(`${year}-${mm}`, locale, 'gregory')).to.equal(formats[1].format(new Date(Date.UTC(year, month - 1, 1))));
          for (const day of [1, 2, 9, 10, 21, 28]) {
            const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
            expect(formatDate(date, locale, 'gregory'), `${locale} ${date}`).to.equal(formats[2].format(new Date(Date.UTC(year, month - 1, day))));
          }
        }
      }
    }
    // The era calendar is Intl's.
    expect(formatDate('1955-12-07', 'ja', 'japanese')).to.equal('昭和30年12月7日');
  });

  it('writes English anniversary ordinals by the ordinal rules of Intl.PluralRules', () => {
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    for (let n = 1; n <= 300; n++) expect(formatOrdinal(n, 'en')).to.equal(`${n}${EN_ORDINAL[rules.select(n)]}`);
    expect(formatOrdinal(1, 'fr-CA')).to.equal('1er');
    expect(formatOrdinal(70, 'ja')).to.equal('70周年');
  });
});
