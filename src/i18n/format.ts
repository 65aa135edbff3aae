/**
 * Dates, numbers and lists in the reader's language, through Intl.
 */
import type { Locale } from './language.js';

export type Calendar = 'gregory' | 'japanese';

// Intl formatters are costly to build (about 100 times a lookup), and a long list formats many dates.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
export function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with only the parts it has. In
 * Japanese with the `japanese` calendar: 1955-12-07 → 昭和30年12月7日.
 */
export function formatPartialDate(value: string, locale: Locale, calendar: Calendar = 'gregory'): string {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const parts = value.split('-').length;
  const tag = locale === 'ja' && calendar === 'japanese' ? 'ja-JP-u-ca-japanese' : locale;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (parts > 1) options.month = 'long';
  if (parts > 2) options.day = 'numeric';
  if (tag.includes('ca-japanese')) options.era = 'long';
  return cached(`d|${tag}|${parts}`, () => new Intl.DateTimeFormat(tag, options)).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Picks the message for `count` by the language's plural rules ("one" or anything else). */
export function plural<T>(locale: Locale, count: number, forms: { one: () => T; other: () => T }): T {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one' ? forms.one() : forms.other();
}

/** Several chosen answers as one list: "Business, Culture", 「ビジネス、文化」, « Affaires, Culture ». */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })).format(items);
}
