#!/usr/bin/env node
// Turns the modules `lit-localize build` writes to src/generated/locales/<lang>.ts into tables a
// page loads only in part: one table per widget and language, src/generated/locales/<lang>/<widget>.ts,
// holding the messages that widget shows (those whose msg() call sits in a file the widget's modules
// reach), and `admin` for those only the staff pages use; each table holds its ids (lit-localize's
// hash cut to ID_LENGTH characters, or an explicit id) and strings in the same order. Then
// src/generated/strings/<widget>.ts says which table a widget loads in each language (and
// strings/all.ts loads every one). The messages a widget shows only in a part of it loaded on demand
// (an `import()` its code names to `loadPart`, src/i18n/parts.ts: a form's review step and sending,
// drafts on the receiver, the story form's invitation) go to tables of their own,
// <widget>-later-<part>, which `WidgetStrings.later` loads with that part, so the first screen
// downloads only the strings it shows. So a Japanese page with the directory downloads the 60-odd
// messages it shows, not the 300 of every widget, in one file. A message two widgets show is in
// both tables: a page with one widget (the common case) fetches one table, not one per group of
// widgets sharing messages (with five widgets, up to 31 tables); a page with several widgets in
// Japanese or French fetches the shared messages once per widget. Fails when two messages would
// share a short id, and on any message of lit-localize's output it cannot place (the output is also
// evaluated, and both counts must agree). Run by scripts/build.mjs after `lit-localize build`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The widgets: each folder of src/ with a define.ts, but the staff pages'. */
const WIDGETS = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'admin' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name)
  .sort();
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

/**
 * The source files a module reaches through static imports, and the modules it imports on demand
 * (`import('./x.js')`: its lazy parts, each loaded later, with their own closures).
 */
