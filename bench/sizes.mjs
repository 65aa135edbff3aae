#!/usr/bin/env node
// `npm run bench` (first part): what a page really downloads for each widget, read from a Chromium
// page load rather than from the dist folder.
//
//   node bench/sizes.mjs [--json]
//
// Pages, each a fresh browser context (an empty cache: a first visit), served from dist/ on 127.0.0.1:
// - the ES build, as "Add it to a page" in the README pastes it
//   (<script type="module" src="sister-city-widgets.js"> and the element): each widget the loader
//   knows alone in en, ja and fr-CA, and all of them on one English page;
// - each classic script alone: with every language (one English page each), and each one-language
//   file (sister-city-<widget>.<lang>.js) on a page in its language.
// The figure is the sum, over every script the page fetched (every response under /dist/), of the
// response body compressed with gzip -9, as a CDN serving pre-compressed files would send it. The
// server sends the files uncompressed; the body is the one Chromium received (Playwright's
// response.body()). The page itself and the pairings and stories data are not counted. Then the first field of
// each widget is focused, as a visitor starting to fill a form would: what that loads (a form's
// schema and zod) is reported beside, not in the figure.
// Reported, never asserted: the script exits non-zero only when a page fails to render its widget
// in its language, logs an error or fails a request. Writes bench/results/sizes.json (git-ignored).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateCsv } from '../test/fixtures/generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench', 'results', 'sizes.json');
/** The widgets the ES loader knows (each `import("./widgets/<widget>.js")` in it). */
const WIDGETS = [...readFileSync(join(DIST, 'sister-city-widgets.js'), 'utf8').matchAll(/\bimport\(\s*["'`]\.\/widgets\/([\w-]+)\.js["'`]\s*\)/g)].map((match) => match[1]);
const LANGS = ['en', 'ja', 'fr-CA'];
const KiB = 1024;

if (!existsSync(join(DIST, 'sister-city-widgets.js'))) {
  console.error('bench/sizes: dist/ is missing; run `npm run build` first');
  process.exit(1);
}


/** Attributes a widget needs to show its first screen here; a widget without a line gets none. */
const ATTRIBUTES = {
  pairings: 'src="/data/pairings.csv"',
  'story-form': 'endpoint="/submit"',
  'request-form': 'endpoint="/submit"',
  stories: 'src="/data/stories.json"',
};
const element = (widget) => `<sister-city-${widget} ${ATTRIBUTES[widget] ?? ''}></sister-city-${widget}>`;

const html = (lang, script, widgets) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sister cities</title>
${script}
</head>
<body>
<h1>Sister cities</h1>
${widgets.map(element).join('\n')}
</body>
</html>
`;

const esScript = '<script type="module" src="/dist/sister-city-widgets.js"></script>';
/** A classic script: with every language, or in `lang` alone (`sister-city-<widget>.<lang>.js`). */
const classicScript = (widget, lang) => `<script src="/dist/classic/sister-city-${widget}${lang ? `.${lang}` : ''}.js"></script>`;

/** Every page measured: a name, its path, its language and its widgets. */
const PAGES = [
  ...WIDGETS.flatMap((widget) => LANGS.map((lang) => ({ name: `ES ${widget} ${lang}`, kind: 'es', widgets: [widget], lang }))),
  { name: `ES all ${WIDGETS.length} en`, kind: 'es', widgets: WIDGETS, lang: 'en' },
  ...WIDGETS.map((widget) => ({ name: `classic ${widget}`, kind: 'classic', widgets: [widget], lang: 'en' })),
  ...WIDGETS.flatMap((widget) => LANGS.map((lang) => ({ name: `classic ${widget}.${lang}`, kind: 'classic', widgets: [widget], lang, one: true }))),
].map((page, i) => ({
  ...page,
  path: `/page-${i}.html`,
  body: html(page.lang, page.kind === 'es' ? esScript : classicScript(page.widgets[0], page.one && page.lang), page.widgets),
}));

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function startServer() {
  const csv = generateCsv(20, 0);
  // The test feed's stories the reader can show (its fourth is broken on purpose); their photos are served too.
  const fixtures = join(ROOT, 'test', 'fixtures');
  const feed = JSON.parse(readFileSync(join(fixtures, 'stories.json'), 'utf8'));
  const stories = JSON.stringify({ stories: feed.stories.slice(0, 3) });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    const page = PAGES.find((p) => p.path === path);
    if (page) return send(200, 'text/html; charset=utf-8', page.body);
    if (path === '/data/pairings.csv') return send(200, 'text/csv; charset=utf-8', csv);
    if (path === '/data/stories.json') return send(200, 'application/json', stories);
    const photo = path.match(/^\/test\/fixtures\/files\/(photo\.(png|jpg))$/);
    if (photo) return send(200, photo[2] === 'png' ? 'image/png' : 'image/jpeg', readFileSync(join(fixtures, 'files', photo[1])));
    if (path === '/submit') return send(405, 'text/plain', 'not here');
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    const file = normalize(join(ROOT, path));
    if (path.startsWith('/dist/') && file.startsWith(DIST) && existsSync(file)) {
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Loads one page in a fresh context; resolves with the scripts it fetched and their gzip -9 sizes. */
async function measure(browser, origin, page) {
  const context = await browser.newContext({ locale: 'en-US' });
  const tab = await context.newPage();
  const problems = [];
  const fetched = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
  let inFlight = 0;
  let lastRequest = Date.now();
  tab.on('request', () => {
    inFlight++;
    lastRequest = Date.now();
  });
  tab.on('requestfinished', () => inFlight--);
  tab.on('requestfailed', (request) => {
    inFlight--;
    problems.push(`request failed: ${request.url()}`);
  });
  tab.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400) problems.push(`${response.status()} for ${path}`);
    if (path.startsWith('/dist/')) fetched.push(response.body().then((body) => ({ path: path.slice('/dist/'.length), raw: body.length, gzip: gzipSync(body, { level: 9 }).length })));
  });
  await tab.goto(origin + page.path);
  // Rendered, in the page's language: every widget's shadow root has text, and Japanese or French
  // pages show Japanese or French words (so that the language chunk is in the figure).
  const wanted = { en: '[A-Za-z]', ja: '[\\u3040-\\u30ff]', 'fr-CA': '[éèêàç]' }[page.lang];
  await tab.waitForFunction(
    ({ tags, wanted }) => tags.every((tag) => new RegExp(wanted).test(document.querySelector(tag)?.shadowRoot?.textContent ?? '')),
    { tags: page.widgets.map((widget) => `sister-city-${widget}`), wanted },
    { timeout: 30_000 },
  );
  await tab.waitForLoadState('networkidle');
  const files = await Promise.all(fetched.splice(0));
  // Then a visitor starts: the first field of each widget takes focus.
  for (const tag of page.widgets) {
    await tab.locator(`sister-city-${tag}`).locator('input, select, textarea').first().focus();
  }
  // (networkidle was reached before: wait until nothing is in flight and nothing starts for 500 ms.)
  for (let quiet = 0; quiet < 5; ) {
    await tab.waitForTimeout(100);
    quiet = inFlight === 0 && Date.now() - lastRequest > 500 ? quiet + 1 : 0;
  }
  const later = await Promise.all(fetched);
  await context.close();
  if (problems.length) throw new Error(`${page.name}: ${problems.join('; ')}`);
  const sorted = (list) => list.sort((a, b) => a.path.localeCompare(b.path));
  return { files: sorted(files), later: sorted(later) };
}

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const results = [];
try {
  for (const page of PAGES) {
    const { files, later } = await measure(browser, origin, page);
    const sum = (list) => list.reduce((t, f) => t + f.gzip, 0);
    results.push({ name: page.name, kind: page.kind, lang: page.lang, widgets: page.widgets, gzip: sum(files), files, onFocus: sum(later), later });
  }
} finally {
  await browser.close();
  server.close();
}

const kib = (bytes) => (bytes / KiB).toFixed(2);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log('What a first visit downloads (scripts only, each gzip -9, KiB):\n');
  console.log(`${'page'.padEnd(28)} ${'KiB'.padStart(7)}  ${'then, on first focus'.padEnd(22)} files`);
  for (const { name, gzip, files, onFocus, later } of results) {
    const focus = onFocus ? `+${kib(onFocus)} (${later.map((f) => f.path.replace(/^widgets\//, '')).join(', ')})` : '';
    console.log(`${name.padEnd(28)} ${kib(gzip).padStart(7)}  ${focus.padEnd(22)} ${files.map((f) => f.path).join(', ')}`);
  }
  const en = Object.fromEntries(results.filter((r) => r.kind === 'es' && r.lang === 'en' && r.widgets.length === 1).map((r) => [r.widgets[0], r.gzip]));
  const all = results.find((r) => r.widgets.length === WIDGETS.length).gzip;
  console.log(`\nall ${WIDGETS.length} on one page: ${kib(all)} KiB, i.e. the largest one-widget page + ${kib(all - Math.max(...Object.values(en)))} KiB for the others`);
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
