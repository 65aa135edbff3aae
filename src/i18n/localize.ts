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
 * A language's strings come in tables, one per widget (scripts/message-tables.mjs): each
 * widget loads, for its language, the table it needs
 * (`WidgetStrings`, from src/generated/strings/<widget>.ts), so a page downloads its
 * widgets' strings only, never to an English page. A table holds its message ids, which
 * gzip cannot shrink, once, and its strings in the same order. The messages a widget shows
 * only in parts of it loaded later (an `import()`: a form's review step, sending, drafts on the
 * receiver) are in tables of their own (`WidgetStrings.later`), loaded together with that part's
 * code (`loadPart`, parts.ts), so the first screen downloads only the strings it shows.
 * Messages are plain strings or str`` templates, not html``.
 */
import type { msg as litMsg, StrResult } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { Locale } from './language.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** What a language brings beyond English besides the strings: its names of regions. */
export interface LocaleData {
  idOf(strings: string | TemplateStringsArray, id?: string): string;
  us: Readonly<Record<string, string>>;
  ca: Readonly<Record<string, string>>;
  prefectures?: readonly string[];
}

/** One table of a language's strings: ids (comma-separated) and the strings in the same order. */
export interface StringTable {
  ids: string;
  templates: readonly unknown[];
}

/**
 * For each language but English, loads the tables of strings one widget needs; `later`: for each
 * part of the widget loaded on demand (named by its path under src/, `forms/sending`), the tables
 * of the strings only that part shows.
 */
export type WidgetStrings = Record<Exclude<Locale, 'en'>, () => Promise<StringTable[]>> & {
  later?: Readonly<Record<string, WidgetStrings>>;
};

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleData>> = {
  ja: () => import('./locales/ja.js'),
  'fr-CA': () => import('./locales/fr-CA.js'),
};

interface Loaded {
  data: LocaleData;
  strings: Map<string, unknown>;
}
const loaded = new Map<Locale, Loaded | undefined>([['en', undefined]]);
const loading = new Map<() => Promise<unknown>, Promise<void>>();
const done = new Set<() => Promise<unknown>>();
let active: Loaded | undefined;

export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = active?.strings.get(active.data.idOf(typeof template === 'string' ? template : template.strings, options?.id));
  if (!localized) {
    return typeof template === 'string' ? template : joinStringsAndValues(template.strings, template.values);
  }
  if (typeof localized === 'string') return localized;
  // A translated str``: its values are the indexes of the source's values, in the translation's order.
  const { strings, values } = localized as unknown as { strings: TemplateStringsArray; values: number[] };
  return joinStringsAndValues(strings, (template as StrResult).values, values);
}) as typeof litMsg;

/** Runs `load` once, whoever asks; a failure is logged and leaves English. */
function once(key: () => Promise<unknown>, locale: Locale, load: () => Promise<void>): Promise<void> {
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      () => void done.add(key),
      (error: unknown) => {
        // A language chunk that cannot load leaves the widget in English rather than blank.
        console.error(`sister-city-widgets: could not load the ${locale} strings; showing English`, error);
        done.add(key);
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Whether a widget with these strings can render in `locale` (tried: loaded, or failed and left in English). */
export function isLocaleLoaded(locale: Locale, strings: WidgetStrings): boolean {
  return locale === 'en' || (done.has(loaders[locale]) && done.has(strings[locale]));
}

/** Loads a language's region names and the strings a widget needs, each once; chunks of their own in the ES build. */
export function loadLocale(locale: Locale, strings: WidgetStrings): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  const base = once(loaders[locale], locale, async () => {
    const data = await loaders[locale]();
    if (!loaded.get(locale)) loaded.set(locale, { data, strings: new Map() });
  });
  const tables = once(strings[locale], locale, async () => {
    const [list] = await Promise.all([strings[locale](), base]);
    const into = loaded.get(locale)?.strings;
    for (const { ids, templates } of list) ids.split(',').forEach((id, i) => into?.set(id, templates[i]));
  });
  return Promise.all([base, tables]).then(() => undefined);
}

/** The loaded data of a language, or undefined for English or one not loaded yet. */
export function localeData(locale: Locale): LocaleData | undefined {
  return loaded.get(locale)?.data;
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
