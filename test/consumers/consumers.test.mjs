// The package as a developer gets it: `npm pack`, the tarball installed into the
// fixture apps beside this file (plain Vite + TypeScript, React 19, Vue 3, Svelte 5),
// each type-checked with skipLibCheck off, built for production by Vite and opened in
// Chromium; esbuild and webpack 5 bundle each entry too. A widget must be defined, take
// a property and fire an event in the tree-shaken build, and importing one widget must
// not bring in the others. The apps use the generated framework typings
// (sister-city-widgets/react, /vue, /svelte).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const exec = promisify(execFile);
const fixtures = import.meta.dirname;
const root = join(fixtures, '../..');
const work = mkdtempSync(join(tmpdir(), 'sister-city-consumers-'));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = [];
let browser;

const run = async (command, args, options = {}) => {
  try {
    return await exec(command, args, { maxBuffer: 32 * 1024 * 1024, ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`);
  }
};
const bin = (name) => join(work, 'node_modules/.bin', name);

before(async () => {
  cpSync(fixtures, work, { recursive: true, filter: (src) => !/node_modules|\/dist|\.tgz$/.test(relative(fixtures, src)) });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(stdout);
  console.log(`# tarball: ${kib(size)} packed, ${kib(unpackedSize)} unpacked, ${entryCount} files`);
  renameSync(join(work, filename), join(work, 'sister-city-widgets.tgz'));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: work });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  if (sizes.length) {
    console.log('# JavaScript a page downloads for the widget (gzip), added to the same app built without it:');
    for (const { app, added, total } of sizes) console.log(`#   ${app.padEnd(26)} +${kib(added).padStart(9)}  (page total ${kib(total)})`);
  }
});

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());

const viteBuild = (app, env = {}) =>
  run(process.execPath, [join(work, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: join(work, app), env: { ...process.env, ...env } });

/** Serves a built app on 127.0.0.1 and opens it; resolves with the page and the JS files the page requested. */
async function open(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  const errors = [];
  const scripts = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const close = async () => {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  };
  return { page, errors, scripts, close };
}

const gzipOf = (dir, paths) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(dir, path)), { level: 9 }).length, 0);

/**
 * Builds the app with and without the widgets, opens it, runs `check` on the page and
 * records the gzip size of the scripts the page loaded minus the app's own.
 */
async function buildAndOpen(name, check) {
  const [app, entry] = name.split('/');
  await viteBuild(app, { ENTRY: entry, OUT_DIR: 'dist-without', WITHOUT_WIDGETS: '1' });
  await viteBuild(app, { ENTRY: entry, OUT_DIR: `dist-${entry ?? 'app'}` });
  const dist = join(work, app, `dist-${entry ?? 'app'}`);
  const without = join(work, app, 'dist-without');
  const baseline = gzipOf(without, filesUnder(without).filter((path) => path.endsWith('.js')).map((path) => relative(without, path)));
  const opened = await open(dist);
  try {
    await check(opened.page, dist);
    assert.deepEqual(opened.errors, [], 'no errors on the page');
    const total = gzipOf(dist, opened.scripts);
    sizes.push({ app: name, added: total - baseline, total });
  } finally {
    await opened.close();
  }
}

/** What a reader sees once <sister-city-pairings> got the two pairings by property and the app heard `load`. */
async function expectPairingsShown(page) {
  await page.getByText('Loaded 2 pairings').waitFor();
  assert.ok(await page.evaluate(() => document.querySelector('sister-city-pairings') instanceof customElements.get('sister-city-pairings')), 'upgraded');
  await page.getByRole('row', { name: /Saint Paul/ }).waitFor();
  await page.getByRole('row', { name: /Seattle/ }).waitFor();
}

/** The pairing list alone must not bring the forms along. */
function expectOnlyPairings(dist) {
  const code = filesUnder(dist).filter((path) => path.endsWith('.js')).map((path) => readFileSync(path, 'utf8')).join('\n');
  assert.match(code, /sister-city-pairings/);
  assert.doesNotMatch(code, /sister-city-story-form|sister-city-request-form|Idempotency-Key/, 'the forms are not bundled');
}

/**
 * The app's own type-check, with skipLibCheck off: the package's types and the generated
 * typings must hold, and each app's type-tests file (mistakes marked @ts-expect-error or
 * @vue-expect-error) proves they are not `any`.
 */
