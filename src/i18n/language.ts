/**
 * Which of our languages an element speaks: its closest `lang` (crossing
 * shadow roots), then `<html lang>`, then English.
 */
export const LOCALES = ['en', 'ja', 'fr-CA'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps a BCP 47 tag to one of our locales: any `ja-*` → ja, any `fr-*` → fr-CA, anything else → en. */
export function matchLanguage(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ja') return 'ja';
  if (primary === 'fr') return 'fr-CA';
  return 'en';
}

/** The nearest non-empty `lang` attribute at or above `element`, across shadow boundaries. */
export function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export function resolveLanguage(element: Element): Locale {
  return matchLanguage(closestLang(element) ?? element.ownerDocument.documentElement.lang);
}
