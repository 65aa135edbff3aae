/**
 * The words the directory shows for codes in the data: countries, levels,
 * relationship types. Called while an element renders, so `msg` answers in
 * that element's language.
 */
import type { Locale } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import type { Pairing } from '../schema/pairing.js';
import type { SourceProblem } from './load.js';

export { decadeLabel } from './decades.js';

export function countryLabel(country: string): string {
  return country === 'CA' ? msg('Canada') : msg('United States');
}

/** "Sister city" or "Sister state" and so on: states, provinces and prefectures are not cities. */
export function typeLabel(pairing: Pairing): string {
  const regional =
    pairing.jp_level === 'prefecture' || ['state', 'province', 'territory'].includes(pairing.na_level ?? '');
  switch (pairing.type) {
    case 'friendship': return regional ? msg('Friendship state/province') : msg('Friendship city');
    case 'partnership': return regional ? msg('Partner state/province') : msg('Partner city');
    default: return regional ? msg('Sister state/province') : msg('Sister city');
  }
}

export function typeFilterLabel(type: Pairing['type']): string {
  switch (type) {
    case 'friendship': return msg('Friendship');
    case 'partnership': return msg('Partnership');
    default: return msg('Sister');
  }
}

/** What is wrong with a file that cannot be read, for the webmaster (the console has the same in English). */
export function sourceProblemLabel(problem: SourceProblem): string {
  switch (problem) {
    case 'no-name-columns': return msg('The first row of the CSV file has no na_name and jp_name columns.');
    case 'not-a-list': return msg('The JSON is neither a list of pairings nor an object with a "pairings" list.');
    case 'not-json': return msg('The file is not valid JSON.');
    case 'web-page': return msg('The file is a web page, not CSV or JSON.');
  }
}

/**
 * "70th" / "70e" (« 1er ») / "70周年": the ordinal of an anniversary in each language. English follows
 * its ordinal plural rules (1st, 2nd, 3rd, 11th–13th, 21st…), written out rather than asked of Intl.PluralRules:
 * each kind of Intl formatter is costly before the first rows (plain-format.ts).
 */
export function formatOrdinal(value: number, locale: Locale): string {
  if (locale === 'ja') return `${value}周年`;
  if (locale === 'fr-CA') return value === 1 ? '1er' : `${value}e`;
  const teen = value % 100 >= 11 && value % 100 <= 13;
  return `${value}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')}`;
}
