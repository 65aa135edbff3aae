#!/usr/bin/env node
// Where the bytes of the ES widget build go: builds it again (vite.config.ts, mode `widget`, into a
// temporary folder) and lists, for each chunk, its modules by size. A module's figure is its code
// as rendered into the chunk, minified alone by esbuild; `~gz` is its share of those bytes times
// the chunk's gzip -9 size (an estimate: gzip does not shrink every part alike). Reported, never
// asserted.
//
//   node bench/breakdown.mjs [--top N] [--all]   (--all: the language chunks too)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { build } from 'vite';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 15;
const out = mkdtempSync(join(tmpdir(), 'sc-breakdown-'));
/** A short name: the path under src/, or the package and file name. */
const label = (id) => {
  const pkg = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (pkg) return `${pkg[1]}: ${pkg[2].replace(/^(v4\/)?(mini|core|classic)?\/?/, '$2 ').replace(/^ /, '')}`;
  return id.replace(/^.*?\/src\//, 'src/');
};
const chunks = [];
try {
  await build({
    mode: 'widget',
    logLevel: 'silent',
    build: { outDir: out },
    plugins: [{
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
for (const { file, code, modules } of chunks.sort((a, b) => a.file.localeCompare(b.file))) {
  if (!process.argv.includes('--all') && /^(ja|fr-CA)-/.test(file)) continue;
  const gz = gzipSync(code, { level: 9 }).length;
  const total = modules.reduce((t, m) => t + m.bytes, 0) || 1;
  console.log(`\n${file}: ${code.length} B minified, ${gz} B gzip -9`);
  const rows = modules.sort((a, b) => b.bytes - a.bytes);
  for (const { name, bytes } of rows.slice(0, top)) console.log(`  ${name.padEnd(58)} ${String(bytes).padStart(6)} B  ~${String(Math.round((gz * bytes) / total)).padStart(5)} B gz`);
  if (rows.length > top) console.log(`  … ${rows.length - top} more: ${rows.slice(top).reduce((t, { bytes }) => t + bytes, 0)} B`);
}
