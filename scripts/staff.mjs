#!/usr/bin/env node
// `npm run staff -- add <email> [--role admin|reviewer]` / `npm run staff -- revoke <email>`:
// builds the receiver when its sources are newer than dist/server/, then runs server/staff/cli.ts
// with the receiver's settings from the environment (DATA_DIR, DATABASE_URL, PUBLIC_URL…).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const built = 'dist/server/staff.js';
if (!existsSync(built) || Math.max(newest('server'), newest('src/schema')) > statSync(built).mtimeMs) {
  execFileSync('node', ['scripts/build-server.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
process.exit(spawnSync(process.execPath, [built, ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1);
