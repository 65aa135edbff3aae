/**
 * localize.ts in a build that speaks one language (the classic scripts' `<widget>.<lang>.js`:
 * vite.classic.ts puts this module in its place): the messages are written in the code in that
 * language (English, the source's; Japanese or French put there by vite.translate.ts), so nothing
 * loads and nothing is looked up. The same exports as localize.ts; the build adds the language's
 * region names to `localeData`.
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { LocaleData } from './localize.js';

export { str } from '@lit/localize/internal/str-tag.js';
export type { LocaleData, StringTable, WidgetStrings } from './localize.js';

export const msg = ((template: string | StrResult) =>
  typeof template === 'string' ? template : joinStringsAndValues(template.strings, template.values)) as typeof litMsg;

export const isLocaleLoaded = (): boolean => true;

export const loadLocale = (): Promise<void> => Promise.resolve();

export const localeData = (): LocaleData | undefined => undefined;

export const inLocale = <T>(_locale: unknown, render: () => T): T => render();
