import { expect } from '@open-wc/testing';
import { loadLocale, type WidgetStrings } from '../../src/i18n/localize.js';
import { CA_EN, PREFECTURES_EN, US_EN } from '../../src/regions/data.js';
import { prefectureName, regionName } from '../../src/regions/names.js';

// No widget's strings: only the language's region names, which loadLocale brings with any widget.
const noStrings: WidgetStrings = { ja: () => Promise.resolve([]), 'fr-CA': () => Promise.resolve([]) };

describe('region names', () => {
  it('are English until a language has loaded, then in that language', async () => {
    expect(prefectureName(42, 'ja')).to.equal('Nagasaki');
    await loadLocale('ja', noStrings);
    expect(prefectureName(42, 'ja')).to.equal('長崎県');
    expect(regionName('US', 'MN', 'ja')).to.equal('ミネソタ州');
    expect(prefectureName(42, 'en')).to.equal('Nagasaki');
  });

  it('in French, where a name differs from English and where it does not', async () => {
    await loadLocale('fr-CA', noStrings);
    expect(regionName('US', 'CA', 'fr-CA')).to.equal('Californie');
    expect(regionName('US', 'MN', 'fr-CA')).to.equal('Minnesota');
    expect(regionName('CA', 'QC', 'fr-CA')).to.equal('Québec');
    expect(regionName('CA', 'AB', 'fr-CA')).to.equal('Alberta');
    expect(prefectureName(13, 'fr-CA')).to.equal('Tōkyō');
    expect(prefectureName(42, 'fr-CA')).to.equal('Nagasaki');
  });

  it('name every state, province and prefecture in every language', async () => {
    await Promise.all([loadLocale('ja', noStrings), loadLocale('fr-CA', noStrings)]);
    for (const locale of ['en', 'ja', 'fr-CA'] as const) {
      for (const [country, table] of [['US', US_EN], ['CA', CA_EN]] as const) {
        for (const code of Object.keys(table)) expect(regionName(country, code, locale), `${country}-${code} ${locale}`).to.match(/\p{L}{3}/u);
      }
      PREFECTURES_EN.forEach((_, i) => expect(prefectureName(i + 1, locale), `${i + 1} ${locale}`).to.match(/\p{L}{2}/u));
    }
  });
});
