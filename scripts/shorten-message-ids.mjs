#!/usr/bin/env node
// Cuts the message ids in src/generated/locales/*.ts (lit-localize's 17-character
// hashes) to the length src/i18n/localize.ts looks them up by, and fails when two
// messages would share a short id. Run by scripts/build.mjs after `lit-localize build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const LENGTH = 7; // SHORT_ID_LENGTH in src/i18n/localize.ts
const dir = 'src/generated/locales';
for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
  const path = `${dir}/${name}`;
  const seen = new Map();
  const text = readFileSync(path, 'utf8').replace(/'(s[0-9a-f]{16})':/g, (_, id) => {
    const short = id.slice(0, LENGTH);
    if (seen.has(short) && seen.get(short) !== id) {
      console.error(`${path}: messages ${seen.get(short)} and ${id} share the id ${short}; raise LENGTH`);
      process.exit(1);
    }
    seen.set(short, id);
    return `'${short}':`;
  });
  writeFileSync(path, text);
}
