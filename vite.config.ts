/**
 * Three builds, chosen by `--mode` (scripts/build.mjs runs them all):
 * - `cdn`: dist/sister-city-widgets.js, the ES module for script tags, which loads
 * - `widget`: dist/widgets/<widget>.js, each widget's own code, only when a page has that
 *   widget; it imports the chunks it shares with the others (runtime-*.js: Lit, the
 *   localisation runtime, the base element, theme tokens; zod; forms-*.js: the form engine),
 *   which a page downloads once however many widgets it has; a form's schema, checking and
 *   sending code are chunks it loads on first focus; the ja and fr-CA strings are chunks beside
 *   them, one per widget, loaded only in those languages and for those widgets.
 * - `iife`: dist/classic/sister-city-<widget>.js, one classic script per widget with
 *   every language inside (for a CMS that only takes classic scripts), and
 *   dist/classic/sister-city-<widget>.<lang>.js, the same in one language (en, ja, fr-CA),
 *   which speaks that language whatever the page's `lang` (vite.classic.ts).
 * - `npm`: dist/npm/, one ES entry per widget for bundlers, with Lit, zod and
 *   @lit/localize left as dependencies.
 * - `admin`: dist/admin/, the staff pages (src/admin/), served by the receiver at /admin; not part of
 *   the widget bundles nor of the size budgets.
 * Without a build mode (`vite` / `npm run storybook`), it is the dev config.
 */
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { classicWithoutReader, LANGUAGES, minifyAgain, noLaterParts, oneLanguage, staticDynamicImports } from './vite.classic.js';

/** Minifies the CSS inside Lit's css`` templates (ours have no ${} interpolations). */
const minifyCssTemplates = (): Plugin => ({
  name: 'minify-css-templates',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
    return code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => {
      const minified = transformSync(body, { loader: 'css', minify: true }).code.trim();
      return `css\`${minified.replace(/\\/g, '\\\\')}\``;
    });
  },
});

/**
 * Drops the `desc` of msg() options: notes for translators, read by `lit-localize
 * extract` from the source and useless in the browser.
 */
