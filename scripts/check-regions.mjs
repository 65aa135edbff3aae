#!/usr/bin/env node
// Compares src/regions/data*.ts against the reference CSVs in ../shared/data/.
// Usage: node scripts/check-regions.mjs   (Node 20+, no dependencies)
// Exits 1 on any mismatch; exits 0 with a notice when ../shared/data is absent.
import { existsSync, readFileSync } from 'node:fs';
import { readCsv as readSharedCsv } from './read-csv.mjs';
import { fileURLToPath } from 'node:url';

const dataDir = new URL('../../shared/data/', import.meta.url);

if (!existsSync(fileURLToPath(dataDir))) {
  console.log('../shared/data not found: skipped');
  process.exit(0);
}

const readCsv = (name) => readSharedCsv(new URL(name, dataDir));

/**
 * Evaluates one of the (simple) region data modules after stripping its type syntax and imports;
 * `scope` gives what it imports (data-fr.ts builds on the English names).
 */
function evaluate(file, names, scope = {}) {
  const src = readFileSync(new URL(`../src/regions/${file}`, import.meta.url), 'utf8');
  const js = src.replace(/^import .*$/gm, '').replace(/^(?:export )?const (\w+)\s*:[^=]*=/gm, 'const $1 =');
  try {
    return new Function(...Object.keys(scope), `${js}\nreturn { ${names.join(', ')} };`)(...Object.values(scope));
  } catch (err) {
    console.error(`cannot evaluate src/regions/${file} after stripping types: ${err.message}`);
    process.exit(1);
  }
}

/** Joins data.ts (English), data-ja-prefectures.ts, data-kana.ts (readings), data-ja.ts and data-fr.ts into one view. */
function loadData() {
  const en = { ...evaluate('data.ts', ['US_EN', 'CA_EN', 'PREFECTURES_EN']), ...evaluate('data-ja-prefectures.ts', ['PREFECTURES_JA']), ...evaluate('data-kana.ts', ['PREFECTURES_KANA']) };
  const ja = evaluate('data-ja.ts', ['US_JA', 'CA_JA']);
  // French names: only those that differ from English are written; the widgets fall back to English.
  const fr = evaluate('data-fr.ts', ['US_FR', 'CA_FR', 'PREFECTURES_FR'], { PREFECTURES_EN: en.PREFECTURES_EN });
  const join = (enTable, jaTable, frTable) =>
    Object.fromEntries(
      [...new Set([...Object.keys(enTable), ...Object.keys(jaTable), ...Object.keys(frTable)])].map((code) => [
        code,
        { en: enTable[code], ja: jaTable[code], fr: frTable[code] ?? enTable[code] },
      ]),
    );
  return {
    US_REGIONS: join(en.US_EN, ja.US_JA, fr.US_FR),
    CA_REGIONS: join(en.CA_EN, ja.CA_JA, fr.CA_FR),
    PREFECTURES: en.PREFECTURES_EN.map((name, i) => ({
      code: i + 1,
      en: name,
      ja: en.PREFECTURES_JA[i],
      kana: en.PREFECTURES_KANA[i],
      fr: fr.PREFECTURES_FR[i],
    })),
  };
}

const fold = (s) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const isText = (s) => typeof s === 'string' && s.trim() !== '';

const { US_REGIONS, CA_REGIONS, PREFECTURES } = loadData();
const problems = [];
let checked = 0;
const bad = (msg) => problems.push(msg);

function checkTable(label, csvRows, codeCol, table, compare) {
  const csvCodes = new Set();
  for (const row of csvRows) {
    const code = row[codeCol];
    csvCodes.add(code);
    checked++;
    const entry = table?.[code];
    if (!entry) { bad(`${label} ${code}: in CSV but missing from data.ts`); continue; }
    for (const key of ['en', 'ja', 'fr']) {
      if (!isText(entry[key])) bad(`${label} ${code}: empty or missing "${key}"`);
    }
    compare(code, row, entry);
  }
  for (const code of Object.keys(table ?? {})) {
    if (!csvCodes.has(code)) bad(`${label} ${code}: in data.ts but not in CSV`);
  }
}

checkTable('US', readCsv('us_states.csv'), 'post_code', US_REGIONS, (code, row, e) => {
  if (e.en !== row.name) bad(`US ${code}: en "${e.en}" != CSV "${row.name}"`);
});

checkTable('CA', readCsv('ca-provinces.csv'), 'code', CA_REGIONS, (code, row, e) => {
  if (e.en !== row.name_en) bad(`CA ${code}: en "${e.en}" != CSV "${row.name_en}"`);
  if (e.fr !== row.name_fr) bad(`CA ${code}: fr "${e.fr}" != CSV name_fr "${row.name_fr}"`);
  const suffix = row.type === 'territory' ? '準州' : '州';
  if (!e.ja?.endsWith(suffix) || (suffix === '州' && e.ja.endsWith('準州'))) {
    bad(`CA ${code}: ja "${e.ja}" should end with ${suffix} (${row.type})`);
  }
});

// Prefectures: array index i holds JIS code i + 1.
const prefRows = readCsv('jp-prefectures.csv');
const prefByCode = new Map(prefRows.map((r) => [Number(r.pid), r]));
if (!Array.isArray(PREFECTURES)) bad('JP: PREFECTURES is not an array');
const prefs = Array.isArray(PREFECTURES) ? PREFECTURES : [];
for (const row of prefRows) {
  const code = Number(row.pid);
  checked++;
  const e = prefs[code - 1];
  if (!e) { bad(`JP ${code}: in CSV but missing from data.ts`); continue; }
  if (e.code !== code) bad(`JP ${code}: PREFECTURES[${code - 1}].code is ${e.code}`);
  if (row['ISO3166-2'] && row['ISO3166-2'] !== `JP-${String(code).padStart(2, '0')}`) {
    bad(`JP ${code}: CSV ISO code ${row['ISO3166-2']} does not match pid`);
  }
  if (fold(e.en) !== fold(row.pref_en)) bad(`JP ${code}: en "${e.en}" != CSV "${row.pref_en}"`);
  if (fold(e.fr) !== fold(row.pref_en)) bad(`JP ${code}: fr "${e.fr}" is not a spelling of "${row.pref_en}"`);
  if (e.ja !== row.pref) bad(`JP ${code}: ja "${e.ja}" != CSV "${row.pref}"`);
  if (e.kana !== row.prefkana) bad(`JP ${code}: kana "${e.kana}" != CSV "${row.prefkana}"`);
}
prefs.forEach((e, i) => {
  if (!prefByCode.has(i + 1)) bad(`JP ${i + 1}: in data.ts (${e?.en}) but not in CSV`);
});

for (const p of problems) console.log(p);
console.log(`regions: ${checked} checked, ${problems.length} mismatches`);
process.exit(problems.length ? 1 : 0);
