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
 * (see message-position.ts), so the ids, which gzip cannot shrink, are shipped
 * once for every language, and never to an English page.
 * Messages are plain strings or str`` templates, not html``.
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { Locale } from './language.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** What a language brings beyond English: its strings and its names of regions. */
export interface LocaleData {
  /** The strings, in the order of the message ids; '' where a string is not translated. */
  templates: readonly unknown[];
  positionOf(strings: string | TemplateStringsArray, id?: string): number | undefined;
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
let active: LocaleData | undefined;

export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = active?.templates[active.positionOf(typeof template === 'string' ? template : template.strings, options?.id) ?? -1];
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
  active = loaded.get(locale);
  try {
    return render();
  } finally {
    active = previous;
  }
}
