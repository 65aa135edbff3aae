// The directory against its floor (issue 17): main-thread CPU of <sister-city-pairings> and of a plain
// DOM table written by hand (bench/floor/plain-table.mjs) doing the same visible work, in the same run,
// interleaved, at 1× and 4× CPU. Used by bench/pairings.mjs; see bench/README.md.
//
// Three steps, each on 2,000 and 10,000 rows fed by CSV (`src`) and by property (JSON fetched by the page):
//   load   navigation start → the first 100 rows painted (the frame after they are in the DOM)
//   idle   (reported, not a step) navigation start → the main thread quiet: load plus what was deferred
//   type   "kobe" typed letter by letter into the empty search box, each letter rendered and painted
//   clear  the search box emptied, the first 100 rows rendered and painted again
// Each figure is read from the page's renderer with CDP `Performance.getMetrics`: `ThreadTime` (CPU time of
// the main thread: the stable figure on a busy machine) and `TaskDuration` (wall time of its tasks, which is
// what CPU throttling stretches).
import { parseCsv } from './floor/plain-table.mjs';
import { generateCsv } from '../test/fixtures/generate.mjs';

export const SETS = [
  { id: 'csv-2k', rows: 2000, bad: 20, feed: 'csv' },
  { id: 'prop-2k', rows: 2000, bad: 20, feed: 'property' },
  { id: 'csv-10k', rows: 10_000, bad: 100, feed: 'csv' },
  { id: 'prop-10k', rows: 10_000, bad: 100, feed: 'property' },
];
export const KINDS = ['widget', 'floor'];
/** With `--compare FILE`: another build of the classic script (an earlier commit's), measured in the same runs. */
export const BEFORE = 'before';
export const STEPS = ['load', 'idle', 'type', 'clear'];
const TYPED = 'kobe';
const WAIT_MS = 120_000;

const dataUrl = (set) => `/cpu/pairings-${set.rows}.${set.feed === 'csv' ? 'csv' : 'json'}`;

function widgetPage(set, script = '/dist/classic/sister-city-pairings.js') {
  const feed =
    set.feed === 'csv' ?
      `<sister-city-pairings src="${dataUrl(set)}"></sister-city-pairings>`
    : `<sister-city-pairings></sister-city-pairings>
<script type="module">
const response = await fetch('${dataUrl(set)}');
document.querySelector('sister-city-pairings').pairings = await response.json();
</script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our sister cities</title></head>
<body><h1>Our sister cities</h1>
<script src="${script}"></script>
${feed}
</body></html>
`;
}

