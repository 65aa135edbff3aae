/**
 * Whole numbers and file sizes in the reader's language, without Intl for the common cases.
 *
 * The forms' first screen shows numbers: "You can enter up to 10,000 characters" and the size limit
 * of a photo or pamphlet. The page's first Intl.NumberFormat costs 20–60 ms of CPU (Chromium loads
 * ICU's number data), which is more than the rest of the form's start-up. So whole numbers and file
 * sizes are written here, to the character what Intl.NumberFormat writes in en, ja and fr-CA
 * (test/forms/quick-format.test.ts compares the two); other numbers go through Intl.
 */
import { formatNumber } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';

/** A whole number with the language's thousands separator: "10,000", « 10 000 ». */
export function formatCount(value: number, locale: Locale): string {
  return Number.isSafeInteger(value) && value >= 0 ? String(value).replace(/\B(?=(\d{3})+$)/g, locale === 'fr-CA' ? '\u00a0' : ',') : formatNumber(value, locale);
}

/** "2.5 MB", « 2,5 Mo », "120 kB", 「120 KB」. */
export function formatBytes(bytes: number, locale: Locale): string {
  const fr = locale === 'fr-CA';
  const mb = bytes >= 1_000_000;
  // Tenths of a megabyte or whole kilobytes, rounded half up as Intl does.
  const [whole, tenth] = String(mb ? Math.round(bytes / 100_000) / 10 : Math.max(1, Math.round(bytes / 1000))).split('.');
  const unit = mb ? (fr ? 'Mo' : 'MB') : fr ? 'ko' : locale === 'ja' ? 'KB' : 'kB';
  return `${formatCount(Number(whole), locale)}${tenth ? (fr ? ',' : '.') + tenth : ''}${fr ? '\u00a0' : ' '}${unit}`;
}
