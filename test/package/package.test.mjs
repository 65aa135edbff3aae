// The published package: what the tarball holds, and what publint and
// @arethetypeswrong/cli (ESM profile: Node 16+ ESM and bundlers) say about its exports.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { bundledPackages } from '../../scripts/third-party-licenses.mjs';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url);
const bin = (name) => new URL(`node_modules/.bin/${name}`, root).pathname;

test('the tarball holds what consumers need and nothing else', async () => {
  const { stdout } = await exec('npm', ['pack', '--dry-run', '--json'], { cwd: root });
  const [{ files, size }] = JSON.parse(stdout);
  const paths = files.map((file) => file.path);
  for (const needed of ['LICENSE', 'README.md', 'custom-elements.json', 'dist/npm/pairings.js', 'dist/types/frameworks/react.d.ts', 'dist/schema/story.schema.json', 'dist/openapi.json', 'dist/web-types.json', 'dist/sister-city-widgets.js']) {
    assert.ok(paths.includes(needed), `${needed} is packed`);
  }
  // Each widget's classic script with every language, and in each language alone (README, "Add it to a page").
  for (const widget of ['pairings', 'story-form', 'request-form', 'stories', 'requests']) {
    for (const suffix of ['', '.en', '.ja', '.fr-CA']) assert.ok(paths.includes(`dist/classic/sister-city-${widget}${suffix}.js`), `classic ${widget}${suffix} is packed`);
  }
  assert.deepEqual(paths.filter((path) => /^(src|xliff|test|server|dist\/server)\//.test(path)), [], 'no sources, catalogues, tests or receiver');
  // The bundles carry Lit, @lit/localize and zod without their licence comments: their licences ship beside them.
  assert.ok(paths.includes('dist/THIRD-PARTY-LICENSES.txt'), 'the bundled packages\' licences are packed');
  const licences = readFileSync(new URL('dist/THIRD-PARTY-LICENSES.txt', root), 'utf8');
  const bundled = bundledPackages(new URL('.', root).pathname);
  assert.deepEqual(bundled.filter(({ name, pkg }) => !licences.includes(`${name} ${pkg.version} (`)).map(({ name }) => name), [], 'each bundled package has its licence');
  for (const name of ['lit-html', '@lit/reactive-element', 'zod']) assert.ok(bundled.some((p) => p.name === name), `${name} is among the bundled packages`);
  assert.match(licences, /Copyright \(c\) 2017 Google LLC|Copyright 2017 Google LLC/i);
  console.log(`# tarball: ${size} bytes, ${paths.length} files`);
});

test('publint finds nothing to fix', async () => {
  const { stdout } = await exec(bin('publint'), ['--strict'], { cwd: root });
  assert.match(stdout, /All good!/);
});

test('arethetypeswrong finds no problem for ESM consumers (Node 16+ ESM, bundlers)', async () => {
  // Exits non-zero on a problem; the CommonJS and node10 resolutions are out of the profile (the package is ESM only).
  await exec(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
});

test('the JSON Schemas and the OpenAPI document are exported', async () => {
  const script = `
    const story = await import('sister-city-widgets/schema/story.schema.json', { with: { type: 'json' } });
    const openapi = await import('sister-city-widgets/openapi.json', { with: { type: 'json' } });
    console.log(JSON.stringify([story.default.type, typeof openapi.default.openapi]));`;
  const { stdout } = await exec(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], { cwd: root });
  assert.deepEqual(JSON.parse(stdout), ['object', 'string']);
});
