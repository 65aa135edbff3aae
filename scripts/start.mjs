#!/usr/bin/env node
// `npm start`: builds when the sources are newer than dist/, then runs the
// receiver on 127.0.0.1 with the demo pages, so every demo form really submits.
// Settings come from the environment (see README: PORT, HOST, DATA_DIR, …).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

const built = 'dist/server/main.js';
const sources = Math.max(newest('src'), newest('server'), newest('xliff'));
if (!existsSync(built) || !existsSync('dist/classic/sister-city-request-form.js') || sources > statSync(built).mtimeMs) {
  console.log('Building…');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

const receiver = spawn(process.execPath, [built, '--demo'], { stdio: 'inherit' });
const forward = (signal) => () => receiver.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
receiver.on('exit', (code) => process.exit(code ?? 0));
