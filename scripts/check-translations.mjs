#!/usr/bin/env node
// Every message has a translation in every language: runs `lit-localize extract`
// on a copy of xliff/ (so the checked-in files are not touched: a msg() added or
// changed and not extracted yet shows there without a target) and fails, naming
// them, when a trans-unit has no <target> or an empty one, or when a question is
// translated as a statement (no ？ or ?). Run by `npm test`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
const copy = join(dir, 'xliff');
cpSync(config.interchange.xliffDir, copy, { recursive: true });
writeFileSync(
  join(dir, 'lit-localize.json'),
  JSON.stringify({ ...config, tsConfig: resolve(config.tsConfig), output: { mode: 'runtime', outputDir: join(dir, 'out') }, interchange: { ...config.interchange, xliffDir: copy } }),
);
try {
  execFileSync('node_modules/.bin/lit-localize', ['extract', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe' });
  const problems = [];
  for (const locale of config.targetLocales) {
    const file = `${locale}.xlf`;
    const extracted = readFileSync(join(copy, file), 'utf8');
    const units = [...extracted.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    const missing = units.filter(([, , body]) => !/<target>(?!<\/target>)[\s\S]+?<\/target>/.test(body));
    for (const [, id, body] of missing) {
      problems.push(`${file}: no target for ${id} ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? ''}`);
    }
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1].trim() ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1].trim() ?? '';
      if (target && source.endsWith('?') && !/[?？]$/.test(target)) problems.push(`${file}: ${id} asks a question, its target does not: ${target}`);
    }
    console.log(`translations: ${file} ${units.length - missing.length} of ${units.length} translated`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
