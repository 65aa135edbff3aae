#!/usr/bin/env node
// Where the directory's load CPU goes (issue 17): a CDP CPU profile of a readable (unminified) classic build
// of <sister-city-pairings> from navigation start to its first 100 rows painted, on the pages and data of
// bench/pairings-cpu.mjs, with the floor's profile beside it. Prints self time by source module (the
// bundle's `// path` markers) and the top functions. Reports, never asserts.
//
//   node bench/pairings-profile.mjs [--sets csv-2k,prop-10k] [--runs 3] [--top 25] [--script FILE]
//
// Without --script it builds the readable classic script into a temporary folder first (vite, mode iife,
// minify off). Profiles are sampled every 100 µs; figures are the sum over the runs divided by the runs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { cpuRoutes, initScript, SETS } from './pairings-cpu.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    sets: { type: 'string', default: 'csv-2k,prop-2k,csv-10k,prop-10k' },
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '25' },
    script: { type: 'string' },
    floor: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const runs = Number(options.runs);
const sets = options.sets.split(',').map((id) => SETS.find((set) => set.id === id) ?? process.exit(2));

let scriptPath = options.script;
if (!scriptPath) {
  const outDir = mkdtempSync(join(tmpdir(), 'pairings-readable-'));
  process.env.CLASSIC_WIDGET = 'pairings';
  process.chdir(ROOT);
  await build({ mode: 'iife', logLevel: 'warn', build: { minify: false, outDir, emptyOutDir: false, rolldownOptions: { output: { minify: false } } } });
  scriptPath = join(outDir, 'sister-city-pairings.js');
}
const script = readFileSync(scriptPath, 'utf8');
// Line → module, from the markers rolldown writes before each module of an unminified bundle.
const markers = [];
script.split('\n').forEach((line, i) => {
  const m = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(line);
  if (m) markers.push([i, m[1].replace(/^\\0/, '').replace(/^node_modules\//, '')]);
});
const moduleAt = (line) => {
  let name = '(bundle top)';
  for (const [start, module] of markers) if (start <= line) name = module;
  return name;
};

const routes = cpuRoutes(readFileSync(join(ROOT, 'bench/floor/plain-table.mjs')));
routes.set('/dist/classic/sister-city-pairings.js', { type: 'text/javascript; charset=utf-8', body: script });
const server = createServer((req, res) => {
  const route = routes.get(new URL(req.url, 'http://x').pathname);
  res.writeHead(route ? 200 : 404, { 'Content-Type': route?.type ?? 'text/plain', 'Cache-Control': 'no-store' });
  res.end(route?.body ?? '');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });

async function profile(kind, set) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const tab = await context.newPage();
  await tab.addInitScript(initScript);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchDone' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const done = new Promise((resolve) => cdp.on('Runtime.bindingCalled', (e) => e.name === '__benchDone' && resolve()));
  await cdp.send('Profiler.start');
  await tab.goto(`${base}/cpu/${kind}-${set.id}.html`, { waitUntil: 'commit' });
  await done;
  const { profile: p } = await cdp.send('Profiler.stop');
  await context.close();
  // Self time per node: each sample's node, weighted by the time to the next sample.
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  const byModule = new Map();
  const byFunction = new Map();
  for (const node of p.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const module =
      url.endsWith('sister-city-pairings.js') ? moduleAt(lineNumber)
      : url ? url.replace(base, '')
      : functionName || '(native)';
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${module}:${url.endsWith('sister-city-pairings.js') ? lineNumber + 1 : lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  return { byModule, byFunction };
}

const add = (into, from) => from.forEach((ms, key) => into.set(key, (into.get(key) ?? 0) + ms / runs));
const print = (title, map, top) => {
  const total = [...map.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title}: ${total.toFixed(1)} ms sampled`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
};
try {
  for (const set of sets) {
    for (const kind of options.floor ? ['widget', 'floor'] : ['widget']) {
      const modules = new Map();
      const functions = new Map();
      for (let run = 0; run < runs; run++) {
        const { byModule, byFunction } = await profile(kind, set);
        add(modules, byModule);
        add(functions, byFunction);
      }
      print(`${kind} ${set.id}, self time by module (mean of ${runs})`, modules, Number(options.top));
      print(`${kind} ${set.id}, self time by function`, functions, Number(options.top));
    }
  }
} finally {
  await browser.close();
  server.close();
}
