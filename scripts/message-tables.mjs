#!/usr/bin/env node
// Turns the modules `lit-localize build` writes to src/generated/locales/ into
// tables without ids: src/generated/message-ids.ts holds every message id once
// (lit-localize's hash cut to ID_LENGTH characters, or an explicit id), and each
// locale's `templates` is an array in that order. Ids are most of what gzip cannot
// shrink, and a page in two languages (or the classic script with all three)
// would otherwise carry them once per language. Fails when two messages would share
// a short id, and on any message of lit-localize's output it cannot place (the
// output is also evaluated, and both counts must agree). Run by scripts/build.mjs
// after `lit-localize build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const ID_LENGTH = 6; // ID_LENGTH in src/i18n/message-position.ts
const dir = 'src/generated/locales';
const header = '// Written by scripts/message-tables.mjs from lit-localize\'s output. Do not edit.\n';
// lit-localize indents the first entry of `templates` and not the others.
const entry = /^\s*'([\w-]+)': ((?:str)?`(?:[^`\\]|\\.)*`),$/gms;

/** The ids of lit-localize's `templates` object, read by evaluating the module rather than by pattern. */
function idsInOutput(text, file) {
  if (text.startsWith(header)) {
    console.error(`${file}: already a table; run \`lit-localize build\` first (scripts/build.mjs does)`);
    process.exit(1);
  }
  const script = text
    .replace(/^\s*import \{\s*str\s*\} from '@lit\/localize';$/m, '')
    .replace(/^\s*export const templates =/m, 'templates =');
  if (script === text) {
    console.error(`${file}: not the shape lit-localize build writes (no import of str, or no \`export const templates\`)`);
    process.exit(1);
  }
  const context = { templates: undefined, str: () => null };
  runInNewContext(script, context);
  return Object.keys(context.templates);
}

const locales = readdirSync(dir)
  .filter((file) => file.endsWith('.ts'))
  .map((name) => {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    const messages = new Map();
    const parsed = new Set();
    for (const [, id, value] of text.matchAll(entry)) {
      parsed.add(id);
      const short = /^s[0-9a-f]{16}$/.test(id) ? id.slice(1, 1 + ID_LENGTH) : id;
      if (messages.has(short)) {
        console.error(`${dir}/${name}: two messages share the id ${short}; raise ID_LENGTH (here and in src/i18n/message-position.ts)`);
        process.exit(1);
      }
      messages.set(short, value);
    }
    const output = idsInOutput(text, `${dir}/${name}`);
    const unplaced = output.filter((id) => !parsed.has(id));
    if (unplaced.length || !output.length || parsed.size !== output.length) {
      console.error(`${dir}/${name}: lit-localize wrote ${output.length} messages, ${parsed.size} read; could not place: ${unplaced.join(', ') || '(none)'}`);
      process.exit(1);
    }
    return { name, messages, usesStr: text.includes('str`') };
  });

const ids = [...new Set(locales.flatMap(({ messages }) => [...messages.keys()]))].sort();
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
