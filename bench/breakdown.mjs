#!/usr/bin/env node
// Where the bytes of the ES widget build go: builds it again (vite.config.ts, mode `widget`, into a
// temporary folder) and lists, for each chunk, its modules by size. A module's figure is its code
// as rendered into the chunk, minified alone by esbuild; `~gz` is its share of those bytes times
// the chunk's gzip -9 size (an estimate: gzip does not shrink every part alike). Reported, never
// asserted.
//
//   node bench/breakdown.mjs [--top N] [--all]   (--all: the language chunks too)
//   node bench/breakdown.mjs --classic [widget…] [--top N] [--language en|ja|fr-CA]
//     the classic scripts instead (mode `iife`, one build per widget; all five unless named), each
//     module's share grouped too: Lit, zod, strings (generated tables), regions, the widget's own, …;
//     with --language, the one-language file (dist/classic/sister-city-<widget>.<lang>.js).
//   node bench/breakdown.mjs --classic --options [widget…]
//     what each classic script, with every language and in each language alone, would weigh without
//     drafts on the receiver (the remote drafts and the story form's invitation, which an ES page loads
//     only where the endpoint offers them): an option for the owner, not built by `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { build } from 'vite';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 15;
const classic = args.includes('--classic');
const WIDGETS = ['pairings', 'story-form', 'request-form', 'stories', 'requests'];
const named = args.filter((arg, i) => WIDGETS.includes(arg) && args[i - 1] !== '--top' && args[i - 1] !== '--language');
/** A short name: the path under src/, or the package and file name. */
const label = (id) => {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (pkg) return `${pkg[1]}: ${pkg[2].replace(/^(v4\/)?(mini|core|classic)?\/?/, '$2 ').replace(/^ /, '')}`;
  // A language's tables merged into one by the classic build (vite.classic.ts, noLaterParts).
  const merged = id.match(/^\0merged-table:.*?\/src\/(generated\/locales\/[\w-]+\/):(.*)$/);
  if (merged) return `src/${merged[1]}${merged[2].split(',')[0]}${merged[2].includes(',') ? ` + ${merged[2].split(',').length - 1} later tables` : ''}`;
  return id.replace(/^.*?\/src\//, 'src/');
};
/** The group a module belongs to in the classic breakdown. */
const group = (name) => {
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element):/.test(name)) return 'Lit';
  if (/^@lit\/localize:/.test(name)) return 'lit-localize';
  if (/^zod:/.test(name)) return 'zod';
  if (/^src\/generated\/locales\//.test(name)) return `strings ${name.split('/')[3]}`;
  if (/^src\/generated\//.test(name)) return 'strings (table loaders)';
  if (/^src\/regions\/data-(ja|fr)/.test(name)) return `region names ${name.includes('-ja') ? 'ja' : 'fr-CA'}`;
  if (/^src\/(regions|i18n|base|theme)\//.test(name)) return 'runtime (regions, i18n, base, theme)';
  if (/^src\/schema\//.test(name)) return 'schema';
  if (/^src\/forms\//.test(name)) return 'form engine';
  return name.startsWith('src/') ? `own: ${name.split('/')[1]}` : 'other';
};

/** Resolves the modules whose id matches `pattern` to an empty module (what a variant leaves out). */
const leaveOut = (pattern) => ({
  name: 'leave-out',
  enforce: 'pre',
  resolveId: (id) => (pattern.test(id) ? `\0left-out:${id}` : undefined),
  load: (id) => (id.startsWith('\0left-out:') ? 'export {};' : undefined),
});
const REMOTE_DRAFTS = /\/(remote-draft-controller|invite)\.js$/;
const OPTIONS = {
  'as built': [],
  'without drafts on the receiver': [REMOTE_DRAFTS],
};
const language = args.includes('--language') ? args[args.indexOf('--language') + 1] : undefined;
if (language) process.env.CLASSIC_LANGUAGE = language;

/** Builds `mode` into a temporary folder and returns its chunks with their modules' minified sizes. */
async function chunksOf(mode, extraPlugins = []) {
  const chunks = [];
  const out = mkdtempSync(join(tmpdir(), 'sc-breakdown-'));
  try {
    await build({
      mode,
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
      plugins: [...extraPlugins, {
        name: 'breakdown',
        enforce: 'post',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const modules = Object.entries(chunk.modules).map(([id, { code }]) => {
              let bytes = 0;
              try {
                bytes = code ? transformSync(code, { minify: true, loader: 'js', format: 'esm' }).code.length : 0;
              } catch {
                bytes = code?.length ?? 0;
              }
              return { name: label(id), bytes };
            });
            chunks.push({ file: chunk.fileName, code: chunk.code, modules });
          }
        },
      }],
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return chunks;
}

const row = (name, bytes, gz) => `  ${name.padEnd(58)} ${String(bytes).padStart(6)} B  ~${String(gz).padStart(5)} B gz`;
/** Prints a chunk's modules (the top N), and with `grouped` the sum of each group. */
function print({ file, code, modules }, grouped = false) {
  const gz = gzipSync(code, { level: 9 }).length;
  const total = modules.reduce((t, m) => t + m.bytes, 0) || 1;
  const share = (bytes) => Math.round((gz * bytes) / total);
  console.log(`\n${file}: ${code.length} B minified, ${gz} B gzip -9`);
  if (grouped) {
    const groups = new Map();
    for (const { name, bytes } of modules) groups.set(group(name), (groups.get(group(name)) ?? 0) + bytes);
    console.log(' by group:');
    for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(row(name, bytes, share(bytes)));
    console.log(' by module:');
  }
  const rows = modules.sort((a, b) => b.bytes - a.bytes);
  for (const { name, bytes } of rows.slice(0, top)) console.log(row(name, bytes, share(bytes)));
  if (rows.length > top) console.log(`  … ${rows.length - top} more: ${rows.slice(top).reduce((t, { bytes }) => t + bytes, 0)} B`);
}

if (classic && args.includes('--options')) {
  for (const widget of named.length ? named : WIDGETS) {
    process.env.CLASSIC_WIDGET = widget;
    console.log(`\nclassic ${widget}:`);
    for (const lang of ['', 'en', 'ja', 'fr-CA']) {
      process.env.CLASSIC_LANGUAGE = lang;
      for (const [name, patterns] of Object.entries(OPTIONS)) {
        const [{ code }] = await chunksOf('iife', patterns.map(leaveOut));
        console.log(`  ${`${lang || 'every language'}, ${name}`.padEnd(56)} ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(2).padStart(6)} KiB`);
      }
    }
  }
} else if (classic) {
  for (const widget of named.length ? named : WIDGETS) {
    process.env.CLASSIC_WIDGET = widget;
    for (const chunk of await chunksOf('iife')) print(chunk, true);
  }
} else {
  for (const chunk of (await chunksOf('widget')).sort((a, b) => a.file.localeCompare(b.file))) {
    if (!args.includes('--all') && /^(ja|fr-CA)-/.test(chunk.file)) continue;
    print(chunk);
  }
}
