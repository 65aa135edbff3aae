/**
 * What every fixture app's vite.config.mjs shares. With `WITHOUT_WIDGETS=1` the
 * package resolves to an empty module: the same app built without the widgets, so
 * the test can report how many bytes importing a widget adds.
 */
import { fileURLToPath } from 'node:url';

export const base = (root, plugins = []) => ({
  root,
  base: './',
  logLevel: 'warn',
  plugins,
  resolve: process.env.WITHOUT_WIDGETS
    ? { alias: [{ find: /^sister-city-widgets(\/.*)?$/, replacement: fileURLToPath(new URL('./empty.js', import.meta.url)) }] }
    : {},
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true },
});
