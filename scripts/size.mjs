#!/usr/bin/env node
// `npm run size`: min+gzip size of every file in dist/, and the three budgets.
// With --check (as `npm test` runs it) it exits 1 when a budget is exceeded.
//
// Budgets (bytes of gzip -9 of the minified files):
// - English page, ES build: dist/sister-city-widgets.js with dist/widgets/<widget>.js
//   and what it imports statically (the ja and fr-CA chunks load only on pages in
//   those languages); the largest of the widgets ≤ 30 KiB;
// - the classic script with every language, dist/classic/sister-city-<widget>.js (one per widget,
//   since a page pastes the one for its widget; the largest) ≤ 45 KiB;
// - the pairings entry for bundlers: what a production bundler adds for
//   `import 'sister-city-widgets/pairings'`, i.e. dist/npm/pairings.js and the package modules it
//   imports bundled into one minified file (Lit, zod and @lit/localize are the app's own
//   dependencies there, so left out) ≤ 15 KiB. The npm build ships one file per module so that
//   bundlers can tree-shake; summing each small file's gzip would count gzip's overhead per file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync, transformSync } from 'esbuild';

const KiB = 1024;
// The CDN files are built minified and measured as shipped; the npm build is shipped readable, so
// it is minified here first (re-minifying the CDN files would only change their bytes, not shrink them).
const gz = (file) => {
  const code = readFileSync(file, 'utf8');
  const minified = file.includes('/npm/') ? transformSync(code, { minify: true, loader: 'js' }).code : code;
  return gzipSync(minified, { level: 9 }).length;
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The file and every relative module it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(join(dirname(entry), match[1]), seen);
  }
  return seen;
}

const sum = (list) => [...list].reduce((total, file) => total + gz(file), 0);
const kib = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;

const all = files('dist').filter((file) => /\.(js|css)$/.test(file) && !file.includes('/types/'));
console.log('min+gzip size of each file in dist/:');
for (const file of all.sort()) console.log(`  ${relative('dist', file).padEnd(44)} ${String(gz(file)).padStart(7)} B`);

/** Per widget: the entry and dist/widgets/<widget>.js with what it imports statically (the language chunks load only on pages in those languages). */
function pages() {
  return readdirSync('dist/widgets')
    .filter((name) => /^[\w-]+\.js$/.test(name) && !/-(ja|fr-CA|strings)-/.test(name))
    .map((name) => [name.replace(/\.js$/, ''), sum(staticClosure(join('dist/widgets', name), new Set(['dist/sister-city-widgets.js'])))]);
}

/** An entry and the package modules it imports as one production bundle would carry them, min+gzip. */
function bundled(entry) {
  // Split as a bundler would, so that the language tables (imported on demand) stay out of the
  // English page; then count the entry's chunk and the chunks it imports statically.
  const { outputFiles, metafile } = buildSync({
    entryPoints: [entry], bundle: true, splitting: true, outdir: 'size-out', minify: true, format: 'esm', write: false,
    metafile: true, external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'],
  });
  const byPath = new Map(outputFiles.map((file) => [relative('.', file.path), file.contents]));
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { path: next, kind } of metafile.outputs[path].imports) if (kind === 'import-statement' && byPath.has(next)) visit(next);
  };
  visit(Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint === entry));
  return [...seen].reduce((total, path) => total + gzipSync(byPath.get(path), { level: 9 }).length, 0);
}

const widgetPages = pages();
console.log('\nwhat an English page downloads from the ES build, by the widget it uses:');
for (const [widget, bytes] of widgetPages) console.log(`  ${widget.padEnd(44)} ${String(bytes).padStart(7)} B`);

const budgets = [
  ['English page, ES build (largest widget page)', Math.max(...widgetPages.map(([, bytes]) => bytes)), 30 * KiB],
  ['Classic script, every language (largest widget)', Math.max(...files('dist/classic').map(gz)), 45 * KiB],
  ['Pairings entry for bundlers (+ its package modules)', bundled('dist/npm/pairings.js'), 15 * KiB],
];
let over = false;
console.log('\nbudgets:');
for (const [name, bytes, limit] of budgets) {
  const ok = bytes <= limit;
  over ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(52)} ${kib(bytes).padStart(10)} of ${kib(limit)}`);
}
if (process.argv.includes('--check') && over) {
  console.error('\nA size budget is exceeded.');
  process.exit(1);
}
