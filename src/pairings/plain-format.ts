/**
 * The counts and dates the directory's first screen shows, written without Intl in the common cases:
 * each kind of Intl formatter costs CPU before the first rows (Intl.NumberFormat 1.5–2.5 ms after the
 * sorting collator, Intl.DateTimeFormat 3–9 ms: its calendar data), where writing them costs next to
 * nothing. Each function writes, to the character,
 * what Intl writes in en, ja and fr-CA (test/pairings/plain-format.test.ts compares them); the
 * Japanese era calendar still goes through Intl (i18n/format.ts).
 */
import { formatPartialDate, type Calendar } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';

/** A whole number of 0 or more grouped by thousands, as Intl.NumberFormat writes it: "10,000", « 10 000 ». */
export function formatCount(value: number, locale: Locale): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr-CA' ? '\u00a0' : ',');
}

/** Picks the message for a whole `count` by the language's plural rules: English "one" is 1, French 0 and 1, Japanese none. */
export function plural<T>(locale: Locale, count: number, forms: { one: () => T; other: () => T }): T {
  const one = locale === 'en' ? count === 1 : locale === 'fr-CA' && (count === 0 || count === 1);
  return one ? forms.one() : forms.other();
}

const MONTHS: Record<'en' | 'fr-CA', string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  'fr-CA': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with only the parts it has: "December 7, 1955", « 7 décembre 1955 », 「1955年12月7日」. */
export function formatDate(value: string, locale: Locale, calendar: Calendar): string {
  if (locale === 'ja' && calendar === 'japanese') return formatPartialDate(value, locale, calendar);
  const [year, month, day] = value.split('-').map(Number);
  if (locale === 'ja') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  const name = MONTHS[locale][month - 1];
  if (!day) return `${name} ${year}`;
  return locale === 'en' ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`;
}
