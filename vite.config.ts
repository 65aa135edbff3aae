/**
 * Three builds, chosen by `--mode` (scripts/build.mjs runs them all):
 * - `cdn`: dist/sister-city-widgets.js, a self-contained ES module (Lit, zod and
 *   the localisation runtime inside); ja and fr-CA strings are chunks beside it,
 *   fetched only by pages that need them.
 * - `iife`: dist/sister-city-widgets.iife.js, one classic script with every language.
 * - `npm`: dist/npm/, one ES entry per widget for bundlers, with Lit, zod and
 *   @lit/localize left as dependencies.
 * Without a build mode (`vite` / `npm run storybook`), it is the dev config.
 */
import { defineConfig } from 'vite';

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
          entry: { index: 'src/index.ts', pairings: 'src/pairings/define.ts' },
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
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: 'src/index.ts',
          formats: ['es'],
          fileName: () => 'sister-city-widgets.js',
        },
        rolldownOptions: {
          output: { banner, minify: true, chunkFileNames: 'locales/[name]-[hash].js' },
        },
      },
    };
  }
  return {};
});
