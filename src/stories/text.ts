/**
 * Which text of a story a reader sees: the staff translation into the reader's language when there
 * is one, otherwise the original, marked with the language it is written in. Pure: no DOM.
 */
import type { Locale } from '../i18n/language.js';
import { isJapanese } from '../schema/pairing-key.js';

/** A story's language as the form records it (`en`, `ja`, `fr`, `other`). */
type StoryLanguage = 'en' | 'ja' | 'fr' | 'other';

export interface ShownText {
  text: string;
  /** The `lang` of the text: the reader's language for a translation, the original's otherwise (unset when unknown). */
  lang: string | undefined;
  /** Whether the reader sees it in another language than theirs because there is no translation yet. */
  untranslated: boolean;
}

/** The BCP 47 tag of the language a text is written in; guessed from its script when the story does not say. */
export function originalLang(language: StoryLanguage | undefined, text: string): string | undefined {
  if (language === 'en' || language === 'ja' || language === 'fr') return language;
  if (language === 'other') return undefined;
  return isJapanese(text) ? 'ja' : 'en';
}

const sameLanguage = (lang: string | undefined, locale: Locale) => lang !== undefined && lang === locale.slice(0, 2);

export function shownText(
  original: string,
  language: StoryLanguage | undefined,
  translations: Partial<Record<Locale, string>> | undefined,
  locale: Locale,
): ShownText {
  const lang = originalLang(language, original);
  const translated = translations?.[locale]?.trim();
  if (translated && !sameLanguage(lang, locale)) return { text: translated, lang: locale, untranslated: false };
  return { text: original, lang, untranslated: !sameLanguage(lang, locale) };
}
