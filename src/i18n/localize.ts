/**
 * Per-element localisation on top of @lit/localize's runtime templates.
 *
 * @lit/localize keeps one active locale per page, but two widgets on one page
 * may sit under different `lang` attributes. So instead of installing a global
 * `msg`, we export our own `msg` (typed as lit-localize's, so `lit-localize
 * extract` still finds every call) that reads the templates of the locale an
 * element is currently rendering in (see `inLocale`). Nothing global is
 * installed, so a host page's own copy of @lit/localize is never disturbed.
 *
 * Message ids are lit-localize's hashes cut to their first 7 characters
 * (scripts/shorten-message-ids.mjs does the same to the generated modules and
 * refuses a collision): the ids are most of what gzip cannot shrink in the
 * translation tables. Messages are plain strings or str`` templates, not html``.
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { Locale } from './language.js';

export { str } from '@lit/localize';

/** What a language brings beyond English: its strings and its names of regions. */
export interface LocaleData {
  templates: TemplateMap;
  us: Readonly<Record<string, string>>;
  ca: Readonly<Record<string, string>>;
  prefectures?: readonly string[];
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleData>> = {
  ja: () => import('./locales/ja.js'),
  'fr-CA': () => import('./locales/fr-CA.js'),
};

const loaded = new Map<Locale, LocaleData | undefined>([['en', undefined]]);
const loading = new Map<Locale, Promise<void>>();
let active: TemplateMap | undefined;

export const SHORT_ID_LENGTH = 7;
const ids = new Map<string | TemplateStringsArray, string>();

function idOf(template: string | StrResult): string {
  const strings = typeof template === 'string' ? template : template.strings;
  let id = ids.get(strings);
  if (id === undefined) ids.set(strings, (id = generateMsgId(strings, false).slice(0, SHORT_ID_LENGTH)));
  return id;
}

export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = active?.[options?.id ?? idOf(template)];
  if (localized === undefined) {
    return typeof template === 'string' ? template : joinStringsAndValues(template.strings, template.values);
  }
  if (typeof localized === 'string') return localized;
  // A translated str``: its values are the indexes of the source's values, in the translation's order.
  const { strings, values } = localized as unknown as { strings: TemplateStringsArray; values: number[] };
  return joinStringsAndValues(strings, (template as StrResult).values, values);
}) as typeof litMsg;

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Loads a language once; `ja` and `fr-CA` are separate chunks in the ES build. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (data) => void loaded.set(locale, data),
      (error: unknown) => {
        // A language chunk that cannot load leaves the widget in English rather than blank.
        console.error(`sister-city-widgets: could not load the ${locale} strings; showing English`, error);
        loaded.set(locale, undefined);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The loaded data of a language, or undefined for English or one not loaded yet. */
export function localeData(locale: Locale): LocaleData | undefined {
  return loaded.get(locale);
}

/** Runs `render` with `msg` answering in `locale` (English until that locale has loaded). */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = active;
  active = loaded.get(locale)?.templates;
  try {
    return render();
  } finally {
    active = previous;
  }
}
