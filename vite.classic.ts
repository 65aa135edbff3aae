/**
 * The plugins only the classic scripts use (vite.config.ts, mode `iife`): one file per widget, with
 * every language (dist/classic/sister-city-<widget>.js) or with one (…<widget>.<lang>.js).
 */
import { existsSync, readFileSync } from 'node:fs';
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
 * The names a module of ours exports (its TypeScript source, `export` statements only), or undefined when
 * it has exports this does not read (`export *`, `export default`, destructuring).
 */
function exportedNames(file: string): string[] | undefined {
  const code = readFileSync(file, 'utf8');
  if (/^export (\*|default\b|(const|let|var) [[{])/m.test(code)) return undefined;
  const names = [...code.matchAll(/^export (?:declare )?(?:async )?(?:function\*?|const|let|var|class|abstract class) (\w+)/gm)].map((m) => m[1]);
  for (const [, list] of code.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const item of list.split(',').map((part) => part.trim()).filter(Boolean)) {
      if (!item.startsWith('type ')) names.push(item.split(/\s+as\s+/).pop()!);
    }
  }
  return names;
}

/**
 * For the classic scripts, which carry every module in one file anyway: turns each dynamic
 * `import('./x.js')` of our modules (a language's strings and region names, the forms' sending
 * code) into static imports, `Promise.resolve({ …its exports })`. Inlined as dynamic imports, each would
 * be wrapped in lazily run module code, which costs bytes and gains nothing in a file already loaded;
 * an object of the exports rather than `import * as` spares the bundler's namespace objects (getters
 * and their helper, about 0.1 KiB of gzip per form).
 */
export const staticDynamicImports = (): Plugin => ({
  name: 'static-dynamic-imports',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('import(')) return undefined;
    const pattern = /\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g;
    // The modules another plugin stands in for (`\0…`: classicWithoutReader's) keep `import * as`.
    const resolved = new Map<string, string | undefined>();
    for (const [, , path] of code.matchAll(pattern)) resolved.set(path, (await this.resolve(path, id))?.id);
    const imports: string[] = [];
    const body = code.replace(pattern, (_, _quote: string, path: string) => {
      const n = imports.length;
      const source = resolved.get(path);
      const names = source?.endsWith('.ts') && existsSync(source) ? exportedNames(source) : undefined;
      if (!names) {
        imports.push(`import * as __static${n} from '${path}';`);
        return `Promise.resolve(__static${n})`;
      }
      imports.push(`import { ${names.map((name) => `${name} as __static${n}_${name}`).join(', ')} } from '${path}';`);
      return `Promise.resolve({ ${names.map((name) => `${name}: __static${n}_${name}`).join(', ')} })`;
    });
    return imports.length ? `${imports.join('\n')}\n${body}` : undefined;
  },
});

/**
 * For the classic scripts, which carry every part of a widget: no part is loaded on demand, so
 * src/i18n/parts.ts's `loadPart` loads the part alone (nothing to wait for but its code) and no string
 * table loads with it. With every language, the tables of a widget's later parts (`<widget>-later-<part>`,
 * scripts/message-tables.mjs) are merged into the widget's own table in each language: one table of ids
 * and strings per language, loaded with the widget, without `later` loaders. In one language
 * (`oneLanguage`) there are no tables at all.
 */
/** One table of the tables `\0merged-table:<dir>:<a,b,…>` names: their ids and strings, each id once. */
function mergedTable(id: string, parse: (code: string) => unknown): string {
  const [dir, names] = id.slice('\0merged-table:'.length).split(/:(?=[^:]*$)/);
  const ids: string[] = [];
  const rows: string[] = [];
  for (const name of names.split(',')) {
    const code = readFileSync(`${dir}${name}.ts`, 'utf8');
    const found = code.match(/^export const ids = '([^']*)';$/m);
    const program = parse(code) as { body: { type: string; declaration?: { declarations: { id: { name: string }; init: { elements: { start: number; end: number }[] } }[] } }[] };
    const templates = program.body
      .flatMap((node) => (node.type === 'ExportNamedDeclaration' ? (node.declaration?.declarations ?? []) : []))
      .find((declaration) => declaration.id.name === 'templates');
    if (!found || !templates) throw new Error(`no-later-parts: ${dir}${name}.ts is not a table of scripts/message-tables.mjs`);
    found[1].split(',').forEach((messageId, i) => {
      if (ids.includes(messageId)) return;
      ids.push(messageId);
      const element = templates.init.elements[i];
      rows.push(code.slice(element.start, element.end));
    });
  }
  const usesStr = rows.some((row) => row.startsWith('str`'));
  return `${usesStr ? "import { str } from '@lit/localize/internal/str-tag.js';\n" : ''}export const ids = '${ids.join(',')}';\nexport const templates = [\n${rows.join(',\n')},\n];\n`;
}

export const noLaterParts = (): Plugin => {
  const tables = /\/src\/generated\/strings\/[\w-]+\.ts$/;
  return {
    name: 'no-later-parts',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id.startsWith('\0merged-table:')) return id;
      if (importer?.includes('/src/') && /(^|\/)i18n\/parts\.js$|^\.\/parts\.js$/.test(id)) return '\0parts';
      return undefined;
    },
    load(id) {
      if (id.startsWith('\0merged-table:')) return mergedTable(id, this.parse.bind(this));
      if (id !== '\0parts') return undefined;
      return `export const loadPart = (_locale, _strings, _name, _parts, load) => load();
export const partsLoaded = () => true;
export const loadParts = () => Promise.resolve();`;
    },
    transform(code, id) {
      if (!tables.test(id) || id.endsWith('/all.ts')) return undefined;
      const byLang = new Map<string, string[]>();
      for (const [, lang, table] of code.matchAll(/import\('\.\.\/locales\/([\w-]+)\/([\w-]+)\.js'\)/g)) {
        const list = byLang.get(lang) ?? [];
        if (!list.includes(table)) list.push(table);
        byLang.set(lang, list);
      }
      const langs = [...byLang.keys()];
      const dir = new URL('src/generated/locales/', import.meta.url);
      return (
        langs.map((lang, i) => `import * as table${i} from '\0merged-table:${fileURLToPath(new URL(`${lang}/`, dir))}:${byLang.get(lang)!.join(',')}';`).join('\n') +
        `\nexport const strings = {${langs.map((lang, i) => `${JSON.stringify(lang)}: () => Promise.resolve([table${i}])`).join(',')}};\n`
      );
    },
  };
};

/**
 * A classic script in one language (`lang`): the other languages' strings and region names
 * (src/i18n/locales/<lang>.ts, src/generated/locales/<lang>/…) are left out, and the widget speaks
 * `lang` whatever the page's `lang` says. Where the page (or an ancestor) says another language, the
 * element gets `lang="<lang>"` itself, so that assistive technology reads its text in the language it
 * is written in (WCAG 3.1.2). The messages are in the code, in that language, as plain strings
 * (vite.translate.ts: no msg() calls; English is the source's): no string tables, no ids, no lookup
 * (src/i18n/localize-fixed.ts in place of localize.ts, with the language's region names).
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
  return [plugin, translateInPlace(lang)];
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