const graphs = new Map();
async function graph(entry) {
  if (!graphs.has(entry)) {
    const lazy = new Set();
    const { metafile } = await build({
      entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent',
      external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'],
      plugins: [{
        name: 'graph',
        setup: (build) => {
          // What this script writes is not there yet on a first run, and holds no msg() calls.
          build.onResolve({ filter: /\/generated\// }, ({ path }) => ({ path, external: true }));
          build.onResolve({ filter: /^\./ }, async ({ path, kind, resolveDir }) => {
            if (kind !== 'dynamic-import') return undefined;
            const resolved = await build.resolve(path, { kind: 'import-statement', resolveDir });
            lazy.add(relative('.', resolved.path));
            return { path, external: true };
          });
        },
      }],
    });
    graphs.set(entry, { files: new Set(Object.keys(metafile.inputs)), lazy });
  }
  return graphs.get(entry);
}

/**
 * Each widget's first screen (src/<widget>/define.ts and its static imports) and its lazy parts: every
 * module reached through an `import()` from the first screen or from another lazy part, each with
 * the files it reaches statically. A part is named by its path under src/ without extension
 * (`forms/sending`): the name the code loading it gives to `loadPart` (src/i18n/localize.ts).
 */
const widgets = Object.fromEntries(await Promise.all(WIDGETS.map(async (widget) => {
  const first = await graph(`src/${widget}/define.ts`);
  const parts = new Map();
  const queue = [...first.lazy];
  while (queue.length) {
    const entry = queue.shift();
    if (parts.has(entry)) continue;
    const part = await graph(entry);
    parts.set(entry, part);
    queue.push(...part.lazy);
  }
  return [widget, { first: first.files, parts }];
})));
const partName = (entry) => entry.replace(/^src\//, '').replace(/\.ts$/, '');
/** The table of the strings only a lazy part shows: `<widget>-later-<part>`. */
const tableOfPart = (widget, entry) => `${widget}-later-${partName(entry).replace(/\//g, '-')}`;
/**
 * Where a lazy part's strings go: into tables of its own when the code loading it names it (to
 * `loadPart`, which loads them with it); a part no code names keeps its strings in the widget's
 * table, so that a widget that does not load parts' strings never shows one in English.
 */
const sources = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('generated'))
  .map((file) => readFileSync(`src/${file}`, 'utf8'))
  .join('\n');
for (const widget of WIDGETS) {
  const { first, parts } = widgets[widget];
  widgets[widget].eager = new Set(first);
  for (const [entry, part] of parts) {
    if (sources.includes(`'${partName(entry)}'`)) continue;
    parts.delete(entry);
    for (const file of part.files) widgets[widget].eager.add(file);
  }
}

/** Each short id's users: the widgets that show the message, and `admin` when the staff pages do. */
const usersOf = new Map();
/** Each short id's files (those of its msg() calls). */
const filesOf = new Map();
// lit-localize keeps one occurrence of a message used in several files, so it is asked file by file.
const { program } = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
for (const sourceFile of program.getSourceFiles()) {
  const file = relative('.', sourceFile.fileName);
  if (!file.startsWith('src/')) continue;
  const oneFile = Object.create(program, { getSourceFiles: { value: () => [sourceFile] } });
  for (const message of extractMessagesFromProgram(oneFile).messages) {
    const id = shortId(message.name);
    const reaching = WIDGETS.filter((widget) => widgets[widget].eager.has(file) || [...widgets[widget].parts.values()].some((part) => part.files.has(file)));
    const users = new Set([...(usersOf.get(id) ?? []), ...reaching]);
    if (file.startsWith('src/admin/')) users.add('admin'); // the staff pages (they load every table)
    usersOf.set(id, users);
    filesOf.set(id, new Set([...(filesOf.get(id) ?? []), file]));
  }
}

/**
 * The table of a message in a widget: the widget's own, when a msg() call of it sits in a file of
 * the first screen (or of a part whose strings stay in that table); otherwise the table of the smallest lazy part reaching it
 * (`<widget>-later-<part>`, loaded with that part: a part loads its own table and those of the parts
 * whose messages it shows too, so a message shown by two parts is kept once).
 */
function tableIn(widget, id) {
  const { eager, parts } = widgets[widget];
  const files = [...filesOf.get(id)];
  if (files.some((file) => eager.has(file))) return widget;
  const owner = [...parts]
    .filter(([, part]) => files.some((file) => part.files.has(file)))
    .sort(([a, x], [b, y]) => x.files.size - y.files.size || a.localeCompare(b))[0][0];
  return tableOfPart(widget, owner);
}
/** The tables a message goes to: its table in each widget that shows it, or `admin` / `unused` when none does. */
function tablesOf(id) {
  const users = usersOf.get(id) ?? new Set();
  const shown = WIDGETS.filter((widget) => users.has(widget));
  return shown.length ? shown.map((widget) => tableIn(widget, id)) : [users.has('admin') ? 'admin' : 'unused'];
}
const tables = new Map();
for (const { messages } of locales) {
  for (const id of messages.keys()) {
    for (const name of tablesOf(id)) {
      if (!tables.has(name)) tables.set(name, new Set());
      tables.get(name).add(id);
    }
  }
}
/**
 * At most this many messages a part shows from another part's table are copied into its own table rather than
 * loading that table: the form's checks show one message of the drafts on the receiver (the email format), and
 * would otherwise download all of theirs on a form's first focus.
 */
const FEW = 2;
/**
 * The tables a lazy part of a widget loads: those of the messages in the files it reaches, but for a table it
 * would load for a FEW messages only, which are copied into its own (adds to `tables`: run before they are written).
 */
function partTables(widget, entry, part) {
  const needed = new Map();
  for (const [id, files] of filesOf) {
    if (!usersOf.get(id)?.has(widget) || ![...files].some((file) => part.files.has(file))) continue;
    const table = tableIn(widget, id);
    if (table !== widget) needed.set(table, [...(needed.get(table) ?? []), id]);
  }
  const own = tableOfPart(widget, entry);
  const names = new Set();
  for (const [table, ids] of needed) {
    if (table !== own && ids.length <= FEW) {
      if (!tables.has(own)) tables.set(own, new Set());
      for (const id of ids) tables.get(own).add(id);
      names.add(own);
    } else names.add(table);
  }
  return [...names].sort();
}
const later = Object.fromEntries(WIDGETS.map((widget) => [
  widget,
  [...widgets[widget].parts]
    .map(([entry, part]) => [partName(entry), partTables(widget, entry, part)])
    .filter(([, parts]) => parts.length)
    .sort(([a], [b]) => a.localeCompare(b)),
]));

for (const { name, messages, usesStr } of locales) {
  const lang = name.replace(/\.ts$/, '');
  rmSync(`${dir}/${name}`);
  rmSync(`${dir}/${lang}`, { recursive: true, force: true });
  mkdirSync(`${dir}/${lang}`);
  for (const [table, members] of tables) {
    const ids = [...members].filter((id) => messages.has(id)).sort();
    const rows = ids.map((id) => messages.get(id));
    writeFileSync(
      `${dir}/${lang}/${table}.ts`,
      `${header}${usesStr && rows.some((row) => row.startsWith('str`')) ? "import { str } from '@lit/localize/internal/str-tag.js';\n" : ''}` +
        `export const ids = '${ids.join(',')}';\nexport const templates = [\n${rows.join(',\n')},\n];\n`,
    );
  }
}

const langs = locales.map(({ name }) => name.replace(/\.ts$/, ''));
const byLang = (names, indent) =>
  langs.map((lang) => `${indent}'${lang}': () => Promise.all([${names.map((table) => `import('../locales/${lang}/${table}.js')`).join(', ')}]),\n`).join('');
const loader = (names, later = []) =>
  `${header}import type { WidgetStrings } from '../../i18n/localize.js';\n\nexport const strings: WidgetStrings = {\n${byLang(names, '  ')}` +
  (later.length ? `  later: {\n${later.map(([part, parts]) => `    '${part}': {\n${byLang(parts, '      ')}    },\n`).join('')}  },\n` : '') +
  '};\n';
rmSync('src/generated/strings', { recursive: true, force: true });
mkdirSync('src/generated/strings');
for (const widget of WIDGETS) {
  writeFileSync(`src/generated/strings/${widget}.ts`, loader(tables.has(widget) ? [widget] : [], later[widget]));
}
writeFileSync('src/generated/strings/all.ts', loader([...tables.keys()].sort()));
rmSync('src/generated/message-ids.ts', { force: true });
console.log(`message tables: ${usersOf.size} messages in ${tables.size} tables (${[...tables].map(([table, ids]) => `${table} ${ids.size}`).join(', ')}), ${langs.join(', ')}`);
