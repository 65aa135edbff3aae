/**
 * Region names (US states and territories, Canadian provinces and territories,
 * Japanese prefectures) in the reader's language. English names are always
 * here; the other languages' names (the prefectures' Japanese names too)
 * arrive with that language's strings.
 */
import type { Locale } from '../i18n/language.js';
import { localeData } from '../i18n/localize.js';
import { CA_EN, PREFECTURES_EN, US_EN } from './data.js';

export function regionsOf(country: string): Readonly<Record<string, string>> {
  return country === 'CA' ? CA_EN : US_EN;
}

export function isKnownRegion(country: string, code: string): boolean {
  return Object.hasOwn(regionsOf(country), code);
}

/** The region's name, in English until the reader's language has loaded; its code when unknown. */
export function regionName(country: string, code: string, locale: Locale): string {
  const local = localeData(locale)?.[country === 'CA' ? 'ca' : 'us'];
  return local?.[code] ?? regionsOf(country)[code] ?? code;
}

/** The prefecture's name, in English until the reader's language has loaded. */
export function prefectureName(code: number, locale: Locale): string {
  const names = localeData(locale)?.prefectures ?? PREFECTURES_EN;
  return names[code - 1] ?? String(code);
}
