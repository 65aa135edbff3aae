#!/usr/bin/env node
// Bundles the receiver (server/) with the schemas it shares with the widgets into
// dist/server/, leaving npm packages (hono, better-sqlite3, zod) to node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'server/main.ts', app: 'server/app.ts', store: 'server/store/index.ts', config: 'server/config.ts', staff: 'server/staff/cli.ts', outbox: 'server/outbox/worker.ts', 'heic-worker': 'server/book/heic-worker.ts' },
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log('built dist/server/');
