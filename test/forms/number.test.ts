import { expect } from '@open-wc/testing';
import { parseNumber } from '../../src/forms/number.js';

describe('parseNumber', () => {
  it('reads numbers the way people write them in each language', () => {
    expect(parseNumber('48,000', 'en')).to.equal(48000);
    expect(parseNumber('1,234.5', 'en')).to.equal(1234.5);
    expect(parseNumber(' 102000 ', 'en')).to.equal(102000);
    expect(parseNumber('４６２，０００', 'ja')).to.equal(462000);
    expect(parseNumber('４６８．７９', 'ja')).to.equal(468.79);
    expect(parseNumber('48 000', 'fr-CA')).to.equal(48000);
    expect(parseNumber('48\u202f000', 'fr-CA')).to.equal(48000);
    expect(parseNumber('1 234,5', 'fr-CA')).to.equal(1234.5);
    expect(parseNumber('1234.5', 'fr-CA')).to.equal(1234.5);
  });

  it('refuses what is not a number, or not a whole one when it must be', () => {
    for (const text of ['', 'large', '12,34', '1,2345', '-5', '1e6', '12.5.1', '0x10']) expect(parseNumber(text, 'en'), text).to.equal(undefined);
    expect(parseNumber('12.5', 'en', true)).to.equal(undefined);
    expect(parseNumber('2,020', 'en', true)).to.equal(2020);
  });
});
