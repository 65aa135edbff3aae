// `node bench/heic-copies.mjs [photo.heic …]`: how long the receiver takes to make a HEIC photo's printable
// JPEG copy (dist/server/heic-worker.js: decode with heic-decode, resize to 1,600 px and encode with sharp),
// the process's peak memory meanwhile, and the longest the main thread's event loop waited (the receiver's
// requests) while the worker thread ran. Without arguments, the test fixture (2000×1500); give a real
// 12-megapixel iPhone photo for the figure that matters. Reported, never asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

if (!existsSync('dist/server/heic-worker.js')) execFileSync('node', ['scripts/build-server.mjs'], { stdio: 'inherit' });
const files = process.argv.slice(2);
if (!files.length) files.push('test/fixtures/files/photo.heic');

for (const file of files) {
  const bytes = readFileSync(file);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const answer = await new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../dist/server/heic-worker.js', import.meta.url), { workerData: { bytes }, stdout: true });
    worker.stdout.resume();
    worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
    worker.once('error', reject);
  });
  const ms = performance.now() - started;
  delay.disable();
  clearInterval(sampler);
  const result = answer.jpeg ? `JPEG of ${(answer.jpeg.length / 1024).toFixed(0)} KiB` : `failed: ${answer.detail}`;
  console.log(`${file} (${(bytes.length / 1048576).toFixed(2)} MiB): ${result} in ${(ms / 1000).toFixed(2)} s; peak RSS ${(peak / 1048576).toFixed(0)} MiB; main thread's longest event-loop delay ${(delay.max / 1e6).toFixed(0)} ms`);
}
