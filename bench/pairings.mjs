#!/usr/bin/env node
// `npm run bench`: how fast <sister-city-pairings> loads, searches, sorts and
// pages in Chromium, on a plain page served the way a webmaster would serve it.
//
//   node bench/pairings.mjs [--runs N] [--warmup N] [--cpu-throttle N] [--skip-10k]
//                           [--cpu-runs N] [--cpu-rates 1,4] [--cpu-only | --skip-cpu] [--compare FILE]
//
// Then (bench/pairings-cpu.mjs) the widget's main-thread CPU against a plain DOM table doing the same
// work, interleaved, at 1× and 4× CPU, on 2,000 and 10,000 rows fed by CSV and by property; with
// `--compare FILE`, also another build of the classic script (say, the commit before a change), in the same runs.
//
// Timings are measured inside the page with performance.now() and reported,
// never asserted: the script exits non-zero only when something fails to run
// (no build, no browser, the element never shows its rows, a page error…).
// See bench/README.md for what each figure means.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateCsv } from '../test/fixtures/generate.mjs';
import { cpuRoutes, runCpuComparison } from './pairings-cpu.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'classic/sister-city-pairings.js');
const RESULTS = join(ROOT, 'bench', 'results', 'pairings.json');

/** What a responsive page keeps its main-thread tasks under (ms). */
const TASK_BUDGET_MS = 200;
const TYPED = 'saint paul'; // 10 characters, typed one by one
const TYPING_DELAY_MS = 100; // between keys: a quick typist
const SHOW_MORE_CLICKS = 5;
const WAIT_MS = 60_000;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    'cpu-throttle': { type: 'string', default: '1' },
    'skip-10k': { type: 'boolean', default: false },
    'cpu-runs': { type: 'string', default: '5' },
    'cpu-warmup': { type: 'string', default: '1' },
    'cpu-rates': { type: 'string', default: '1,4' },
    'cpu-only': { type: 'boolean', default: false },
    'skip-cpu': { type: 'boolean', default: false },
    compare: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(
    'Usage: node bench/pairings.mjs [--runs N (5)] [--warmup N (1)] [--cpu-throttle N (1 = none)] [--skip-10k]\n' +
      '                              [--cpu-runs N (5)] [--cpu-warmup N (1)] [--cpu-rates 1,4] [--cpu-only | --skip-cpu]\n' +
        '                              [--compare FILE (another build of classic/sister-city-pairings.js, measured in the same CPU runs)]',
  );
  process.exit(0);
}
const usageError = (message) => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
const positiveInt = (name, min) => {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < min) usageError(`--${name} must be an integer ≥ ${min}, got ${options[name]}`);
  return n;
};
const RUNS = positiveInt('runs', 1);
const WARMUP = positiveInt('warmup', 0);
const CPU_THROTTLE = Number(options['cpu-throttle']);
if (!(CPU_THROTTLE >= 1)) usageError(`--cpu-throttle must be a number ≥ 1, got ${options['cpu-throttle']}`);
const CPU_RUNS = positiveInt('cpu-runs', 1);
const CPU_WARMUP = positiveInt('cpu-warmup', 0);
const CPU_RATES = options['cpu-rates'].split(',').map(Number);
if (!CPU_RATES.every((rate) => rate >= 1)) usageError(`--cpu-rates must be numbers ≥ 1, got ${options['cpu-rates']}`);

// The two data sets: the brief's 2,000 rows with 20 broken ones, and a
// 10,000-row file (1 % broken as well) for headroom.
const DATASETS = {
  main: { rows: 2000, bad: 20, page: '/', csv: '/pairings.csv' },
  large: { rows: 10_000, bad: 100, page: '/10000.html', csv: '/pairings-10000.csv' },
};
const expectedStatus = ({ rows, bad }) => `${(rows - bad).toLocaleString('en-US')} pairings`;

// ---------------------------------------------------------------------------
// 1. Build if needed.

