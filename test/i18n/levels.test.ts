import { expect } from '@open-wc/testing';
import { jpLevelLabel, naLevelLabel } from '../../src/i18n/levels.js';
import { strings } from '../../src/generated/strings/all.js';
import { inLocale, loadLocale } from '../../src/i18n/localize.js';
import { JP_LEVELS, NA_LEVELS } from '../../src/schema/codes.js';

describe('levels of government', () => {
  for (const locale of ['en', 'ja', 'fr-CA'] as const) {
    it(`are told apart in ${locale}, in words of ${locale} alone`, async () => {
      await loadLocale(locale, strings);
      // A state and a province are both 州 in Japanese: unique within one country's levels.
      const us = inLocale(locale, () => NA_LEVELS.filter((level) => level !== 'province').map(naLevelLabel));
      const ca = inLocale(locale, () => NA_LEVELS.filter((level) => level !== 'state').map(naLevelLabel));
      const jp = inLocale(locale, () => JP_LEVELS.map(jpLevelLabel));
      // The request form offers each list as one set of radio buttons: two equal labels would be one choice.
      for (const labels of [us, ca, jp]) expect(new Set(labels).size, labels.join(', ')).to.equal(labels.length);
      const na = [...us, ...ca];
      // No English kept in brackets to tell two apart, as « Ville (town) » was.
      for (const label of [...na, ...jp]) expect(label).to.not.match(/\(/);
    });
  }

  it('in French, follow Canadian usage: a city is a « ville », a town a « petite ville »', async () => {
    await loadLocale('fr-CA', strings);
    expect(inLocale('fr-CA', () => [naLevelLabel('city'), naLevelLabel('town'), naLevelLabel('municipality')])).to.deep.equal([
      'Ville', 'Petite ville', 'Municipalité',
    ]);
  });
});
