#!/usr/bin/env node
// `npm run bench` (third part): how much main-thread CPU the two forms cost before their first
// field is on screen, against the same first screen as static HTML (the floor).
//
//   node bench/forms-startup.mjs [--rounds N (7)] [--rates 1,4] [--forms story-form,request-form] [--base DIR]
//
// Each load is a fresh browser context (an empty cache: a first visit), traced by Chromium. Per form
// and CPU rate, each round loads, in an order that rotates every round:
// - floor: the form's first screen as static HTML: the markup and CSS the element shows in the
//   measured frame (a long form renders its first screen's sections first, the rest in later
//   tasks), in a declarative shadow root (<template shadowrootmode="open">), no script at all;
// - es: the ES loader as the README pastes it (<script type="module" src="sister-city-widgets.js">
//   and the element);
// - classic: the classic script (<script src="classic/sister-city-….js"> and the element).
// With --base DIR (another build's dist/, for example a copy made before a change), also that build's
// ES loader and classic script (es-base, classic-base) in the same rounds, against the floor of its
// own first frame (floor-base, measured too only when its first frame differs from this build's).
// Figures, per load, from navigation start to the end of the first frame that shows the first field
// (the end of the task that ran that frame's animation-frame callbacks, style, layout and paint):
// - cpu: main-thread CPU time (thread time of the renderer's main-thread tasks, from the trace);
// - tasks: the same tasks' wall time (Performance panel "Main" track);
// - first field: wall time until that frame;
// - long tasks: PerformanceObserver('longtask') entries before that frame, and the longest.
// After that window, not counted above: the wall time until the element has rendered every section
// (its submit button, after the last section, is in the shadow root), and the long tasks from the
// frame until then.
// Reported, never asserted: exits non-zero only when something fails to run. Writes
// bench/results/forms-startup.json (git-ignored). See bench/README.md.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench', 'results', 'forms-startup.json');
const BUILD_VARIANTS = ['floor', 'es', 'classic'];
const WAIT_MS = 30_000;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    rates: { type: 'string', default: '1,4' },
    forms: { type: 'string', default: 'story-form,request-form' },
    base: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('Usage: node bench/forms-startup.mjs [--rounds N (7)] [--rates 1,4] [--forms story-form,request-form] [--base DIR]');
  process.exit(0);
}
const ROUNDS = Number(options.rounds);
const RATES = options.rates.split(',').map(Number);
const FORMS = options.forms.split(',');
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || RATES.some((r) => !(r >= 1)) || FORMS.some((f) => !['story-form', 'request-form'].includes(f))) {
  console.error('bench/forms-startup: bad arguments (see --help)');
  process.exit(2);
}
if (!existsSync(join(DIST, 'sister-city-widgets.js'))) {
  console.error('bench/forms-startup: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
/** The builds measured: dist/, and the one --base names (served under /base/dist/). */
const BUILDS = [{ suffix: '', dir: DIST, prefix: '' }];
if (options.base) {
  if (!existsSync(join(options.base, 'sister-city-widgets.js'))) {
    console.error(`bench/forms-startup: ${options.base} holds no sister-city-widgets.js (--base names a build's dist/ folder)`);
    process.exit(2);
  }
  BUILDS.push({ suffix: '-base', dir: options.base, prefix: '/base' });
}
/** Each build's variants, in the order of the table; a build's floor is `floor` + its suffix. */
let VARIANTS = BUILDS.flatMap(({ suffix }) => BUILD_VARIANTS.map((v) => v + suffix));
const floorOf = (variant) => (variant.endsWith('-base') && VARIANTS.includes('floor-base') ? 'floor-base' : 'floor');

// ---------------------------------------------------------------------------
// Pages, and a server that sends dist/ as it was when the bench started.

const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
${head}
</head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>
`;
const TITLES = { 'story-form': 'Share your sister-city story', 'request-form': 'Find a partner city' };
const tag = (form) => `sister-city-${form}`;
const element = (form, inner = '') => `<${tag(form)} endpoint="/submit">${inner}</${tag(form)}>`;

/** Every file under a build's dist/ that a page may fetch, read once, by its path on the server. */
function readDist(root, prefix) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!['server', 'admin', 'types'].includes(name)) walk(file);
      } else if (extname(name) === '.js') files.set(`${prefix}/dist/` + relative(root, file).split('\\').join('/'), readFileSync(file));
    }
  };
  walk(root);
  return files;
}

function startServer(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    const [status, type, body] =
      route ? [200, path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8', route]
      : path === '/favicon.ico' ? [204, 'image/x-icon', '']
      : [404, 'text/plain', 'not found'];
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---------------------------------------------------------------------------
// In every page, before anything else: long tasks, and the first frame that shows a form field.

function initScript([tagName, capture]) {
  const bench = (window.__bench = { longTasks: [] });
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({
      type: 'longtask',
      buffered: true,
    });
  } catch {
    bench.noLongTasks = true;
  }
  // Watched without polling (a requestAnimationFrame loop would make frames the page itself does not
  // ask for): mutations of the document and of every shadow root the page attaches. Once the field is
  // in the DOM, the next requestAnimationFrame callback runs in the frame that paints it, and a
  // message posted from there runs just after that frame.
  const selector = 'input:not([tabindex="-1"]), select, textarea';
  let found = false;
  const check = () => {
    const root = document.querySelector(tagName)?.shadowRoot;
    // The whole form is there once its submit button is (it comes after the last section).
    if (found && root?.querySelector('button[type="submit"]')) {
      bench.complete = performance.now();
      observer.disconnect();
    }
    if (found || !root?.querySelector(selector)) return;
    found = true;
    check();
    requestAnimationFrame(() => {
      // For the floor (never in a measured load): the shadow root as this frame paints it.
      if (capture) bench.firstFrame = document.querySelector(tagName).shadowRoot.innerHTML;
      bench.inFrame = performance.now();
      performance.mark('bench:field-in-frame');
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
        performance.mark('bench:painted');
        // Told through the console: a Playwright wait would inject its own script into the measured window.
        console.debug('bench:painted');
      };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!found) observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * The element's first screen as static HTML: its shadow root's markup as painted in the frame that
 * ends the measurement (the first sections: a form renders the rest in later tasks), and its CSS,
 * without Lit's comment markers.
 */
async function snapshot(browser, origin, form, prefix) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(initScript, [tag(form), true]);
    await tab.goto(`${origin}${prefix}/${form}/es.html`);
    await tab.waitForFunction(() => window.__bench.firstFrame, null, { timeout: WAIT_MS });
    const { css, markup } = await tab.evaluate(async (t) => {
      const root = document.querySelector(t).shadowRoot;
      const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet)];
      const css = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      const copy = document.createElement('div');
      copy.innerHTML = window.__bench.firstFrame;
      // Lit leaves comment markers around its parts; static HTML would not have them.
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      copy.querySelectorAll('style').forEach((s) => s.remove());
      return { css, markup: copy.innerHTML };
    }, tag(form));
    return `<template shadowrootmode="open"><style>\n${css}\n</style>${markup}</template>`;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// One load: traced, maybe throttled; figures from the trace and the page.

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];

async function measure(browser, origin, form, variant, rate) {
  const path = variant.endsWith('-base') ? `/base/${form}/${variant.slice(0, -5)}.html` : `/${form}/${variant}.html`;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const problems = [];
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
    await tab.addInitScript(initScript, [tag(form), false]);
    // Same origin first, so that the measured navigation stays in this renderer and its throttling.
    await tab.goto(`${origin}/blank.html`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await browser.startTracing(tab, { categories: TRACE_CATEGORIES });
    let trace;
    try {
      const painted = tab.waitForEvent('console', { predicate: (m) => m.text() === 'bench:painted', timeout: WAIT_MS });
      await tab.goto(origin + path, { waitUntil: 'commit' });
      await painted;
    } finally {
      trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, `${form}-${variant}-${rate}x-${Date.now()}.json`), JSON.stringify(trace));
    }
    // After the measured window: when the element has rendered every section (a form renders the
    // sections after its first screen in later tasks), and the long tasks until then.
    const complete = variant.startsWith('floor') ? undefined : (await tab.waitForFunction(() => window.__bench.complete, null, { timeout: WAIT_MS })).jsonValue();
    const page = await tab.evaluate((complete) => ({
      later: complete === undefined ? [] : window.__bench.longTasks.filter((t) => t.start >= window.__bench.inFrame && t.start < complete),
      painted: window.__bench.painted,
      // Tasks that started before the frame's animation-frame callbacks: the frame's own task included.
      longTasks: window.__bench.longTasks.filter((t) => t.start < window.__bench.inFrame),
    }), await complete);
    if (problems.length) throw new Error(problems.join('; '));
    return { ...fromTrace(trace.traceEvents ?? trace), longTasks: page.longTasks.length, longestTask: Math.max(0, ...page.longTasks.map((t) => t.duration)), complete: await complete, laterLongTasks: page.later.length, laterLongest: Math.max(0, ...page.later.map((t) => t.duration)) };
  } finally {
    await context.close().catch(() => {});
    if (problems.length) throw new Error(`${form} ${variant} ×${rate}: ${problems.join('; ')}`);
  }
}

/**
 * Main-thread time of the renderer that painted the field, from its navigation start to the end of
 * the frame that shows the field: the task that ran the frame's animation-frame callbacks, style,
 * layout and paint. (Tasks queued for after that frame, such as a form's later sections, are not
 * counted, whichever order the browser runs them in beside the page's message.)
 */
function fromTrace(events) {
  const mark = events.find((e) => e.name === 'bench:field-in-frame');
  if (!mark) throw new Error('the trace has no bench:field-in-frame mark');
  const { pid, tid } = mark;
  const frame = events.find((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.ph === 'X' && e.ts <= mark.ts && mark.ts <= e.ts + (e.dur ?? 0));
  if (!frame) throw new Error('the trace has no task around the bench:field-in-frame mark');
  const end = { ts: frame.ts + frame.dur };
  const starts = events.filter((e) => e.pid === pid && e.name === 'navigationStart').map((e) => e.ts);
  const start = Math.max(...starts.filter((ts) => ts <= end.ts));
  if (!Number.isFinite(start)) throw new Error('the trace has no navigationStart before the mark');
  let cpu = 0;
  let wall = 0;
  let longestTask = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.name !== 'RunTask' || e.ph !== 'X') continue;
    const from = Math.max(e.ts, start);
    const to = Math.min(e.ts + (e.dur ?? 0), end.ts);
    if (to <= from) continue;
    const share = (to - from) / (e.dur || 1);
    wall += to - from;
    cpu += (e.tdur ?? e.dur ?? 0) * share;
    longestTask = Math.max(longestTask, e.dur ?? 0);
  }
  return { cpu: cpu / 1000, tasks: wall / 1000, firstField: (end.ts - start) / 1000, traceLongestTask: longestTask / 1000 };
}

// ---------------------------------------------------------------------------
// Figures.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 10) / 10;
const summarise = (values) => ({ median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) });

async function main() {
  const routes = new Map([['/blank.html', page('Blank', '', '')]]);
  for (const { dir, prefix } of BUILDS) {
    for (const [path, body] of readDist(dir, prefix)) routes.set(path, body);
    for (const form of FORMS) {
      routes.set(`${prefix}/${form}/es.html`, page(TITLES[form], `<script type="module" src="${prefix}/dist/sister-city-widgets.js"></script>`, element(form)));
      routes.set(`${prefix}/${form}/classic.html`, page(TITLES[form], `<script src="${prefix}/dist/classic/${tag(form)}.js"></script>`, element(form)));
    }
  }
  const server = await startServer(routes);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const runs = [];
  const version = browser.version();
  try {
    const sameFloor = new Set();
    for (const form of FORMS) {
      const floors = [];
      for (const { prefix, suffix } of BUILDS) {
        const floor = await snapshot(browser, origin, form, prefix);
        routes.set(`${prefix}/${form}/floor.html`, page(TITLES[form], '', element(form, floor)));
        const count = (pattern) => floor.match(pattern)?.length ?? 0;
        const same = floors.length > 0 && floors[0] === floor;
        if (same) sameFloor.add(form);
        console.log(`${form}${suffix}: the floor (the first frame) holds ${count(/<section\b/g)} sections, ${count(/<(?:input|select|textarea)\b/g)} controls${same ? ', the same markup and CSS as this build\'s' : ''}`);
        floors.push(floor);
      }
    }
    // The base build's floor is measured only when its first frame differs (for either form).
    if (BUILDS.length > 1 && FORMS.every((form) => sameFloor.has(form))) VARIANTS = VARIANTS.filter((v) => v !== 'floor-base');
    console.log(`Chromium ${version} on ${cpus().length} × ${cpus()[0]?.model.trim()}; ${ROUNDS} rounds per form and rate, after 1 warm-up round`);
    for (const rate of RATES) {
      for (const form of FORMS) {
        for (let round = 0; round <= ROUNDS; round++) {
          // Rotate the order every round: floor first, then the ES loader first, then the classic script first…
          const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]);
          for (const variant of order) {
            const run = await measure(browser, origin, form, variant, rate);
            if (round > 0) runs.push({ form, variant, rate, round, ...run });
          }
          if (round > 0) {
            const line = runs.slice(-VARIANTS.length).sort((a, b) => VARIANTS.indexOf(a.variant) - VARIANTS.indexOf(b.variant));
            console.log(`${form} ×${rate} round ${round}: ` + line.map((r) => `${r.variant} ${r.cpu.toFixed(1)} ms CPU${r.longTasks ? ` (${r.longTasks} long task)` : ''}`).join(', '));
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  const table = [];
  for (const rate of RATES) {
    for (const form of FORMS) {
      const of = (variant) => runs.filter((r) => r.form === form && r.rate === rate && r.variant === variant);
      for (const variant of VARIANTS) {
        const set = of(variant);
        const floorCpu = median(of(floorOf(variant)).map((r) => r.cpu));
        // Each round's ratio to the floor measured in the same round.
        const ratios = set.map((r) => r.cpu / runs.find((f) => f.form === form && f.rate === rate && f.round === r.round && f.variant === floorOf(variant)).cpu);
        table.push({
          form,
          rate,
          variant,
          cpu: summarise(set.map((r) => r.cpu)),
          tasks: summarise(set.map((r) => r.tasks)),
          firstField: summarise(set.map((r) => r.firstField)),
          ratio: round((median(set.map((r) => r.cpu)) / floorCpu) * 100) / 100,
          roundRatio: summarise(ratios.map((x) => x * 100)),
          runsWithLongTask: set.filter((r) => r.longTasks > 0).length,
          longestTask: round(Math.max(...set.map((r) => r.longestTask))),
          complete: variant.startsWith('floor') ? undefined : summarise(set.map((r) => r.complete)),
          runsWithLaterLongTask: set.filter((r) => r.laterLongTasks > 0).length,
          laterLongest: round(Math.max(...set.map((r) => r.laterLongest))),
        });
      }
    }
  }
  const range = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  console.log(`\nMain-thread CPU from navigation to the first frame showing the first field (ms, median (min–max) of ${ROUNDS})`);
  const head = ['form', 'CPU', 'page', 'CPU ms', '× floor', 'task wall ms', 'first field ms', 'long tasks', 'whole form ms', 'later long tasks'];
  const rows = table.map((t) => [
    t.form,
    `${t.rate}×`,
    t.variant,
    range(t.cpu),
    t.variant.startsWith('floor') ? '1' : `${t.ratio.toFixed(2)}`,
    range(t.tasks),
    range(t.firstField),
    t.runsWithLongTask ? `${t.runsWithLongTask}/${ROUNDS} runs, ≤ ${t.longestTask.toFixed(0)} ms` : 'none',
    t.complete ? range(t.complete) : '—',
    t.variant.startsWith('floor') ? '—' : t.runsWithLaterLongTask ? `${t.runsWithLaterLongTask}/${ROUNDS} runs, ≤ ${t.laterLongest.toFixed(0)} ms` : 'none',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [head, ...rows]) console.log(row.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('\n"× floor": the median CPU over the floor\'s median CPU at the same rate; "long tasks": runs with a task over 50 ms before the frame;');
  console.log('"whole form": wall time until every section is rendered (the submit button is there); "later long tasks": tasks over 50 ms from the frame until then.');

  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const rounded = runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])));
  writeFileSync(
    RESULTS,
    JSON.stringify({ date: new Date().toISOString(), chromium: version, cpus: cpus().length, rounds: ROUNDS, rates: RATES, base: options.base, unit: 'ms', table, runs: rounded }, null, 2) + '\n',
  );
  console.log(`Wrote ${relative(process.cwd(), RESULTS) || RESULTS}`);
}

main().catch((error) => {
  console.error(`bench/forms-startup failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
