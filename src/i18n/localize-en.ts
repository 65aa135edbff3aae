/**
 * localize.ts in a build that speaks English alone (the classic scripts' `<widget>.en.js`,
 * vite.classic.ts puts this module in its place): the messages are the source's, written in the code,
 * so nothing loads and nothing is looked up. The same exports as localize.ts.
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
