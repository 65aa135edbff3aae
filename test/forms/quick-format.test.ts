import { expect } from '@open-wc/testing';
import { formatBytes, formatCount } from '../../src/forms/quick-format.js';
import type { Locale } from '../../src/i18n/language.js';

const LOCALES: Locale[] = ['en', 'ja', 'fr-CA'];
const intlBytes = (bytes: number, locale: Locale) => {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / 1_000_000 : Math.max(1, bytes / 1000),
  );
};

describe('quick number formats (the forms’ first screen, without Intl)', () => {
  it('writes whole numbers exactly as Intl.NumberFormat does', () => {
    const values = [0, 7, 999, 1000, 4321, 10_000, 99_999, 123_456, 1_000_000, 9_876_543_210];
    for (const locale of LOCALES) {
      for (const value of values) expect(formatCount(value, locale), `${locale} ${value}`).to.equal(new Intl.NumberFormat(locale).format(value));
    }
    expect(formatCount(10_000, 'fr-CA')).to.equal('10\u00a0000');
  });

  it('writes file sizes exactly as Intl.NumberFormat does, rounding included', () => {
    const sizes = [1, 499, 500, 1499, 1500, 120_000, 999_499, 999_500, 999_999, 1_000_000, 1_049_999, 1_050_000, 1_150_000, 2_450_000, 2_500_000];
    for (let mb = 0.1; mb < 1200; mb *= 1.37) sizes.push(Math.round(mb * 1_000_000), Math.round(mb * 1_000_000) + 49_999);
    for (const locale of LOCALES) {
      for (const bytes of sizes) expect(formatBytes(bytes, locale), `${locale} ${bytes}`).to.equal(intlBytes(bytes, locale));
    }
    expect([formatBytes(10_000_000, 'en'), formatBytes(2_500_000, 'fr-CA'), formatBytes(120_000, 'ja')]).to.deep.equal(['10 MB', '2,5\u00a0Mo', '120 KB']);
  });
});
