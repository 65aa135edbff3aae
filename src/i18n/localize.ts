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
 * A language's strings are an array in the order of one list of message ids
 * (lit-localize's hashes cut to ID_LENGTH characters; scripts/message-tables.mjs
 * writes both and refuses a collision), so the ids, which gzip cannot shrink, are
 * shipped once for every language, and never to an English page.
 * Messages are plain strings or str`` templates, not html``.
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { Locale } from './language.js';

export { str } from '@lit/localize';

/** What a language brings beyond English: its strings and its names of regions. */
export interface LocaleData {
  /** The strings, in the order of `ids`; '' where a string is not translated. */
  templates: readonly unknown[];
  /** Every message id, comma-separated. */
  ids: string;
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
let active: readonly unknown[] | undefined;
/** Position of each message id in the tables (every language has the same list). */
let positions: Map<string, number> | undefined;

export const ID_LENGTH = 6;
const ids = new Map<string | TemplateStringsArray, string>();

function idOf(template: string | StrResult): string {
  const strings = typeof template === 'string' ? template : template.strings;
  let id = ids.get(strings);
  if (id === undefined) ids.set(strings, (id = generateMsgId(strings, false).slice(1, 1 + ID_LENGTH)));
  return id;
}

export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = active?.[positions!.get(options?.id ?? idOf(template)) ?? -1];
  if (!localized) {
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
      (data) => {
        positions ??= new Map(data.ids.split(',').map((id, i) => [id, i]));
        loaded.set(locale, data);
      },
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