const stripMessageDescriptions = (): Plugin => ({
  name: 'strip-message-descriptions',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return undefined;
    // Either quote: Vite's TypeScript transform, which runs before this plugin, writes strings in double
    // quotes (with single quotes only, nothing was dropped). Options holding only a `desc` go altogether.
    const desc = String.raw`desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
    return code.replace(new RegExp(String.raw`,\s*\{\s*${desc}\s*,?\s*\}`, 'g'), '').replace(new RegExp(String.raw`\b${desc},?`, 'g'), '');
  },
});

/**
 * After minification the only line breaks left are inside template literals
 * (Lit's html`` and css``), where the indentation after them is noise: an
 * HTML or CSS line break followed by spaces means the same as one line break.
 */
const collapseTemplateIndentation = (): Plugin => ({
  name: 'collapse-template-indentation',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n');
    }
  },
});

/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment) on the files that run before a
 * form's first frame (`eager` picks them): each of their functions is compiled while the file downloads,
 * off the main thread, instead of on the main thread at its first call (issue 17: 4–8 ms of the
 * main-thread CPU of a form's start-up). Chunks loaded later keep compiling lazily.
 */
const compileHints = (eager: (chunk: { facadeModuleId: string | null; moduleIds: readonly string[] }) => boolean): Plugin => ({
  name: 'compile-hints',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && eager(chunk)) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    }
  },
});
const FORM_ENTRY = /[\\/]src[\\/](story|request)-form[\\/]define\.ts$/;

/**
 * Names the shared chunks of the widget build by what they hold (rolldown would name them after
 * one of their modules): `runtime` (Lit and what every widget shares), `forms` (the form engine),
 * and the language chunks: `<lang>-regions` (region names, message ids) and `<lang>-<widget>`, the
 * strings of a widget (scripts/message-tables.mjs).
 */
function chunkName(facadeModuleId: string | null, moduleIds: readonly string[]): string | undefined {
  const table = facadeModuleId?.match(/generated\/locales\/([\w-]+)\/(\w[\w-]*)\.ts$/);
  if (table) return `${table[1]}-${table[2]}`;
  const locale = facadeModuleId?.match(/i18n\/locales\/([\w-]+)\.ts$/)?.[1];
  if (locale) return `${locale}-regions`;
  if (moduleIds.some((id) => id.endsWith('/src/forms/sister-city-form.ts'))) return 'forms';
  if (moduleIds.some((id) => id.includes('/lit-html/'))) return 'runtime';
  return undefined;
}

/** Lit, the language machinery, the base element, theme tokens and the zod-free tables every widget shows. */
const RUNTIME = new RegExp(
  [
    String.raw`node_modules[\\/](lit[\\/]index|lit-html[\\/](lit-html|directive|is-server)|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/][\w-]+|@lit[\\/]localize[\\/]internal[\\/]str-tag)\.js$`,
    String.raw`[\\/]src[\\/](base[\\/]sister-city-element|theme[\\/]tokens|i18n[\\/](localize|language|format)|regions[\\/](data|names)|schema[\\/](dates|levels|pairing-types))\.ts$`,
  ].join('|'),
);

/**
 * The form engine (its static imports come with it) and what both forms' own modules import beside it: their
 * styles, the fields both ask for, reading numbers (the request form's first screen, and checking later).
 */
const FORMS = /[\\/]src[\\/]forms[\\/](sister-city-form|forms\.styles|common-fields|number)\.ts$/;

const banner = '/*! sister-city-widgets | MIT */';
/**
 * No `/* @__PURE__ *\/` annotations nor JSDoc in the shipped files: they help a bundler that reads
 * the file again, which a script tag's file never meets (the npm build keeps them). About 20 bytes of
 * gzip per chunk that has any.
 */
const comments = { annotation: false, jsdoc: false };
const WIDGETS = ['pairings', 'story-form', 'request-form', 'stories', 'requests'];

export default defineConfig(({ mode }) => {
  if (mode === 'npm') {
    return {
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        minify: false,
        sourcemap: true,
        lib: {
          entry: {
            index: 'src/index.ts',
            pairings: 'src/pairings/define.ts',
            'story-form': 'src/story-form/define.ts',
            'request-form': 'src/request-form/define.ts',
            stories: 'src/stories/define.ts',
            requests: 'src/requests/define.ts',
            schema: 'src/schema/index.ts',
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
          // One file per source module: each `define.ts` stays its own file, listed in
          // package.json's `sideEffects`, so a bundler keeps the registration in a
          // tree-shaken production build (a shared chunk holding it would be dropped),
          // and an app importing one widget gets only that widget's modules.
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'admin') {
    return {
      plugins: [minifyCssTemplates(), stripMessageDescriptions()],
      build: {
        outDir: 'dist/admin',
        emptyOutDir: true,
        minify: true,
        lib: { entry: 'src/admin/define.ts', formats: ['es'], fileName: () => 'admin.js' },
        rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'iife') {
    // One classic script per widget (scripts/build.mjs runs this for each, naming it in CLASSIC_WIDGET),
    // with every language, or with the one CLASSIC_LANGUAGE names (vite.classic.ts).
    const widget = process.env.CLASSIC_WIDGET ?? 'pairings';
    const lang = LANGUAGES.find((name) => name === process.env.CLASSIC_LANGUAGE);
    return {
      plugins: [
        minifyCssTemplates(),
        stripMessageDescriptions(),
        collapseTemplateIndentation(),
        classicWithoutReader(widget),
        noLaterParts(),
        staticDynamicImports(),
        minifyAgain(),
        ...(lang ? oneLanguage(lang) : []),
        // After terser (minifyAgain), which would drop the hint's comment.
        compileHints(() => widget.endsWith('-form')),
      ],
      build: {
        outDir: 'dist/classic',
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: `src/${widget}/define.ts`,
          formats: ['iife'],
          name: `SisterCityWidgets.${widget.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`,
          fileName: () => `sister-city-${widget}${lang ? `.${lang}` : ''}.js`,
        },
        // terser (minifyAgain) takes seconds by design: no "slow plugin" notes in every build's log.
        // No Symbol.toStringTag on the `SisterCityWidgets.<widget>` object (nothing reads it): 0.02 KiB a file.
        rolldownOptions: { checks: { bundlerTimings: false }, output: { banner, comments, codeSplitting: false, generatedCode: { symbols: false } } },
      },
    };
  }
  if (mode === 'cdn') {
    // The entry alone: it loads dist/widgets/<widget>.js when the page has that widget.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: true,
        lib: { entry: 'src/autoload.ts', formats: ['es'], fileName: () => 'sister-city-widgets.js' },
        rolldownOptions: { external: [/^\.\/widgets\//], output: { banner, comments, minify: true } },
      },
    };
  }
  if (mode === 'widget') {
    // The three widgets in one build, so that what they share is shared: the code every widget
    // needs (Lit, zod, the language machinery, the base element, theme tokens) lands in one
    // runtime chunk a page downloads once, the form engine both forms use in one forms chunk, and
    // each widget's own code in widgets/<widget>.js. The ja and fr-CA strings are chunks beside
    // them, loaded only by pages in those languages. Everything stays inside our modules (no
    // global), so a host's own Lit never meets this copy.
    return {
      plugins: [
        minifyCssTemplates(),
        stripMessageDescriptions(),
        collapseTemplateIndentation(),
        // The forms' own chunks, the form engine, and the runtime (Lit, the language machinery, the base element).
        compileHints(
          ({ facadeModuleId, moduleIds }) =>
            FORM_ENTRY.test(facadeModuleId ?? '') || chunkName(facadeModuleId, moduleIds) === 'forms' || moduleIds.some((id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id)),
        ),
      ],
      build: {
        outDir: 'dist/widgets',
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: Object.fromEntries(WIDGETS.map((widget) => [widget, `src/${widget}/define.ts`])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          // A widget's entry may export more than its define.ts: what only it and its own lazy
          // chunks share (a form's limits, read by its fields and its schema) then stays in the
          // entry instead of a chunk of its own (one request fewer, about 0.1 KiB less per form).
          // Nothing but the loader and these chunks imports the entries.
          preserveEntrySignatures: 'allow-extension',
          output: {
            banner,
            comments,
            minify: true,
            chunkFileNames: ({ facadeModuleId, moduleIds, name }) => `${chunkName(facadeModuleId, moduleIds) ?? name}-[hash].js`,
            codeSplitting: {
              groups: [
                // zod and the schema parts the widgets share: the directory checks rows with it on
                // load; a form loads it (with its own schema) on first focus.
                // What every widget's first screen needs, in one file: without this group, the modules
                // that the widgets' lazily loaded schemas also import would be chunks of their own.
                { name: 'runtime', test: RUNTIME },
                // The form engine (sister-city-form.ts and every module it imports statically) with the small
                // modules that a form's first screen and the parts it loads later share (paths and checks,
                // number reading): without this group they are files of their own, each one more request and
                // one more main-thread task before a form's first frame (issue 17).
                { name: 'forms', test: FORMS },
              ],
            },
          },
        },
      },
    };
  }
  return {};
});
