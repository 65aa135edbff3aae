// The translations the tests expect, read from xliff/<locale>.xlf as the translators wrote them.
import type { Locale } from '../../src/i18n/language.js';

const files = new Map<string, Promise<Document>>();

/** The translation of `source` in `locale` (English: the source itself). */
export async function target(locale: Locale, source: string): Promise<string> {
  if (locale === 'en') return source;
  let file = files.get(locale);
  if (!file) {
    file = fetch(`/xliff/${locale}.xlf`).then(async (response) => new DOMParser().parseFromString(await response.text(), 'application/xml'));
    files.set(locale, file);
  }
  const unit = [...(await file).querySelectorAll('trans-unit')].find((u) => u.querySelector('source')!.textContent === source);
  if (!unit) throw new Error(`no message "${source}" in xliff/${locale}.xlf`);
  return unit.querySelector('target')!.textContent!;
}
