#!/usr/bin/env node
// `npm run build`: strings from xliff/, the bundles, types, the custom-elements manifest, the
// framework typings and editor data generated from it, themes, the bundled packages' licences.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'vite';

const run = (bin, args) => execFileSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('lit-localize', ['build']);
execFileSync('node', ['scripts/message-tables.mjs'], { stdio: 'inherit' });
for (const mode of ['cdn', 'npm']) {
  await build({ mode, logLevel: 'warn' });
}
await build({ mode: 'widget', logLevel: 'warn' }); // the three widgets at once, sharing chunks
// The classic scripts: each widget with every language, and in each language alone (vite.classic.ts).
for (const widget of ['pairings', 'story-form', 'request-form', 'stories', 'requests']) {
  process.env.CLASSIC_WIDGET = widget;
  for (const language of ['', 'en', 'ja', 'fr-CA']) {
    process.env.CLASSIC_LANGUAGE = language;
    await build({ mode: 'iife', logLevel: 'warn' });
  }
}
delete process.env.CLASSIC_LANGUAGE;
await build({ mode: 'admin', logLevel: 'warn' }); // the staff pages, served at /admin
run('tsc', ['-p', 'tsconfig.build.json']);
rmSync('dist/types/admin', { recursive: true, force: true }); // the staff pages are no public API
execFileSync('node', ['scripts/json-schema.mjs'], { stdio: 'inherit' });
execFileSync('node', ['scripts/build-server.mjs'], { stdio: 'inherit' });
run('cem', ['analyze', '--quiet']); // settings and plugin in custom-elements-manifest.config.mjs
execFileSync('node', ['scripts/framework-types.mjs'], { stdio: 'inherit' });
mkdirSync('dist/themes', { recursive: true });
cpSync('src/theme/presets', 'dist/themes', { recursive: true });
execFileSync('node', ['scripts/third-party-licenses.mjs'], { stdio: 'inherit' });
console.log('built dist/');