async function ensureBuilt() {
  if (existsSync(BUNDLE)) return;
  console.log('dist/classic/sister-city-pairings.js is missing: building (node scripts/build.mjs)…');
  const code = await new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (status, signal) => done(signal ? 1 : status));
  });
  if (code !== 0 || !existsSync(BUNDLE)) throw new Error(`the build failed (exit code ${code})`);
}

// ---------------------------------------------------------------------------
// 2. A tiny static server.

const page = (csv) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our sister cities</title>
</head>
<body>
<h1>Our sister cities</h1>
<p>Cities, towns and prefectures linked with Japan. Search by name, or filter by state, province or prefecture.</p>
<script src="/dist/classic/sister-city-pairings.js"></script>
<sister-city-pairings src="${csv}"></sister-city-pairings>
</body>
</html>
`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };

function startServer() {
  const routes = new Map();
  // The bundle is read once, so that every run measures the same script even if dist/ is rebuilt meanwhile.
  const bundle = readFileSync(BUNDLE);
  routes.set('/dist/classic/sister-city-pairings.js', { type: TYPES['.js'], body: bundle });
  const before = options.compare ? readFileSync(resolve(options.compare)) : undefined;
  for (const [path, route] of cpuRoutes(readFileSync(join(ROOT, 'bench/floor/plain-table.mjs')), before)) routes.set(path, route);
  for (const set of Object.values(DATASETS)) {
    routes.set(set.page, { type: 'text/html; charset=utf-8', body: page(set.csv) });
    routes.set(set.csv, { type: 'text/csv; charset=utf-8', body: generateCsv(set.rows, set.bad) });
  }
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '';
    }
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed');
    const route = routes.get(path);
    if (route) return send(200, route.type, route.body);
    if (path.startsWith('/dist/')) {
      const file = resolve(DIST, '.' + path.slice('/dist'.length));
      if (!relative(DIST, file).startsWith('..') && existsSync(file) && statSync(file).isFile()) {
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
      }
    }
    if (path === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain', 'Not found');
  });
  server.bundle = { bytes: bundle.length, sha256: createHash('sha256').update(bundle).digest('hex').slice(0, 16) };
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

function stopServer(server) {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections?.();
  });
}

// ---------------------------------------------------------------------------
// 3. In the page, before anything else runs: long tasks, interactions, and the
// moment the element's first rows are in the DOM and then on screen.

function initScript() {
  const bench = (window.__bench = { longTasks: [], events: [], frames: [], firstRows: undefined, painted: undefined, loadEvent: undefined });
  const record = {
    longtask: (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }),
    // Event Timing: from an input event to the next paint after it (what INP measures).
    event: (e) => bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId }),
    // Long animation frames say which script a long task ran (Chromium only).
    'long-animation-frame': (e) =>
      bench.frames.push({
        start: e.startTime,
        duration: e.duration,
        scripts: e.scripts.map((script) => ({ invoker: script.invoker, duration: script.duration })),
      }),
  };
  const observers = [];
  for (const [type, extra] of [['longtask', {}], ['event', { durationThreshold: 16 }], ['long-animation-frame', {}]]) {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(record[type]));
      observer.observe({ type, buffered: true, ...extra });
      observers.push(observer);
    } catch {
      bench[`no-${type}`] = true;
    }
  }
  /** Takes the entries the observers have not delivered yet. */
  bench.flush = () => observers.forEach((observer) => observer.takeRecords().forEach((e) => record[e.entryType]?.(e)));
  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => {
    // rAF runs just before the frame is painted; a message posted from it runs just after.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  }));
  bench.nextFrame = nextFrame;
  const hasRows = (el) => {
    const root = el.shadowRoot;
    return root?.querySelector('[role=status]')?.textContent?.trim().endsWith('pairings') && root.querySelectorAll('tbody tr').length > 0;
  };
  // The element's `load` event does not bubble, but it crosses the document in the capture phase.
  document.addEventListener('load', async (event) => {
    const el = event.target;
    if (el?.localName !== 'sister-city-pairings' || bench.loadEvent !== undefined) return;
    bench.loadEvent = performance.now();
    await el.updateComplete;
    while (!hasRows(el)) await new Promise((done) => requestAnimationFrame(done));
    bench.firstRows = performance.now();
    bench.painted = await nextFrame();
  }, true);
}

// ---------------------------------------------------------------------------
// 4. One run: load, one keystroke, sort by year, show more ×5, type 10 characters.

async function measure(browser, baseUrl, set) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const pageErrors = [];
  let reportError;
  // Settles (rejects) on the first error the page reports, so that a broken page fails at once rather than at the timeout.
  const pageFailed = new Promise((_, fail) => (reportError = fail));
  pageFailed.catch(() => {});
  try {
    const tab = await context.newPage();
    const onError = (message) => {
      pageErrors.push(message);
      reportError(new Error(`the page reported an error: ${message}`));
    };
    tab.on('pageerror', (error) => onError(error.message));
    tab.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url } = message.location();
      onError(`console.error: ${message.text()}${url ? ` (${url.replace(baseUrl, '')})` : ''}`);
    });
    if (CPU_THROTTLE > 1) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    }
    await tab.addInitScript(initScript);
    const failIfErrors = () => {
      if (pageErrors.length) throw new Error(`the page reported errors:\n  ${pageErrors.join('\n  ')}`);
    };

    // Load: navigation start is the page's time origin (performance.now() === 0).
    const response = await tab.goto(baseUrl + set.page, { waitUntil: 'commit' });
    if (!response?.ok()) throw new Error(`GET ${set.page}: HTTP ${response?.status()}`);
    const expected = expectedStatus(set);
    const shown = tab
      .waitForFunction(
        (text) => {
          const root = document.querySelector('sister-city-pairings')?.shadowRoot;
          const status = root?.querySelector('[role=status]')?.textContent?.trim();
          return window.__bench.painted !== undefined && status === text && root.querySelectorAll('tbody tr').length > 0;
        },
        expected,
        { timeout: WAIT_MS, polling: 100 },
      )
      .catch(async (error) => {
        if (tab.isClosed()) throw error;
        failIfErrors();
        const status = await tab
          .evaluate(() => document.querySelector('sister-city-pairings')?.shadowRoot?.querySelector('[role=status]')?.textContent?.trim())
          .catch(() => undefined);
        throw new Error(`the element did not show "${expected}" (status: ${JSON.stringify(status)}): ${error.message}`);
      });
    shown.catch(() => {}); // when the page fails first, the wait is abandoned
    await Promise.race([shown, pageFailed]);

    const figures = await tab.evaluate(
      async ({ TYPED_LENGTH, SHOW_MORE_CLICKS }) => {
        const bench = window.__bench;
        const el = document.querySelector('sister-city-pairings');
        const root = el.shadowRoot;
        const rows = () => root.querySelectorAll('tbody tr').length;
        const status = () => root.querySelector('[role=status]').textContent.trim();
        const nav = performance.getEntriesByType('navigation')[0];
        const resource = (suffix) => performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname.endsWith(suffix));
        const script = resource('classic/sister-city-pairings.js');
        const csv = resource('.csv');
        const settle = async () => {
          await el.updateComplete;
          await bench.nextFrame();
        };

        const load = {
          firstRows: bench.firstRows,
          firstRowsPainted: bench.painted,
          domContentLoaded: nav?.domContentLoadedEventEnd,
          scriptLoaded: script?.responseEnd,
          csvLoaded: csv?.responseEnd,
          parsed: bench.loadEvent,
          parseAndCheck: csv ? bench.loadEvent - csv.responseEnd : undefined,
          firstRender: bench.firstRows - bench.loadEvent,
          rows: rows(),
        };
        await new Promise((done) => setTimeout(done, 300)); // let the long-task observer deliver
        bench.flush();
        const loadEnd = performance.now();
        const longestTask = (from, to) =>
          Math.max(0, ...bench.longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
        load.longestTask = longestTask(0, loadEnd);
        load.longTasks = bench.longTasks.filter((t) => t.start < loadEnd).length;
        // What ran the longest script during load (e.g. "Response.text.then": the CSV arriving).
        const scripts = bench.frames.filter((f) => f.start < loadEnd).flatMap((f) => f.scripts);
        const longest = scripts.sort((a, b) => b.duration - a.duration)[0];
        load.longestScript = longest && { invoker: longest.invoker, duration: longest.duration };

        // One keystroke: "s" typed in the empty search box.
        const search = root.querySelector('#search');
        let t0 = performance.now();
        search.value = 's';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        let t1 = performance.now();
        const afterKey = await bench.nextFrame();
        const keystroke = { update: t1 - t0, painted: afterKey - t0, status: status(), rows: rows() };
        search.value = '';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await settle();

        // Sort by year.
        const sort = root.querySelector('#sort');
        t0 = performance.now();
        sort.value = 'year';
        sort.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await el.updateComplete;
        t1 = performance.now();
        const afterSort = await bench.nextFrame();
        const firstYear = root.querySelector('tbody tr td:nth-child(3) .meta')?.textContent.trim();
        const sortYear = { update: t1 - t0, painted: afterSort - t0, firstRow: firstYear };
        sort.value = 'name';
        sort.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await settle();

        // Show more, five times (100 keyed rows each), each click rendered and painted before the next.
        const clicks = [];
        const before = rows();
        for (let i = 0; i < SHOW_MORE_CLICKS; i++) {
          const button = root.querySelector('.more button');
          if (!button) throw new Error(`no "Show more" button after ${i} clicks (${rows()} rows)`);
          const c0 = performance.now();
          button.click();
          await el.updateComplete;
          const c1 = performance.now();
          const c2 = await bench.nextFrame();
          clicks.push({ update: c1 - c0, painted: c2 - c0, rows: rows() });
        }
        const sum = (key) => clicks.reduce((total, click) => total + click[key], 0);
        const showMore = {
          update: sum('update'),
          painted: sum('painted'),
          slowestClick: Math.max(...clicks.map((click) => click.update)),
          slowestClickPainted: Math.max(...clicks.map((click) => click.painted)),
          clicks,
          rowsBefore: before,
          rowsAfter: rows(),
        };
        // Back to the first page (a new search resets it), so that typing starts from the usual state.
        search.value = 'x';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        search.value = '';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await settle();
        if (rows() !== before) throw new Error(`expected ${before} rows after clearing the search, found ${rows()}`);
        search.focus();
        await new Promise((done) => setTimeout(done, 300));
        bench.flush();
        return { load, keystroke, sortYear, showMore, typingFrom: performance.now(), typed: TYPED_LENGTH };
      },
      { TYPED_LENGTH: TYPED.length, SHOW_MORE_CLICKS },
    );

    // Ten real keystrokes, one by one, through Chromium's input pipeline.
    await tab.locator('sister-city-pairings #search').pressSequentially(TYPED, { delay: TYPING_DELAY_MS });
    const typing = await tab.evaluate(async ({ from, typed }) => {
      const bench = window.__bench;
      const el = document.querySelector('sister-city-pairings');
      await el.updateComplete;
      await bench.nextFrame();
      await new Promise((done) => setTimeout(done, 300));
      bench.flush();
      const tasks = bench.longTasks.filter((t) => t.start >= from);
      const events = bench.events.filter((e) => e.start >= from);
      const root = el.shadowRoot;
      return {
        value: root.querySelector('#search').value,
        status: root.querySelector('[role=status]').textContent.trim(),
        rows: root.querySelectorAll('tbody tr').length,
        longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
        longTasks: tasks.length,
        // Event Timing: from the key press to the next paint (what INP measures).
        slowestInteraction: bench['no-event'] ? undefined : Math.max(0, ...events.filter((e) => e.interactionId).map((e) => e.duration)),
        interactions: events.filter((e) => e.interactionId).length,
      };
    }, { from: figures.typingFrom, typed: TYPED });
    if (typing.value !== TYPED) throw new Error(`typed ${JSON.stringify(TYPED)} but the search box holds ${JSON.stringify(typing.value)}`);
    failIfErrors();
    delete figures.typingFrom;
    delete figures.typed;
    return { ...figures, typing };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// 5. Report.

/** The figures of the table: label, where it is in a run, and whether it is a task length (checked against the budget). */
const FIGURES = [
  ['Load: first rows in the DOM', 'load.firstRows'],
  ['Load: first rows painted', 'load.firstRowsPainted'],
  ['  of which CSV parse + check', 'load.parseAndCheck'],
  ['  of which first render', 'load.firstRender'],
  ['Load: longest task', 'load.longestTask', true],
  ['Search: one keystroke (update)', 'keystroke.update'],
  ['Search: one keystroke (painted)', 'keystroke.painted'],
  ['Sort by year (update)', 'sortYear.update'],
  ['Sort by year (painted)', 'sortYear.painted'],
  [`Show more ×${SHOW_MORE_CLICKS}: total (update)`, 'showMore.update'],
  [`Show more ×${SHOW_MORE_CLICKS}: total (painted)`, 'showMore.painted'],
  ['Show more: slowest click (update)', 'showMore.slowestClick'],
  ['Show more: slowest click (painted)', 'showMore.slowestClickPainted'],
  ['Typing 10 chars: longest task', 'typing.longestTask', true],
  ['Typing 10 chars: slowest interaction', 'typing.slowestInteraction', true],
];
const KEYS = FIGURES.map(([, key]) => key);

const round = (n) => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 10) / 10 : null);
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const worst = (values) => {
  const numbers = values.filter((v) => typeof v === 'number');
  return numbers.length ? Math.max(...numbers) : null;
};

function printTable(summary, large) {
  const cell = (v, width) => (v === null || v === undefined ? '—' : v.toFixed(1)).padStart(width);
  const labelWidth = Math.max(...FIGURES.map(([label]) => label.length)) + 2;
  const head = ['median', 'worst', ...(large ? ['10k rows'] : [])];
  console.log('\n' + ''.padEnd(labelWidth) + head.map((h) => h.padStart(10)).join(''));
  for (const [label, key, isTask] of FIGURES) {
    const s = summary[key];
    const over = isTask && [s.worst, large?.[key]].some((v) => v > TASK_BUDGET_MS) ? `  over ${TASK_BUDGET_MS} ms` : '';
    console.log(label.padEnd(labelWidth) + cell(s.median, 10) + cell(s.worst, 10) + (large ? cell(large[key], 10) : '') + over);
  }
  console.log(`\nAll figures in ms, measured in the page with performance.now(); load figures count from navigation start.`);
}

function verdict(summary, large, runs, largeRun) {
  const count = (set) => expectedStatus(set).replace(' pairings', '');
  const invoker = (run) => run?.load.longestScript?.invoker;
  const source = invoker(runs.find((run) => run.load.longestTask === summary['load.longestTask'].worst) ?? runs[0]);
  const lines = [
    [`loading ${count(DATASETS.main)} rows (worst of ${runs.length})`, summary['load.longestTask'].worst, source],
    [`typing 10 characters, ${count(DATASETS.main)} rows (worst of ${runs.length})`, summary['typing.longestTask'].worst],
  ];
  if (large) {
    lines.splice(1, 0, [`loading ${count(DATASETS.large)} rows`, large['load.longestTask'], invoker(largeRun)]);
    lines.push([`typing 10 characters, ${count(DATASETS.large)} rows`, large['typing.longestTask']]);
  }
  console.log(
    `\nLongest main-thread task (a responsive page keeps every task under ~${TASK_BUDGET_MS} ms; ` +
      'only tasks over 50 ms are reported, so 0 means none over 50 ms):',
  );
  const width = Math.max(...lines.map(([label]) => label.length));
  for (const [label, ms, script] of lines) {
    const ok = ms <= TASK_BUDGET_MS;
    const from = script ? ` (run by ${script})` : '';
    console.log(`  ${label.padEnd(width)}  ${ms.toFixed(0).padStart(4)} ms  ${ok ? 'responsive' : `over budget: clicks and keys wait${from}`}`);
  }
}

const pick = (run, key) => key.split('.').reduce((o, k) => o?.[k], run);

// ---------------------------------------------------------------------------

async function timings(browser, baseUrl) {
  const throttleNote = CPU_THROTTLE > 1 ? `, CPU throttled ×${CPU_THROTTLE}` : '';
  console.log(
    `Chromium ${browser.version()} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}${throttleNote}; ` +
      `${RUNS} runs of ${expectedStatus(DATASETS.main)} after ${WARMUP} warm-up run${WARMUP === 1 ? '' : 's'}, served at ${baseUrl}`,
  );

  for (let i = 0; i < WARMUP; i++) {
    await measure(browser, baseUrl, DATASETS.main);
    console.log(`warm-up ${i + 1}/${WARMUP} done`);
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await measure(browser, baseUrl, DATASETS.main);
    runs.push(run);
    console.log(
      `run ${i + 1}/${RUNS}: first rows ${run.load.firstRows.toFixed(0)} ms, keystroke ${run.keystroke.update.toFixed(0)} ms, ` +
        `sort ${run.sortYear.update.toFixed(0)} ms, show more ×${SHOW_MORE_CLICKS} ${run.showMore.update.toFixed(0)} ms ` +
        `(${run.showMore.rowsBefore} → ${run.showMore.rowsAfter} rows), longest task ${run.load.longestTask.toFixed(0)} / ${run.typing.longestTask.toFixed(0)} ms`,
    );
  }
  let largeRun;
  if (!options['skip-10k']) {
    largeRun = await measure(browser, baseUrl, DATASETS.large);
    console.log(`10k run: first rows ${largeRun.load.firstRows.toFixed(0)} ms, status "${expectedStatus(DATASETS.large)}"`);
  }

  const summary = Object.fromEntries(
    KEYS.map((key) => {
      const values = runs.map((run) => pick(run, key));
      return [key, { median: round(median(values)), worst: round(worst(values)), runs: values.map(round) }];
    }),
  );
  const large = largeRun && Object.fromEntries(KEYS.map((key) => [key, round(pick(largeRun, key))]));
  printTable(summary, large);
  verdict(summary, large, runs, largeRun);

  return { summary, large, largeRun, runs };
}

async function main() {
  await ensureBuilt();
  let server;
  let browser;
  try {
    server = await startServer();
    const { port } = server.address();
    const baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    let timing;
    if (!options['cpu-only']) timing = await timings(browser, baseUrl);
    const cpu =
      options['skip-cpu'] ? null : await runCpuComparison(browser, baseUrl, { runs: CPU_RUNS, warmup: CPU_WARMUP, rates: CPU_RATES, before: !!options.compare });
    const { summary, large, largeRun, runs } = timing ?? {};
    const roundDeep = (value) =>
      typeof value === 'number' ? round(value)
      : Array.isArray(value) ? value.map(roundDeep)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]))
      : value;
    const result = {
      date: new Date().toISOString(),
      unit: 'ms',
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model.trim(),
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        platform: `${process.platform} ${process.arch}`,
        node: process.version,
        chromium: browser.version(),
        cpuThrottle: CPU_THROTTLE,
      },
      bundle: { file: 'dist/classic/sister-city-pairings.js', ...server.bundle },
      settings: {
        runs: RUNS,
        warmup: WARMUP,
        typed: TYPED,
        typingDelayMs: TYPING_DELAY_MS,
        showMoreClicks: SHOW_MORE_CLICKS,
        taskBudgetMs: TASK_BUDGET_MS,
        datasets: DATASETS,
      },
      summary,
      large: largeRun ? { figures: large, run: roundDeep(largeRun) } : null,
      runs: runs ? roundDeep(runs) : null,
      floor: cpu,
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nWrote ${relative(process.cwd(), RESULTS) || RESULTS}`);
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
