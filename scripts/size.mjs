#!/usr/bin/env node
// `npm run size`: min+gzip size of every file in dist/, what a first visit downloads from the ES
// build for each page, and the budgets. With --check (as `npm test` runs it) it exits 1 when a
// budget is exceeded.
//
// Budgets (bytes of gzip -9 of the minified files, each file counted once per page):
// - ES build (dist/sister-city-widgets.js, which loads dist/widgets/<widget>.js, which imports
//   the shared chunks): for each widget the loader knows, its page in English and in Japanese or
//   French (with that language's chunks), and the most it adds to an English page that has another
//   widget; all widgets on one English page. What a page loads on demand later (a form's schema and
//   sending code, on first focus or press) is not counted: `bench/sizes.mjs` reads the same figures
//   from Chromium page loads.
// - the shared runtime, the files every widget's page imports (also counted in each page);
// - each classic script with every language, dist/classic/sister-city-<widget>.js (one per widget,
//   since a page pastes the one for its widget), and each in one language, <widget>.<lang>.js;
// - the pairings entry for bundlers: what a production bundler adds for
//   `import 'sister-city-widgets/pairings'`, i.e. dist/npm/pairings.js and the package modules it
//   imports bundled into one minified file (Lit, zod and @lit/localize are the app's own
//   dependencies there, so left out) ≤ 14.8 KiB. The npm build ships one file per module so that
//   bundlers can tree-shake; summing each small file's gzip would count gzip's overhead per file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync, transformSync } from 'esbuild';

const KiB = 1024;
// The CDN files are built minified and measured as shipped; the npm build is shipped readable, so
// it is minified here first (re-minifying the CDN files would only change their bytes, not shrink them).
const gz = (file) => {
  const code = readFileSync(file, 'utf8');
  const minified = file.includes('/npm/') ? transformSync(code, { minify: true, loader: 'js' }).code : code;
  return gzipSync(minified, { level: 9 }).length;
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * The relative modules a file imports statically: `import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`, written as a minifier writes them too (`import{a as b}from"./x.js"`,
 * `}import"./x.js"`, no space before `from`). Dynamic `import("./x.js")` is left out: it loads later.
 */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\s/])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]);
}

/** The file and every relative module it imports statically. */
function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const path of staticImports(code)) staticClosure(join(dirname(entry), path), seen);
  return seen;
}

const sum = (list) => [...list].reduce((total, file) => total + gz(file), 0);
const kib = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;

const all = files('dist').filter((file) => /\.(js|css)$/.test(file) && !file.includes('/types/'));
console.log('min+gzip size of each file in dist/:');
for (const file of all.sort()) console.log(`  ${relative('dist', file).padEnd(44)} ${String(gz(file)).padStart(7)} B`);