const typeCheck = {
  vanilla: () => run(bin('tsc'), ['-p', 'vanilla'], { cwd: work }),
  react: () => run(bin('tsc'), ['-p', 'react'], { cwd: work }),
  vue: () => run(bin('vue-tsc'), ['-p', 'vue'], { cwd: work }),
  svelte: () => run(bin('svelte-check'), ['--workspace', 'svelte', '--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: work }),
};

for (const [app, check] of Object.entries(typeCheck)) {
  test(`${app}: type-checks against the package's types and its generated ${app === 'vanilla' ? 'HTMLElementTagNameMap' : app} typings`, async () => {
    await check();
  });
}

const defined = (page, tags) => page.evaluate((names) => names.map((name) => Boolean(customElements.get(name))), tags);

test('plain Vite + TS: `sister-city-widgets/pairings` defines the list in a production build', async () => {
  await buildAndOpen('vanilla/pairings', async (page, dist) => {
    await expectPairingsShown(page);
    expectOnlyPairings(dist);
  });
});

for (const [entry, tag] of [['story-form', 'sister-city-story-form'], ['request-form', 'sister-city-request-form']]) {
  test(`plain Vite + TS: \`sister-city-widgets/${entry}\` defines <${tag}> alone`, async () => {
    await buildAndOpen(`vanilla/${entry}`, async (page) => {
      await page.getByText('Ready', { exact: true }).waitFor();
      await page.locator(tag).getByRole('button', { name: /^(Send the story|Continue)$/ }).waitFor();
      assert.deepEqual(await defined(page, [tag, 'sister-city-pairings']), [true, false]);
    });
  });
}

for (const [entry, tag, shown, data] of [['stories', 'sister-city-stories', 'Loaded 1 stories', 'Saint Paul'], ['requests', 'sister-city-requests', 'Loaded 1 requests', '飯田市']]) {
  test(`plain Vite + TS: \`sister-city-widgets/${entry}\` defines <${tag}> alone, which shows its data`, async () => {
    await buildAndOpen(`vanilla/${entry}`, async (page) => {
      await page.getByText(shown, { exact: true }).waitFor();
      await page.locator(tag).getByText(data).first().waitFor();
      assert.deepEqual(await defined(page, [tag, 'sister-city-pairings', 'sister-city-story-form']), [true, false, false]);
    });
  });
}

test('plain Vite + TS: the root entry defines all five elements', async () => {
  await buildAndOpen('vanilla/all', async (page) => {
    await page.getByText('Loaded 2 pairings').waitFor();
    const all = ['sister-city-pairings', 'sister-city-story-form', 'sister-city-request-form', 'sister-city-stories', 'sister-city-requests'];
    assert.deepEqual(await defined(page, all), all.map(() => true));
  });
});

test('plain Vite + TS: the `cdn` entry registers the widget the page has, and only that one', async () => {
  await buildAndOpen('vanilla/cdn', async (page) => {
    // The other widgets are lazy chunks of the build, never requested by this page.
    await expectPairingsShown(page);
    assert.deepEqual(await defined(page, ['sister-city-story-form', 'sister-city-request-form']), [false, false]);
  });
});

for (const [app, name] of [['react', 'React 19'], ['vue', 'Vue 3'], ['svelte', 'Svelte 5']]) {
  test(`${name}: the list gets its pairings as a property and the app hears \`load\``, async () => {
    await buildAndOpen(app, async (page, dist) => {
      await expectPairingsShown(page);
      expectOnlyPairings(dist);
    });
  });
}

test('esbuild: each widget entry keeps its registration when bundled and minified', async () => {
  const { build } = await import('esbuild');
  for (const [entry, tag] of [['pairings', 'sister-city-pairings'], ['story-form', 'sister-city-story-form'], ['request-form', 'sister-city-request-form'], ['stories', 'sister-city-stories'], ['requests', 'sister-city-requests']]) {
    const { outputFiles } = await build({
      stdin: { contents: `import 'sister-city-widgets/${entry}';`, resolveDir: work, loader: 'js' },
      bundle: true, minify: true, format: 'esm', write: false, splitting: false, logLevel: 'silent',
    });
    const code = outputFiles[0].text;
    assert.match(code, new RegExp(`"${tag}"`), `${entry}: the tag is registered`);
    assert.ok(code.length > 20_000, `${entry}: the widget's code is kept (${code.length} bytes)`);
  }
});

test('webpack 5: each widget entry keeps its registration in a production build', async () => {
  const { default: webpack } = await import(pathToFileURL(join(work, 'node_modules/webpack/lib/index.js')).href);
  for (const [entry, tag] of [['pairings', 'sister-city-pairings'], ['story-form', 'sister-city-story-form'], ['request-form', 'sister-city-request-form'], ['stories', 'sister-city-stories'], ['requests', 'sister-city-requests']]) {
    const source = join(work, `webpack-${entry}.js`);
    writeFileSync(source, `import 'sister-city-widgets/${entry}';\n`);
    const stats = await new Promise((resolve, reject) =>
      webpack({ mode: 'production', context: work, entry: source, output: { path: join(work, 'webpack-dist'), filename: `${entry}.js` } }, (error, result) =>
        error ? reject(error) : result.hasErrors() ? reject(new Error(result.toString('errors-only'))) : resolve(result),
      ),
    );
    assert.ok(stats);
    const code = readFileSync(join(work, 'webpack-dist', `${entry}.js`), 'utf8');
    assert.match(code, new RegExp(`"${tag}"`), `${entry}: the tag is registered`);
    assert.ok(code.length > 20_000, `${entry}: the widget's code is kept (${code.length} bytes)`);
  }
});
