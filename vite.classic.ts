/**
 * The plugins only the classic scripts use (vite.config.ts, mode `iife`): one file per widget, with
 * every language (dist/classic/sister-city-<widget>.js) or with one (…<widget>.<lang>.js).
 */
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { translateInPlace } from './vite.translate.js';

export const LANGUAGES = ['en', 'ja', 'fr-CA'] as const;

/**
 * The classic directory script leaves out the stories reader that `stories-src` opens in place
 * (src/pairings/stories-link.ts imports it on demand; a classic build would inline all of it): a
 * classic page that wants stories opened in place pastes classic/sister-city-stories.js too.
 */
export const classicWithoutReader = (widget: string): Plugin => ({
  name: 'classic-without-reader',
  enforce: 'pre',
  resolveId(id, importer) {
    if (widget === 'pairings' && id === '../stories/define.js' && importer?.endsWith('/stories-link.ts')) return '\0no-reader';
    return undefined;
  },
  load(id) {
    return id === '\0no-reader' ? 'export {};' : undefined;
  },
});

/**
 * For the classic scripts, which carry every module in one file anyway: turns each dynamic
 * `import('./x.js')` of our modules (a language's strings and region names, the forms' sending
 * code) into a static import, `Promise.resolve(namespace)`. Inlined as dynamic imports, each would
 * be wrapped in lazily run module code, which costs bytes and gains nothing in a file already loaded.
 */
export const staticDynamicImports = (): Plugin => ({
  name: 'static-dynamic-imports',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return undefined;
    const imports: string[] = [];
    const body = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, _quote: string, path: string) => {
      imports.push(`import * as __static${imports.length} from '${path}';`);
      return `Promise.resolve(__static${imports.length - 1})`;
    });
    return imports.length ? `${imports.join('\n')}\n${body}` : undefined;
  },
});

/**
 * A classic script in one language (`lang`): the other languages' strings and region names
 * (src/i18n/locales/<lang>.ts, src/generated/locales/<lang>/…) are left out, and the widget speaks
 * `lang` whatever the page's `lang` says. Where the page (or an ancestor) says another language, the
 * element gets `lang="<lang>"` itself, so that assistive technology reads its text in the language it
 * is written in (WCAG 3.1.2). The messages are in the code, in that language (vite.translate.ts for
 * ja and fr-CA; English is the source's): no string tables, no ids, no lookup (src/i18n/localize-fixed.ts
 * in place of localize.ts, with the language's region names).
 */
export const oneLanguage = (lang: (typeof LANGUAGES)[number]): Plugin[] => {
  const others = LANGUAGES.filter((other) => other !== lang && other !== 'en');
  const left = new RegExp(`(^|/)locales/(${others.join('|')})(/[\\w-]+)?\\.js$`);
  const source = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));
  const plugin: Plugin = {
    name: 'one-language',
    enforce: 'pre',
    resolveId(id, importer) {
      if (others.length && left.test(id)) return '\0other-language';
      if (!importer?.includes('/src/') || importer.endsWith('/localize-fixed.ts')) return undefined;
      if (/(^|\/)generated\/strings\/[\w-]+\.js$/.test(id)) return '\0no-strings';
      if (/(^|\/)i18n\/localize\.js$|^\.\/localize\.js$/.test(id)) return '\0localize';
      return undefined;
    },
    load(id) {
      if (id === '\0no-strings') return 'export const strings = {};';
      if (id === '\0other-language') return 'export {};';
      if (id !== '\0localize') return undefined;
      if (lang === 'en') return `export * from ${source('src/i18n/localize-fixed.ts')};`;
      return `export { msg, str, isLocaleLoaded, loadLocale, inLocale } from ${source('src/i18n/localize-fixed.ts')};
import { us, ca, prefectures } from ${source(`src/i18n/locales/${lang}.ts`)};
const data = { us, ca, prefectures };
export const localeData = () => data;`;
    },
    transform(code, id) {
      if (!id.endsWith('/src/i18n/language.ts')) return undefined;
      const renamed = code.replace('export function resolveLanguage(', 'function pageLanguage(');
      if (renamed === code) throw new Error('one-language: src/i18n/language.ts has no resolveLanguage() to replace');
      return `${renamed}
export function resolveLanguage(element) {
  if (pageLanguage(element) !== ${JSON.stringify(lang)}) element.setAttribute('lang', ${JSON.stringify(lang)});
  return ${JSON.stringify(lang)};
}`;
    },
  };
  return lang === 'en' ? [plugin] : [plugin, translateInPlace(lang)];
};

/**
 * terser over the minified file, its top-level names mangled too: a classic script
 * is one whole program, where this finds what one pass of the bundler's minifier leaves (inlined
 * constants, merged declarations). 0.3–0.5 KiB of gzip less for each script (the story form in English:
 * 35.0 -> 34.6). terser keeps the `/*!` licence banner.
 */
export const minifyAgain = (): Plugin => ({
  name: 'minify-again',
  apply: 'build',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunk.code = (await minify(chunk.code, { ecma: 2020, mangle: { toplevel: true } })).code!;
    }
  },
});
