#!/usr/bin/env node
// Writes dist/THIRD-PARTY-LICENSES.txt: the licence of every package whose code the shipped bundles
// carry (the package's runtime dependencies and theirs: Lit and its parts, @lit/localize, zod). The
// minified files keep no licence comments, and Lit's BSD-3-Clause asks that a distribution in binary
// form reproduce its notice in the materials that come with it. Run by scripts/build.mjs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const manifest = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** The runtime dependencies of the package, and theirs, by name (sorted). */
export function bundledPackages(root = '.') {
  const seen = new Map();
  const visit = (name) => {
    if (seen.has(name)) return;
    const dir = join(root, 'node_modules', name);
    const pkg = manifest(dir);
    seen.set(name, { dir, pkg });
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency);
  };
  for (const name of Object.keys(manifest(root).dependencies ?? {})) visit(name);
  return [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([name, entry]) => ({ name, ...entry }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sections = bundledPackages().map(({ name, dir, pkg }) => {
    const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
    if (!pkg.license) throw new Error(`${name}: no licence in ${dir}/package.json`);
    // A package without a licence file (a type package, a server-only shim) is named with its licence's id.
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${pkg.license} (the package has no licence file; see https://spdx.org/licenses/${pkg.license}.html)`;
    return `${name} ${pkg.version} (${pkg.license})\n${'-'.repeat(72)}\n${text}\n`;
  });
  const head = 'sister-city-widgets is MIT-licensed (LICENSE). Its bundles in dist/ also carry code from its runtime dependencies and theirs, listed below with their licences (a type package or a server-only shim among them carries no code into the browser bundles).\n';
  if (!existsSync('dist')) throw new Error('dist/ is missing: run the build');
  writeFileSync('dist/THIRD-PARTY-LICENSES.txt', [head, ...sections].join(`\n${'='.repeat(72)}\n\n`));
  console.log(`wrote dist/THIRD-PARTY-LICENSES.txt (${sections.length} packages)`);
}
