/**
 * The strings of the parts of a widget loaded on demand (an `import()`: a form's review step and
 * sending, drafts on the receiver): scripts/message-tables.mjs puts the messages only such a part
 * shows in tables of their own (`WidgetStrings.later`, named by the part's path under src/), and a
 * widget loads them here together with the part's code, never after it. Kept out of localize.ts so
 * that only the widgets with such parts download it.
 */
import type { Locale } from './language.js';
import { isLocaleLoaded, loadLocale, type WidgetStrings } from './localize.js';

/**
 * Loads a part of a widget (`load`, an `import()`) and, at the same time, the strings that part shows in
 * `locale`; resolves with the part once both are in. `parts` gathers the strings of the parts loaded so
 * far, for the widget to wait for them in a language it changes to (`partsLoaded`, `loadParts`): a part
 * renders only once its strings are in.
 */
export function loadPart<T>(
  locale: Locale,
  strings: WidgetStrings,
  name: string,
  parts: Set<WidgetStrings>,
  load: () => Promise<T>,
): Promise<T> {
  const part = strings.later?.[name];
  if (part) parts.add(part);
  return Promise.all([load(), part && loadLocale(locale, part)]).then(([module]) => module);
}

/** Whether the strings of every part in `parts` are loaded (or tried) in `locale`. */
export function partsLoaded(locale: Locale, parts: Iterable<WidgetStrings>): boolean {
  return [...parts].every((part) => isLocaleLoaded(locale, part));
}

/** Loads the strings of every part in `parts` in `locale`. */
export function loadParts(locale: Locale, parts: Iterable<WidgetStrings>): Promise<void> {
  return Promise.all([...parts].map((part) => loadLocale(locale, part))).then(() => undefined);
}
