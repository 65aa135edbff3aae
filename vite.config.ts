/**
 * Three builds, chosen by `--mode` (scripts/build.mjs runs them all):
 * - `cdn`: dist/sister-city-widgets.js, a self-contained ES module (Lit, zod and
 *   the localisation runtime inside) that loads each widget, and the ja and fr-CA
 *   strings, from chunks beside it only when a page needs them.
 * - `iife`: dist/sister-city-widgets.iife.js, one classic script with every language.
 * - `npm`: dist/npm/, one ES entry per widget for bundlers, with Lit, zod and
 *   @lit/localize left as dependencies.
 * Without a build mode (`vite` / `npm run storybook`), it is the dev config.
 */
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

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

const banner = '/*! sister-city-widgets | MIT */';

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
            schema: 'src/schema/index.ts',
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'iife') {
    return {
      plugins: [minifyCssTemplates(), collapseTemplateIndentation()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: 'src/index.ts',
          formats: ['iife'],
          name: 'SisterCityWidgets',
          fileName: () => 'sister-city-widgets.iife.js',
        },
        rolldownOptions: { output: { banner, codeSplitting: false } },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [minifyCssTemplates(), collapseTemplateIndentation()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: true,
        manifest: true,
        lib: {
          entry: 'src/autoload.ts',
          formats: ['es'],
          fileName: () => 'sister-city-widgets.js',
        },
        rolldownOptions: {
          output: {
            banner,
            minify: true,
            // chunks/pairings-….js, chunks/story-form-….js, chunks/ja-….js … and chunks/shared-….js
            chunkFileNames: ({ facadeModuleId }) =>
              `chunks/${facadeModuleId?.match(/src\/([\w-]+)\/define\.ts$/)?.[1] ?? facadeModuleId?.match(/locales\/([\w-]+)\.ts$/)?.[1] ?? 'shared'}-[hash].js`,
          },
        },
      },
    };
  }
  return {};
});
