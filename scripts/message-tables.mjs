#!/usr/bin/env node
// Turns the modules `lit-localize build` writes to src/generated/locales/<lang>.ts into tables a
// page loads only in part: each message goes to the group of widgets that use it (the widgets whose
// modules reach the file of its msg() call: `shared` when all three do; `admin` for those only the staff pages use), and each language gets one
// table per group, src/generated/locales/<lang>/<group>.ts, holding the group's ids (lit-localize's
// hash cut to ID_LENGTH characters, or an explicit id) and strings in the same order. Then
// src/generated/strings/<widget>.ts says which tables a widget loads in each language (and
// strings/all.ts loads every one). So a Japanese page with the directory downloads the 60-odd
// messages it shows, not the 300 of every widget. Fails when two messages would share a short id,
// and on any message of lit-localize's output it cannot place (the output is also evaluated, and
// both counts must agree). Run by scripts/build.mjs after `lit-localize build`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
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

const WIDGETS = ['pairings', 'story-form', 'request-form', 'requests'];
const shortId = (id) => (/^s[0-9a-f]{16}$/.test(id) ? id.slice(1, 1 + ID_LENGTH) : id);

const outputs = readdirSync(dir).filter((file) => file.endsWith('.ts'));
if (!outputs.length) {
  console.error(`${dir}: no output of lit-localize; run \`lit-localize build\` first (scripts/build.mjs does)`);
  process.exit(1);
}
const locales = outputs
  .map((name) => {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    const messages = new Map();
    const parsed = new Set();
    for (const [, id, value] of text.matchAll(entry)) {
      parsed.add(id);
      const short = shortId(id);
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

/** The source files each widget's modules reach (src/<widget>/define.ts and its static imports). */
const reached = Object.fromEntries(await Promise.all(WIDGETS.map(async (widget) => {
  const { metafile } = await build({
    entryPoints: [`src/${widget}/define.ts`], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'],
    // What this script writes is not there yet on a first run, and holds no msg() calls.
    plugins: [{ name: 'generated', setup: (build) => build.onResolve({ filter: /\/generated\// }, ({ path }) => ({ path, external: true })) }],
  });
  return [widget, new Set(Object.keys(metafile.inputs))];
})));

/** Each short id's group: the widgets that use the message, `shared` when all do, `unused` when none. */
const groupOf = new Map();
// lit-localize keeps one occurrence of a message used in several files, so it is asked file by file.
const { program } = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
for (const sourceFile of program.getSourceFiles()) {
  const file = relative('.', sourceFile.fileName);
  if (!file.startsWith('src/')) continue;
  const oneFile = Object.create(program, { getSourceFiles: { value: () => [sourceFile] } });
  for (const message of extractMessagesFromProgram(oneFile).messages) {
    const users = new Set([...(groupOf.get(shortId(message.name)) ?? []), ...WIDGETS.filter((widget) => reached[widget].has(file))]);
    if (file.startsWith('src/admin/')) users.add('admin'); // the staff pages (they load every table)
    groupOf.set(shortId(message.name), users);
  }
}
/** The widgets' group of a message; `admin` when only the staff pages use it. */
function groupName(users) {
  const widgets = WIDGETS.filter((widget) => users.has(widget));
  if (widgets.length === WIDGETS.length) return 'shared';
  return widgets.length ? widgets.join('_') : users.has('admin') ? 'admin' : 'unused';
}
const groups = new Map();
for (const { messages } of locales) {
  for (const id of messages.keys()) {
    const name = groupName(groupOf.get(id) ?? new Set());
    if (!groups.has(name)) groups.set(name, new Set());
    groups.get(name).add(id);
  }
}

for (const { name, messages, usesStr } of locales) {
  const lang = name.replace(/\.ts$/, '');
  rmSync(`${dir}/${name}`);
  rmSync(`${dir}/${lang}`, { recursive: true, force: true });
  mkdirSync(`${dir}/${lang}`);
  for (const [group, members] of groups) {
    const ids = [...members].filter((id) => messages.has(id)).sort();
    const rows = ids.map((id) => messages.get(id));
    writeFileSync(
      `${dir}/${lang}/${group}.ts`,
      `${header}${usesStr && rows.some((row) => row.startsWith('str`')) ? "import { str } from '@lit/localize/internal/str-tag.js';\n" : ''}` +
        `export const ids = '${ids.join(',')}';\nexport const templates = [\n${rows.join(',\n')},\n];\n`,
    );
  }
}

const langs = locales.map(({ name }) => name.replace(/\.ts$/, ''));
const loader = (names) =>
  `${header}import type { WidgetStrings } from '../../i18n/localize.js';\n\nexport const strings: WidgetStrings = {\n` +
  langs.map((lang) => `  '${lang}': () => Promise.all([${names.map((group) => `import('../locales/${lang}/${group}.js')`).join(', ')}]),\n`).join('') +
  '};\n';
rmSync('src/generated/strings', { recursive: true, force: true });
mkdirSync('src/generated/strings');
for (const widget of WIDGETS) {
  writeFileSync(`src/generated/strings/${widget}.ts`, loader([...groups.keys()].filter((group) => group === 'shared' || group.split('_').includes(widget)).sort()));
}
writeFileSync('src/generated/strings/all.ts', loader([...groups.keys()].sort()));
rmSync('src/generated/message-ids.ts', { force: true });
console.log(`message tables: ${groupOf.size} messages in ${groups.size} groups (${[...groups].map(([group, ids]) => `${group} ${ids.size}`).join(', ')}), ${langs.join(', ')}`);