// The ES build's pages. dist/widgets/ holds one entry per widget (<widget>.js), the chunks they
// share (Lit, zod, the language machinery… and the form engine of both forms) and the language
// chunks (ja-*.js, fr-CA-*.js, imported on demand). A page downloads the loader, each of its
// widgets' static closures and, in Japanese or French, its language chunk's closure, each file once.
const LOADER = 'dist/sister-city-widgets.js';
/** The widgets the loader knows (each `import("./widgets/<widget>.js")` in it), so that a new widget is measured as soon as it is built. */
const WIDGETS = [...readFileSync(LOADER, 'utf8').matchAll(/\bimport\(\s*["'`]\.\/widgets\/([\w-]+)\.js["'`]\s*\)/g)].map((match) => match[1]);
/** The relative modules a file imports on demand (`import("./x.js")`; a minifier may write `import(`./x.js`)`). */
const dynamicImports = (code) => [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
/** What a first visit to a page with these widgets in this language downloads, in bytes. */
function page(widgets, lang = 'en') {
  const seen = new Set([LOADER]);
  for (const widget of widgets) staticClosure(join('dist/widgets', `${widget}.js`), seen);
  // In Japanese or French, the language chunks these files load on demand (<lang>-*.js: the
  // region names and the strings of each widget), but the strings of the parts a widget loads
  // later (<lang>-<widget>-later-*.js, loaded with those parts: scripts/message-tables.mjs).
  if (lang !== 'en') {
    for (const file of [...seen]) {
      for (const path of dynamicImports(readFileSync(file, 'utf8'))) {
        if (path.startsWith(`./${lang}-`) && !path.includes('-later-')) staticClosure(join(dirname(file), path), seen);
      }
    }
  }
  return sum(seen);
}

/** An entry and the package modules it imports as one production bundle would carry them, min+gzip. */
function bundled(entry) {
  // Split as a bundler would, so that the language tables (imported on demand) stay out of the
  // English page; then count the entry's chunk and the chunks it imports statically.
  const { outputFiles, metafile } = buildSync({
    entryPoints: [entry], bundle: true, splitting: true, outdir: 'size-out', minify: true, format: 'esm', write: false,
    metafile: true, external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*'],
  });
  const byPath = new Map(outputFiles.map((file) => [relative('.', file.path), file.contents]));
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { path: next, kind } of metafile.outputs[path].imports) if (kind === 'import-statement' && byPath.has(next)) visit(next);
  };
  visit(Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint === entry));
  return [...seen].reduce((total, path) => total + gzipSync(byPath.get(path), { level: 9 }).length, 0);
}

const onePage = WIDGETS.flatMap((widget) => ['en', 'ja', 'fr-CA'].map((lang) => ({ widget, lang, bytes: page([widget], lang) })));
// What each widget adds to an English page that has another one already: the most, over every other widget.
// Each widget added to a page that has another: the most it adds, and beside which widget.
const added = WIDGETS.map((next) =>
  WIDGETS.filter((first) => first !== next)
    .map((first) => ({ widget: next, beside: first, bytes: page([first, next]) - page([first]) }))
    .reduce((most, row) => (row.bytes > most.bytes ? row : most)),
);
const allWidgets = page(WIDGETS);
console.log('\nwhat a first visit downloads from the ES build (the loader and every chunk the page needs):');
for (const { widget, lang, bytes } of onePage) console.log(`  ${`${widget} ${lang}`.padEnd(44)} ${kib(bytes).padStart(10)}`);
for (const { widget, beside, bytes } of added) console.log(`  ${`+ ${widget} on a page with another (most)`.padEnd(44)} ${kib(bytes).padStart(10)}  (beside ${beside})`);
console.log(`  ${`all ${WIDGETS.length} widgets, English`.padEnd(44)} ${kib(allWidgets).padStart(10)}`);

// Targets of issue 17: a one-widget page ≤ 22 KiB in English and ≤ 26 KiB in Japanese or French, each
// widget added to a page ≤ +10 KiB, all three widgets on one English page ≤ 42 KiB, each classic
// script ≤ 32 KiB. Each widget's budgets: [English page, ja or fr-CA page, added to a page with another].
// A widget without a line here is held to the targets: the directory (19.9 / 23.2 KiB, +9.9) and the
// stories reader (18.8 / 21.2, +8.8) meet them, since zod loads only when a row or story fails their
// fast checks. Where a target is not reached, the figure reached rounded up to 0.1 KiB, and why
// (bench/README.md has the breakdown):
// - the forms: the runtime (Lit, the language machinery, theme: 9.2 KiB) and the form engine (8.8) are what
//   a form's first screen needs (zod, its schema, the review step and sending wait for a first focus or
//   press); beside the directory or the reader a form adds that engine.
//   Drafts on the receiver (issue 14) added 0.4–0.5 KiB to each form's first screen (the probe of the
//   endpoint, RemoteDrafts, and its hook in the form; the feature itself loads only where offered) and
//   1.3–1.7 KiB to its Japanese and French pages: the drafts' and invitation's strings sat in the form's
//   one table per language. Now (issue 17, 17-forms-bytes) the strings of the parts a form loads on
//   demand (review and sending, drafts on the receiver, the invitation) are in tables of their own,
//   loaded with those parts (scripts/message-tables.mjs): ja/fr-CA 28.8 → 27.5 (story), 28.4 → 27.6
//   (request); the drafts probe loads only where `remote-drafts` is set; the local drafts' code loads on
//   the first focus or input, or before the first render only where a draft is stored
//   (src/forms/draft-keys.ts); the error summary loads with the checks, file checking when a first file
//   is chosen, the retry policy with sending. Reached: story form en 22.2 (target 22: 0.2 over), request
//   form en 22.0; ja/fr-CA 26.4 / 26.5 (target 26): the Japanese and French pages carry the region names
//   and message ids (1.3 KiB) and a table of the strings the first screen shows, among them each field's
//   error messages, which the forms' descriptions (story-fields.ts, request-fields.ts) build with the
//   labels; beside another widget +12.2 / +12.0 (target +10): the form engine's first screen (fields,
//   groups, styles, the element) is what a form shows. The next steps: field messages made when a check
//   shows them, and the chosen file's handling loaded when a file is chosen.
// - the board (issues 13, 17): it checks entries with a fast check held to the schema (zod loads only
//   for an entry that fails it), reads CSV only for a file that is not JSON served as JSON, and loads
//   matching when first asked for: 33.6 -> 24.2 KiB (ja/fr-CA 37.6 -> 28.0, beside a form 23.6 -> 14.2).
//   Its first screen (cards, search, the filters with the partner areas its requests' words name,
//   sorting, the fast check) is about 12 KiB of its own beside the runtime's 10.8. About 0.9 KiB of
//   that is the split itself: with `preserveEntrySignatures: 'allow-extension'` in the widget build
//   (vite.config.ts), the board's first-screen modules that matching also uses would stay in
//   widgets/requests.js instead of a chunk of their own (measured 23.2 / 27.0 / +13.2 KiB); with i17-runtime's build, which sets it, 23.0 / 26.8 / +13.5.
//   Then (issue 17, h-board) what its first screen does not show loads when first needed, each part with
//   a table of its strings: matching's strings and the ranking's state and glue (ranking.ts), a request's
//   whole profile (card-details.ts), what is wrong with a file it cannot read (source-problem.ts); the
//   cards are listed without the repeat directive (0.9 KiB beside a form): 23.1 / 26.8 / +13.6 ->
//   21.9 / 24.9 / +12.4 (en / ja / beside the story form). Beside another widget it stays over +10: its
//   first screen is its cards, the search, the filter menus (about 3 KiB with the partner areas their
//   requests' words name: areas.ts, the menus and their labels), sorting, loading and the fast check;
//   menus filled on first use could be focused and announced with one option (not done, as for the directory).
// - the directory beside the story form: 10.8, 0.8 over. Traced: it is the directory's own code
//   (pairings.js 7.0, loading and row checks 2.3, search folding and readings 0.6, level names 0.4,
//   decades 0.2) and, since the prefectures' Japanese names left the runtime (a form's page no longer
//   downloads them: -0.5 KiB for each form page in English and French), those names for its search (0.35).
//   The board beside a form brings them too.
// - the directory, +0.6 KiB for its load CPU (issue 17, part 3): counts, plurals and dates written
//   without Intl (plain-format.ts), and row checks without zod's JIT: each kind of Intl formatter costs
//   a few ms of CPU before the first rows. Beside a form: 10.8 -> 11.4; its entry for bundlers 14.8 -> 15.5.
// - each form +0.4 (issue 17, forms' start-up CPU): the form renders its first screen's sections first
//   and the rest one per task after the first frame (src/forms/section-pacer.ts, 0.28 KiB), and a
//   menu's options as one template (0.12 KiB); the classic story form likewise (45.0).
// - the directory, the reader and the board read inline data only once their children are parsed
//   (src/base/after-children.ts: a classic script in <head> defines them before): +0.1 where it is shared.
// - the directory, -0.05 KiB (issue 17, its load CPU): the fast row check no longer walks each record's
//   keys, the rows show before the schema checks the refused ones, entries are a class: beside a form
//   11.48 -> 11.43, its entry for bundlers 15.49 -> 15.46.
// - the forms' field error messages (issue 17, h-messages) in a module of each form's own, loaded with the checks
//   (story-checks.ts, request-checks.ts, which bring the check and its strings too): ja/fr-CA 26.5 -> 25.8
//   (target met), en -0.3, beside another -0.3.
// - each form +0.03–0.07 (issue 17, forms' start-up CPU): the runtime, the form engine and the forms'
//   own chunks (and the forms' classic scripts) open with V8's compile hint `//# allFunctionsCalledOnLoad`
//   (vite.config.ts, compileHints): their functions compile off the main thread while they download,
//   4–8 ms less main-thread CPU before a form's first frame. The story form's English page: 21.96 -> 22.03.
// - the forms' later states leave the first screen (issue 17, h-forms2), loaded with their strings (`loadPart`): the
//   date field's checking (date-check.ts), the outcome panels' words and the error summary with the checks, the
//   restored-draft notice with the drafts, the file size messages with the file check. Story form en / ja / beside
//   21.76 / 25.83 / 12.22 -> 20.95 / 24.64 / 11.42; request form 21.54 / 25.84 / 12.00 -> 21.41 / 25.42 / 11.88.
// - every widget -0.12 to -0.2, the request form -0.4 (issue 17, s22-request-cpu): msg() descriptions dropped
//   from the shipped files again (vite.config.ts, stripMessageDescriptions: it had matched nothing since Vite's
//   transform writes double quotes), and the form engine's chunk holds the small modules both forms' first
//   screens load (paths and checks, number reading, the forms' styles and common fields: one file, not three);
//   the menus' options made with new Option() (src/forms/option-list.ts) +0.04 on each form. Story form en / ja /
//   beside 20.95 / 24.64 / 11.42 -> 20.83 / 24.52 / 11.29; request form 21.41 / 25.42 / 11.88 -> 21.01 / 25.01 /
//   11.47; the directory beside another 11.43 -> 11.23, the board 22.03 / 24.99 / 12.49 -> 21.87 / 24.83 / 12.33.
// - both forms +0.01–0.02 (6e5e60c): the section pacer waits for a frame on a visible page and listens for the
//   page being hidden, instead of a 100 ms timer that could add sections before the first frame on a busy machine.
// Tighten a budget when a figure drops; never raise one silently.
const BUDGETS = {
  pairings: [22, 26, 11.25],
  'story-form': [20.87, 24.56, 11.33],
  'request-form': [21.04, 25.05, 11.51],
  // The board +0.02–0.03 since the runtime it shares opens with the forms' compile hint (above).
  requests: [21.9, 24.85, 12.35],
};
const TARGET = [22, 26, 10];
const budgetOf = (widget) => BUDGETS[widget] ?? TARGET;
// All widgets on one English page: the three of issue 17 reach 36.1 KiB, within the target (42); each
// further widget may add its own "added" budget.
const THREE = ['pairings', 'story-form', 'request-form'];
const allBudget = 42 + WIDGETS.filter((widget) => !THREE.includes(widget)).reduce((total, widget) => total + budgetOf(widget)[2], 0);
/** The files every widget's page imports statically: the shared runtime. */
const runtime = WIDGETS.map((widget) => staticClosure(join('dist/widgets', `${widget}.js`)))
  .reduce((shared, closure) => new Set([...shared].filter((file) => closure.has(file))));
// Classic scripts with every language (target 32 KiB) over the target, at the figure reached, and why. A
// classic script carries its own Lit, zod and every language (ja and fr-CA strings and region names: 5 to
// 10 KiB), and every part an ES page loads on demand (a form's checks, review, sending, drafts on the
// receiver and the invitation; the board's zod beside its fast check, matching and the CSV reader). A page
// in one language pastes the one-language file instead (below); the file with every language stays for
// pages that switch language. Since issue 17's classic round, terser runs after the bundler's minifier on
// each classic script (vite.classic.ts, minifyAgain): 45.6 -> 45.4, 43.1 -> 43.0, 36.3 -> 35.9.
// The board's also lists its cards without the repeat directive and its lazy parts' strings are tables of
// their own (h-board).
// The forms' field messages in tables of their own (issue 17, h-messages) cost the classic scripts with every
// language +0.4–0.5 (each language's table and loader for them), for 0.6 KiB less on every Japanese or French
// form page.
// Then no lazy-part machinery in the classic scripts (h-classic2, vite.classic.ts noLaterParts): the later tables
// merged into each language's table, no namespace objects for the inlined import()s: 45.94 -> 45.37, 43.45 -> 43.01.
// The forms' later parts (h-forms2: date checks, outcome words, restored-draft notice, file messages, error summary
// loaded when needed) keep their small glue in a one-file script: +0.05–0.2.
// Inviting the partner city after a story was sent without a saved draft (s22-invite-sent: the sender's own link made
// with the Idempotency-Key and the receipt's `invite` in sending and in drafts on the receiver, both forms; the
// confirmation's invitation and its four sentences in every language, the story form): 45.42 -> 45.94, 43.13 -> 43.31.
// An ES page loads all of it later (sending, drafts on the receiver, the invitation): its first screen is unchanged.
// The invitation's logic moved out of the shared drafts controller into the story form's own part (s22-invite-more:
// src/story-form/invitation.ts, remote-draft-files.ts), and the sent confirmation says until when the partner's link
// works: story 45.92 -> 46.06 (the split's glue in a one-file script, the date sentence in three languages), request
// 43.24 -> 43.01 (it no longer carries the invitation). ES pages: first screens unchanged.
// s22-partner-until: the partner told until when their link works (opened, and after sending their side, from the
// side's answer's new expires_at): story 46.06 -> 46.22 (the two sentences in three languages, the invite part
// inlined in a one-file script), request 43.01 -> 43.05 (the shared send and link controllers carry expires_at from
// the answer to the success event). ES first screens unchanged.
const CLASSIC = { 'story-form': 46.23, 'request-form': 43.06, requests: 35.22 };
// The classic scripts in one language each, dist/classic/sister-city-<widget>.<lang>.js (issue 17: the
// lead's choice, one file per language beside the file with every language; vite.classic.ts): the same
// widget, every feature, speaking that language whatever the page says, its messages written in the code
// in that language (vite.translate.ts: no tables of ids, no lookup). Target 32 KiB each. Over it, at the
// figure reached: the forms, in English, ja, fr-CA, story 34.7 / 37.6 / 35.8 and request 32.8 / 35.4 /
// 33.9. Each carries Lit (4.7), zod and the form's schema (9; an ES page loads them on first focus), the
// form engine with review, sending and local drafts (about 12), and drafts on the receiver with, for the
// story form, the partner's invitation (4.3–4.7 / 2.9–3.2 KiB; an ES page loads them only where the endpoint
// offers them): `node bench/breakdown.mjs --classic --options` measures the forms without the latter at
// 30.4 / 32.8 / 31.3 (story) and 29.9 / 32.2 / 30.9 (request), a feature an owner would have to drop.
// Japanese text is UTF-8 of three bytes a character, hence ja above fr-CA above en.
const CLASSIC_LANGUAGES = ['en', 'ja', 'fr-CA'];
// Since the forms' field messages moved to lazy parts (h-messages: 34.94 / 38.19 / 36.34, 33.11 / 36.06 / 34.41), no
// lazy-part machinery, no namespace objects and no msg() calls (the text alone) in these files (h-classic2).
const CLASSIC_ONE = {
  // + the forms' later parts' glue (h-forms2, above); + the menus' options made with new Option()
  // (src/forms/option-list.ts, issue 17: 2.1 -> 0.5 ms of a cold first render for the prefecture menu), +0.04–0.05;
  // + the section pacer's frame wait (above), +0.01–0.02; + inviting the partner after sending (s22-invite-sent,
  // above): story 34.75 / 37.86 / 36.00 -> 35.04 / 38.16 / 36.30, request 32.86 / 35.89 / 34.14 -> 33.04 / 36.05 / 34.30
  // on their own.
  // Together, measured after the merge: story 35.11 / 38.22 / 36.37, request 33.12 / 36.13 / 34.38.
  // The invitation's logic in the story form's own part, the sent confirmation's date (s22-invite-more, above): story
  // 35.23 / 38.35 / 36.49 (+0.12), request 32.88 / 35.93 / 34.15 (-0.20 to -0.24).
  // s22-partner-until (above): story 35.34 / 38.47 / 36.61 (+0.11-0.12), request 32.91 / 35.96 / 34.20 (+0.03-0.05).
  'story-form': { en: 35.35, ja: 38.48, 'fr-CA': 36.62 },
  'request-form': { en: 32.92, ja: 35.97, 'fr-CA': 34.21 },
};
const budgets = [
  ...WIDGETS.flatMap((widget) => {
    const [en, other, more] = budgetOf(widget);
    const pages = onePage.filter((row) => row.widget === widget);
    return [
      [`${widget} page, English`, pages.find(({ lang }) => lang === 'en').bytes, en * KiB],
      [`${widget} page, ja or fr-CA (largest)`, Math.max(...pages.filter(({ lang }) => lang !== 'en').map(({ bytes }) => bytes)), other * KiB],
      [`${widget} added to a page with another (most)`, added.find((row) => row.widget === widget).bytes, more * KiB],
    ];
  }),
  ['The directory and both forms on one English page (issue 17)', page(THREE), 42 * KiB],
  [`All ${WIDGETS.length} widgets on one English page`, allWidgets, allBudget * KiB],
  // The runtime every widget's first screen imports (Lit, the language machinery, the base element,
  // theme tokens, the English region names), counted in each page above too; held on its own so that
  // what it gains shows where it happens (issue 17: it was 9.9 KiB; the prefectures' Japanese names
  // left it for the language and the widgets that search them, and the pure-annotation comments).
  ['Shared runtime (in every widget page)', sum(runtime), 9.2 * KiB],
  // Each classic script, every language inside: `node bench/breakdown.mjs --classic` lists what each
  // carries, `--classic --options` what it would weigh without some of it.
  ...WIDGETS.map((widget) => [`Classic script, ${widget} (every language)`, gz(`dist/classic/sister-city-${widget}.js`), (CLASSIC[widget] ?? 32) * KiB]),
  ...WIDGETS.flatMap((widget) => CLASSIC_LANGUAGES.map((lang) => [
    `Classic script, ${widget}, ${lang} only`, gz(`dist/classic/sister-city-${widget}.${lang}.js`), (CLASSIC_ONE[widget]?.[lang] ?? 32) * KiB,
  ])),
  ['Pairings entry for bundlers (+ its package modules)', bundled('dist/npm/pairings.js'), 15.47 * KiB],
];
let over = false;
console.log('\nbudgets:');
for (const [name, bytes, limit] of budgets) {
  const ok = bytes <= limit;
  over ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(52)} ${kib(bytes).padStart(10)} of ${kib(limit)}`);
}
if (process.argv.includes('--check') && over) {
  console.error('\nA size budget is exceeded.');
  process.exit(1);
}
