/**
 * Whole numbers and file sizes in the reader's language, without Intl for the common cases.
 *
 * The forms' first screen shows numbers: "You can enter up to 10,000 characters" and the size limit
 * of a photo or pamphlet. The page's first Intl.NumberFormat costs 20–60 ms of CPU (Chromium loads
 * ICU's number data), which is more than the rest of the form's start-up. So whole numbers and file
 * sizes are written here, to the character what Intl.NumberFormat writes in en, ja and fr-CA
 * (test/forms/quick-format.test.ts compares the two); other numbers go through Intl (i18n/format.ts).
 */
import type { Locale } from '../i18n/language.js';

/** A number of 0 or more, with at most one decimal, grouped by thousands: "10,000", « 10 000 ». */
export function formatCount(value: number, locale: Locale): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr-CA' ? '\u00a0' : ',');
}

/** "2.5 MB", « 2,5 Mo », "120 kB", 「120 KB」: tenths of a megabyte or whole kilobytes, rounded half up as Intl does. */
export function formatBytes(bytes: number, locale: Locale): string {
  const fr = locale === 'fr-CA';
  const mb = bytes >= 1_000_000;
  const amount = formatCount(mb ? Math.round(bytes / 100_000) / 10 : Math.max(1, Math.round(bytes / 1000)), locale);
  return `${fr ? amount.replace('.', ',') : amount}${fr ? '\u00a0' : ' '}${mb ? (fr ? 'Mo' : 'MB') : fr ? 'ko' : locale === 'ja' ? 'KB' : 'kB'}`;
}
