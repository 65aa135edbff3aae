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
async function startServer(mode, { processes = 1, databaseUrl } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${mode}-`));
  const kind = mode.startsWith('receiver') ? 'receiver' : mode;
  const servers = Array.from({ length: processes }, () =>
    fork(new URL('./receiver-server.mjs', import.meta.url), [kind, dataDir], { env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? '' } }),
  );
  const ask = (server) => new Promise((resolve) => { server.once('message', resolve); server.send('cpu'); });
  const cpu = async () => (await Promise.all(servers.map(ask))).reduce((sum, { cpuMicros }) => sum + cpuMicros, 0);
  const ports = await Promise.all(servers.map((server) => new Promise((resolve) => server.once('message', ({ port }) => resolve(port)))));
  const urls = ports.map((port) => `http://127.0.0.1:${port}${kind === 'receiver' ? '/api/stories' : '/'}`).join(',');
  const generate = (n) => JSON.parse(execFileSync('node', [new URL('./receiver-load.mjs', import.meta.url).pathname, urls, String(n), String(concurrency)], { encoding: 'utf8' }));
  return {
    mode,
    async load(n) {
      const before = await cpu();
      const result = generate(n);
      return { ...result, cpuMsPerRequest: ((await cpu()) - before) / 1000 / n };
    },
    stop() {
      servers.forEach((server) => server.kill());
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Rounds interleave the three servers, so that a busy machine weighs on each alike; the median
// round of each is shown.
// PostgreSQL, when installed: the receiver on a throwaway cluster, in one and in two processes.
const { postgresMissing, startPostgres } = await import('../test/receiver/engines.mjs');
const postgres = postgresMissing() ? undefined : await startPostgres();
if (!postgres) console.log(`PostgreSQL figures skipped: ${postgresMissing()}`);
const servers = await Promise.all([
  startServer('floor'), startServer('hono'), startServer('receiver'),
  ...(postgres
    ? [startServer('receiver on PostgreSQL', { databaseUrl: postgres.createDatabase() }),
       startServer('receiver on PostgreSQL ×2', { processes: 2, databaseUrl: postgres.createDatabase() })]
    : []),
]);
const results = new Map(servers.map((s) => [s.mode, []]));
try {
  for (const server of servers) await server.load(Math.min(1000, total)); // warm-up: JIT, caches, the WAL file
  for (let round = 0; round < rounds; round++) {
    for (const server of servers) results.get(server.mode).push(await server.load(total));
  }
} finally {
  servers.forEach((server) => server.stop());
  postgres?.stop();
}
const median = (list, key) => [...list].sort((a, b) => a[key] - b[key])[Math.floor(list.length / 2)][key];
const summary = (mode) => ({
  perSecond: median(results.get(mode), 'perSecond'),
  cpuMsPerRequest: median(results.get(mode), 'cpuMsPerRequest'),
  statuses: results.get(mode).at(-1).statuses,
});
const [floor, hono, receiver] = ['floor', 'hono', 'receiver'].map(summary);
const onPostgres = servers.filter((s) => s.mode.includes('PostgreSQL')).map((s) => [s.mode, summary(s.mode)]);
const line = (name, r) =>
  `  ${name.padEnd(30)} ${Math.round(r.perSecond).toString().padStart(6)} /s   ${r.cpuMsPerRequest.toFixed(3)} ms CPU/request   ${JSON.stringify(r.statuses)}`;
console.log(`${total} JSON story submissions × ${rounds} interleaved rounds (medians), ${concurrency} at a time; each server and the load generator in its own process:`);
console.log(line('floor (node:http, zod, 1 insert)', floor));
console.log(line('Hono bare handler (no storage)', hono));
console.log(line('receiver (stored exactly once)', receiver));
for (const [mode, result] of onPostgres) console.log(line(mode, result));
if (onPostgres.length) console.log('  (PostgreSQL: a throwaway cluster with fsync=off; CPU is the receiver processes\' own, not the database server\'s)');
console.log(`receiver / floor: ${(receiver.cpuMsPerRequest / floor.cpuMsPerRequest).toFixed(2)}× the CPU per request, ${(receiver.perSecond / floor.perSecond).toFixed(2)}× the throughput`);
