/**
 * A number typed the way people write it: "48,000" and "1,234.5" in English and
 * Japanese, « 48 000 » and « 1 234,5 » in French, full-width 「４８，０００」 anywhere.
 */
import type { Locale } from '../i18n/language.js';

export function parseNumber(raw: string, locale: Locale, whole?: boolean): number | undefined {
  // NFKC turns full-width digits and commas into ASCII; spaces (also no-break ones) group thousands.
  let text = raw.normalize('NFKC').replace(/\s/g, '');
  if (locale === 'fr-CA') text = text.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return whole && !Number.isInteger(value) ? undefined : value;
}
