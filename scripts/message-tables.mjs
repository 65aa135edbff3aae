#!/usr/bin/env node
// Turns the modules `lit-localize build` writes to src/generated/locales/ into
// tables without ids: src/generated/message-ids.ts holds every message id once
// (lit-localize's hash cut to ID_LENGTH characters, or an explicit id), and each
// locale's `templates` is an array in that order. Ids are most of what gzip cannot
// shrink, and a page in two languages (or the classic script with all three)
// would otherwise carry them once per language. Fails when two messages would share
// a short id. Run by scripts/build.mjs after `lit-localize build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const ID_LENGTH = 6; // ID_LENGTH in src/i18n/message-position.ts
const dir = 'src/generated/locales';
const entry = /^'([\w-]+)': ((?:str)?`(?:[^`\\]|\\.)*`),$/gms;

const locales = readdirSync(dir)
  .filter((file) => file.endsWith('.ts'))
  .map((name) => {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    const messages = new Map();
    for (const [, id, value] of text.matchAll(entry)) {
      const short = /^s[0-9a-f]{16}$/.test(id) ? id.slice(1, 1 + ID_LENGTH) : id;
      if (messages.has(short)) {
        console.error(`${dir}/${name}: two messages share the id ${short}; raise ID_LENGTH (here and in src/i18n/message-position.ts)`);
        process.exit(1);
      }
      messages.set(short, value);
    }
    return { name, messages, usesStr: text.includes('str`') };
  });

const ids = [...new Set(locales.flatMap(({ messages }) => [...messages.keys()]))].sort();
const header = '// Written by scripts/message-tables.mjs from lit-localize\'s output. Do not edit.\n';
writeFileSync('src/generated/message-ids.ts', `${header}export const ids = '${ids.join(',')}';\n`);
for (const { name, messages, usesStr } of locales) {
  const rows = ids.map((id) => messages.get(id) ?? '');
  writeFileSync(
    `${dir}/${name}`,
    `${header}${usesStr ? "import { str } from '@lit/localize/internal/str-tag.js';\n" : ''}` +
      `export const templates = [\n${rows.join(',\n')},\n];\n`,
  );
}
console.log(`message tables: ${ids.length} messages, ${locales.map(({ name }) => name).join(', ')}`);
