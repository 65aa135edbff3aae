// `npm run bench:receiver`: JSON story submissions stored per second and server CPU per
// request, for the receiver against, in the same run, a floor doing the same essential work
// by hand (node:http, JSON.parse, the zod schema, one SQLite INSERT in WAL with the same
// durability) and Hono's bare handler. Each server runs in its own process, the load
// generator in another. Figures are reported, never asserted.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!existsSync('dist/server/app.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const total = arg('--requests', 4000);
const concurrency = arg('--concurrency', 16);
const rounds = arg('--rounds', 5);

/** Starts one server process; `load(n)` runs the load generator against it and returns its figures. */
async function startServer(mode) {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${mode}-`));
  const server = fork(new URL('./receiver-server.mjs', import.meta.url), [mode, dataDir]);
  const ask = () => new Promise((resolve) => { server.once('message', resolve); server.send('cpu'); });
  const { port } = await new Promise((resolve) => server.once('message', resolve));
  const url = `http://127.0.0.1:${port}${mode === 'receiver' ? '/api/stories' : '/'}`;
  const generate = (n) => JSON.parse(execFileSync('node', [new URL('./receiver-load.mjs', import.meta.url).pathname, url, String(n), String(concurrency)], { encoding: 'utf8' }));
  return {
    mode,
    async load(n) {
      const before = (await ask()).cpuMicros;
      const result = generate(n);
      return { ...result, cpuMsPerRequest: ((await ask()).cpuMicros - before) / 1000 / n };
    },
    stop() {
      server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Rounds interleave the three servers, so that a busy machine weighs on each alike; the median
// round of each is shown.
const servers = await Promise.all(['floor', 'hono', 'receiver'].map(startServer));
const results = new Map(servers.map((s) => [s.mode, []]));
try {
  for (const server of servers) await server.load(Math.min(1000, total)); // warm-up: JIT, caches, the WAL file
  for (let round = 0; round < rounds; round++) {
    for (const server of servers) results.get(server.mode).push(await server.load(total));
  }
} finally {
  servers.forEach((server) => server.stop());
}
const median = (list, key) => [...list].sort((a, b) => a[key] - b[key])[Math.floor(list.length / 2)][key];
const summary = (mode) => ({
  perSecond: median(results.get(mode), 'perSecond'),
  cpuMsPerRequest: median(results.get(mode), 'cpuMsPerRequest'),
  statuses: results.get(mode).at(-1).statuses,
});
const [floor, hono, receiver] = ['floor', 'hono', 'receiver'].map(summary);
const line = (name, r) =>
  `  ${name.padEnd(30)} ${Math.round(r.perSecond).toString().padStart(6)} /s   ${r.cpuMsPerRequest.toFixed(3)} ms CPU/request   ${JSON.stringify(r.statuses)}`;
console.log(`${total} JSON story submissions × ${rounds} interleaved rounds (medians), ${concurrency} at a time; each server and the load generator in its own process:`);
console.log(line('floor (node:http, zod, 1 insert)', floor));
console.log(line('Hono bare handler (no storage)', hono));
console.log(line('receiver (stored exactly once)', receiver));
console.log(`receiver / floor: ${(receiver.cpuMsPerRequest / floor.cpuMsPerRequest).toFixed(2)}× the CPU per request, ${(receiver.perSecond / floor.perSecond).toFixed(2)}× the throughput`);