function floorPage(set) {
  const read = set.feed === 'csv' ? 'parseCsv(await response.text())' : 'await response.json()';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our sister cities</title></head>
<body><h1>Our sister cities</h1>
<div id="app"></div>
<script type="module">
import { mount, parseCsv } from '/bench/floor/plain-table.mjs';
const response = await fetch('${dataUrl(set)}');
const { search } = mount(document.getElementById('app'), ${read});
window.__bench.search = () => search;
window.__bench.settle = () => window.__bench.nextFrame();
window.__bench.rowsShown();
</script>
</body></html>
`;
}

/** Routes for bench/pairings.mjs's server: the pages and their data. */
export function cpuRoutes(floorScript, beforeScript) {
  const routes = new Map();
  const html = 'text/html; charset=utf-8';
  routes.set('/bench/floor/plain-table.mjs', { type: 'text/javascript; charset=utf-8', body: floorScript });
  for (const rows of new Set(SETS.map((set) => set.rows))) {
    const set = SETS.find((s) => s.rows === rows);
    const csv = generateCsv(rows, set.bad);
    routes.set(`/cpu/pairings-${rows}.csv`, { type: 'text/csv; charset=utf-8', body: csv });
    routes.set(`/cpu/pairings-${rows}.json`, { type: 'application/json', body: JSON.stringify(parseCsv(csv)) });
  }
  for (const set of SETS) {
    routes.set(`/cpu/widget-${set.id}.html`, { type: html, body: widgetPage(set) });
    routes.set(`/cpu/floor-${set.id}.html`, { type: html, body: floorPage(set) });
    if (beforeScript) routes.set(`/cpu/${BEFORE}-${set.id}.html`, { type: html, body: widgetPage(set, `/${BEFORE}/sister-city-pairings.js`) });
  }
  if (beforeScript) routes.set(`/${BEFORE}/sister-city-pairings.js`, { type: 'text/javascript; charset=utf-8', body: beforeScript });
  return routes;
}

/** Runs in the page before anything else: `rowsShown()` waits a frame and tells the bench, through a CDP binding. */
export function initScript() {
  const bench = (window.__bench = {});
  bench.nextFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        // rAF runs just before the frame is painted; a message posted from it runs just after.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(null);
      }),
    );
  bench.rowsShown = async () => {
    await bench.nextFrame();
    window.__benchDone?.('load');
  };
  // The widget: its first rows in the DOM, seen by a MutationObserver on its shadow root (its `load` event
  // may come later: with broken rows, the schema says why they are skipped after the first rows are painted).
  document.addEventListener('DOMContentLoaded', () => {
    const el = document.querySelector('sister-city-pairings');
    const root = el?.shadowRoot;
    if (!root) return;
    bench.search = () => root.querySelector('#search');
    bench.settle = async () => {
      await el.updateComplete;
      await bench.nextFrame();
    };
    const observer = new MutationObserver(() => shown());
    const shown = () => {
      if (!root.querySelector('tbody tr')) return;
      observer.disconnect();
      bench.rowsShown();
    };
    observer.observe(root, { childList: true, subtree: true });
    shown();
  });
}

const METRICS = ['ThreadTime', 'TaskDuration'];
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}
const since = (before, after) => Object.fromEntries(METRICS.map((name) => [name, after[name] - before[name]]));

/** One fresh page: load, type, clear. Returns { load, type, clear }, each { ThreadTime, TaskDuration } in ms. */
export async function measureCpu(browser, baseUrl, kind, set, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.addInitScript(initScript);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchDone' });
    await cdp.send('Performance.enable');
    let loaded;
    const done = new Promise((resolve) => {
      cdp.on('Runtime.bindingCalled', (event) => {
        // Read at once: whatever the page does after its first rows are painted is not load.
        if (event.name === '__benchDone' && !loaded) loaded = metrics(cdp).then(resolve);
      });
    });
    const start = await metrics(cdp);
    const response = await tab.goto(`${baseUrl}/cpu/${kind}-${set.id}.html`, { waitUntil: 'commit' });
    if (!response?.ok()) throw new Error(`${kind} ${set.id}: HTTP ${response?.status()}`);
    let timer;
    const timeout = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${kind} ${set.id}: no rows after ${WAIT_MS} ms (${errors.join('; ')})`)), WAIT_MS)));
    const end = await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    const load = since(start, end);
    if (load.ThreadTime < 0) throw new Error('the renderer changed during navigation: its metrics restarted');

    // Let deferred work finish before the keystrokes: wait until the main thread has used under 3 ms of
    // CPU in 300 ms, 3 s at most (throttled, an idle page never gets that low: reading the metrics and the
    // throttling itself cost CPU). `idle` is the CPU from navigation start to then: load plus what was
    // deferred after it (meaningful at 1× only).
    const quiet = async () => {
      let last = await metrics(cdp);
      for (let i = 0; i < 10; i++) {
        await new Promise((done) => setTimeout(done, 300));
        const now = await metrics(cdp);
        if (now.ThreadTime - last.ThreadTime < 3) return now;
        last = now;
      }
      return last;
    };
    const idle = since(start, await quiet());
    const step = async (texts) => {
      const before = await metrics(cdp);
      const result = await tab.evaluate(async (values) => {
        const search = window.__bench.search();
        for (const value of values) {
          search.value = value;
          search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await window.__bench.settle();
        }
        const root = search.getRootNode();
        return { value: search.value, rows: root.querySelectorAll('tbody tr').length };
      }, texts);
      const cost = since(before, await metrics(cdp));
      return { ...cost, rows: result.rows };
    };
    const type = await step([...TYPED].map((_, i) => TYPED.slice(0, i + 1)));
    await quiet();
    const clear = await step(['']);
    if (clear.rows !== 100) throw new Error(`${kind} ${set.id}: ${clear.rows} rows after clearing the search, not 100`);
    if (!(type.rows > 0)) throw new Error(`${kind} ${set.id}: nothing found for "${TYPED}"`);
    if (errors.length) throw new Error(`${kind} ${set.id}: the page reported errors: ${errors.join('; ')}`);
    return { load, idle, type, clear };
  } finally {
    await context.close().catch(() => {});
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const r1 = (n) => Math.round(n * 10) / 10;
const r2 = (n) => Math.round(n * 100) / 100;

/**
 * Every run measures each (rate, data set, widget/floor) once, the widget first in even runs and the floor
 * first in odd ones, so that both see the same machine. Prints the medians, spreads and ratios; returns them.
 */
export async function runCpuComparison(browser, baseUrl, { runs, warmup, rates, sets = SETS, before = false, log = console.log }) {
  const all = before ? [KINDS[0], BEFORE, KINDS[1]] : KINDS;
  const samples = {}; // samples[rate][set][kind][step][metric] = [...]
  for (let run = -warmup; run < runs; run++) {
    for (const rate of rates) {
      for (const set of sets) {
        // The order turns at every run, so that each kind is measured first as often as the others.
        const turn = ((run % all.length) + all.length) % all.length;
        const kinds = [...all.slice(turn), ...all.slice(0, turn)];
        for (const kind of kinds) {
          const result = await measureCpu(browser, baseUrl, kind, set, rate);
          if (run < 0) continue;
          for (const step of STEPS) {
            for (const metric of METRICS) {
              ((((samples[rate] ??= {})[set.id] ??= {})[kind] ??= {})[step] ??= {})[metric] ??= [];
              samples[rate][set.id][kind][step][metric].push(r1(result[step][metric]));
            }
          }
        }
      }
    }
    log(run < 0 ? `CPU comparison: warm-up ${run + warmup + 1}/${warmup} done` : `CPU comparison: run ${run + 1}/${runs} done`);
  }
  const summary = {};
  for (const rate of rates) {
    for (const set of sets) {
      for (const step of STEPS) {
        const row = {};
        for (const metric of METRICS) {
          const stat = (kind) => {
            const values = samples[rate][set.id][kind][step][metric];
            return { median: r1(median(values)), min: r1(Math.min(...values)), max: r1(Math.max(...values)), runs: values };
          };
          const widget = stat('widget');
          const floor = stat('floor');
          row[metric] = { widget, floor, ratio: r2(widget.median / floor.median) };
          if (before) Object.assign(row[metric], { before: stat(BEFORE), beforeRatio: r2(stat(BEFORE).median / floor.median) });
        }
        ((summary[`${rate}x`] ??= {})[set.id] ??= {})[step] = row;
      }
    }
  }
  printSummary(summary, before, log);
  return { typed: TYPED, metrics: METRICS, runs, warmup, rates, sets, summary };
}

function printSummary(summary, before, log) {
  const range = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  log('\nMain-thread CPU (ThreadTime, ms; median and min–max) of the widget and of a plain DOM table doing the same work:');
  const head = ['', 'step', 'widget', 'floor', 'ratio', 'task-time ratio', ...(before ? ['before', 'ratio'] : [])];
  const widths = [14, 6, 22, 22, 6, 15, 22, 6];
  const line = (cells) => log(cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
  for (const [rate, sets] of Object.entries(summary)) {
    log(`\nCPU ${rate}`);
    line(head);
    for (const [set, steps] of Object.entries(sets)) {
      for (const [step, row] of Object.entries(steps)) {
        const cpu = row.ThreadTime;
        const flag = cpu.ratio > 1.2 ? ' >1.2' : '';
        const then = before ? [range(cpu.before), cpu.beforeRatio.toFixed(2)] : [];
        line([set, step, range(cpu.widget), range(cpu.floor), cpu.ratio.toFixed(2) + flag, row.TaskDuration.ratio.toFixed(2), ...then]);
      }
    }
  }
}
