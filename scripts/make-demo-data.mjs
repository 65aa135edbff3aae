#!/usr/bin/env node
// Builds demo/data/pairings.csv (the brief's "Pairing record" shape) from the reference CSVs in
// ../shared/data/: verified-pairings.csv (facts), jp-municipalities.csv and jp-prefectures.csv
// (kana readings and official URLs, joined on the 6-digit local-government code).
// Usage: node scripts/make-demo-data.mjs   (Node 20+, no dependencies)
// The hand-written parts (Japanese names of the North American side, their official sites, and
// public-facing notes) live in EXTRA below; everything else comes from the reference files.
import { writeFileSync } from 'node:fs';
import { readCsv as readSharedCsv } from './read-csv.mjs';

const dataDir = new URL('../../shared/data/', import.meta.url);
const outFile = new URL('../demo/data/pairings.csv', import.meta.url);

const readCsv = (name) => readSharedCsv(new URL(name, dataDir));

const csvField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lg = (code) => code.padStart(6, '0'); // prefecture codes are stored without the leading zero

// Keyed by na_country/na_region/na_name. ja: the name Japanese municipalities/media use for the
// North American side (left out when not sure); url: official site (only where certain);
// note: one plain sentence for the public; type: only when not "sister".
const EXTRA = {
  'US/MN/Saint Paul': { ja: 'セントポール市', url: 'https://www.stpaul.gov/', note: 'The first sister-city affiliation between the United States (and North America) and Japan.' },
  'US/OR/Portland': { ja: 'ポートランド市', url: 'https://www.portland.gov/' },
  'US/IL/Bloomington-Normal': { ja: 'ブルーミントン市・ノーマル市', note: 'Shared by the neighbouring twin communities of Bloomington and Normal.' },
  'US/TN/Knoxville': { ja: 'ノックスビル市', url: 'https://www.knoxvilletn.gov/' },
  'US/AK/Seward': { ja: 'スワード市' },
  'US/NJ/Elizabeth': { ja: 'エリザベス市' },
  'US/AK/Anchorage': { ja: 'アンカレジ市', url: 'https://www.muni.org/', note: 'The affiliation was reaffirmed at its 50th anniversary in 2019.' },
  'US/MA/Massachusetts': { ja: 'マサチューセッツ州', url: 'https://www.mass.gov/', note: 'A sister-state affiliation.' },
  'US/ME/Maine': { ja: 'メーン州', url: 'https://www.maine.gov/', note: 'A sister-state affiliation.' },
  'US/AR/Hot Springs': { ja: 'ホットスプリングス市', note: 'The 25th anniversary was celebrated in 2018.' },
  'US/CA/California': { ja: 'カリフォルニア州', url: 'https://www.ca.gov/', note: 'A sister-state affiliation.' },
  'US/WA/Washington': { ja: 'ワシントン州', url: 'https://wa.gov/', note: 'A sister-state affiliation.' },
  'US/WA/Seattle': { ja: 'シアトル市', url: 'https://www.seattle.gov/', note: 'The first Washington–Japan sister-city pairing; its 60th anniversary was celebrated in 2017.' },
  'US/NE/Omaha': { ja: 'オマハ市', url: 'https://www.cityofomaha.org/' },
  'US/MI/Kalamazoo': { ja: 'カラマズー市', note: 'The first Michigan–Japan sister-city pairing.' },
  'US/MI/Lansing': { ja: 'ランシング市', url: 'https://www.lansingmi.gov/' },
  'US/FL/Miami': { ja: 'マイアミ市', url: 'https://www.miami.gov/' },
  'US/CA/Modesto': { ja: 'モデスト市' },
  'US/CA/Concord': { ja: 'コンコード市', note: 'The 40th anniversary was celebrated in October 2014.' },
  'US/CA/Newport Beach': { ja: 'ニューポートビーチ市', url: 'https://www.newportbeachca.gov/' },
  'US/WA/Renton': { ja: 'レントン市', url: 'https://www.rentonwa.gov/' },
  'US/FL/Orlando': { ja: 'オーランド市', url: 'https://www.orlando.gov/' },
  'US/ME/Portland': { ja: 'ポートランド市', url: 'https://www.portlandmaine.gov/', note: 'Not to be confused with Portland, Oregon, which is paired with Sapporo.' },
  'US/IN/Fort Wayne': { ja: 'フォートウェーン市' },
  'US/TX/Pasadena': { ja: 'パサデナ市', note: 'The 55th anniversary was celebrated in 2019.' },
  // Millbrae's sister-city organisation calls Hanyu its "Friendship City"; katakana not confirmed.
  'US/CA/Millbrae': { type: 'friendship', note: 'Millbrae calls Hanyu its friendship city; it was counted as the 100th California–Japan relationship.' },
  'US/HI/Honolulu': { ja: 'ホノルル市・郡', url: 'https://www.honolulu.gov/' },
  'CA/AB/Alberta': { ja: 'アルバータ州', url: 'https://www.alberta.ca/', note: 'Described as the only Canadian province twinned with a Japanese prefecture.' },
  'CA/BC/Burnaby': { ja: 'バーナビー市', url: 'https://www.burnaby.ca/', note: 'Burnaby describes the agreement as an Exchange Affiliation.' },
  'CA/NS/Halifax': { ja: 'ハリファックス市', url: 'https://www.halifax.ca/' },
  'CA/QC/Montréal': { ja: 'モントリオール市', url: 'https://montreal.ca/' },
  'CA/PE/Charlottetown': { ja: 'シャーロットタウン市', url: 'https://www.charlottetown.ca/' },
  'CA/MB/Winnipeg': { ja: 'ウィニペグ市', url: 'https://www.winnipeg.ca/' },
  'CA/ON/Mississauga': { ja: 'ミササガ市', url: 'https://www.mississauga.ca/' },
};

const LEVEL = { 'city and county': 'city-and-county', 'special ward': 'special-ward' };
const level = (v) => LEVEL[v] ?? v;

const munis = new Map(readCsv('jp-municipalities.csv').map((r) => [lg(r.lgcode), r]));
const prefs = new Map(readCsv('jp-prefectures.csv').map((r) => [lg(r.lgcode), r]));

const COLUMNS = ['na_country', 'na_region', 'na_name', 'na_name_ja', 'na_level', 'jp_prefecture',
  'jp_name', 'jp_name_ja', 'jp_name_kana', 'jp_level', 'type', 'established', 'na_url', 'jp_url', 'note'];

const problems = [];
const out = readCsv('verified-pairings.csv').map((p, i) => {
  const key = `${p.na_country}/${p.na_region}/${p.na_name}`;
  const extra = EXTRA[key];
  if (!extra) problems.push(`row ${i + 2}: no EXTRA entry for ${key}`);
  const code = lg(p.jp_lgcode);
  const isPref = p.jp_level === 'prefecture';
  const jp = isPref ? prefs.get(code) : munis.get(code);
  if (!jp) problems.push(`row ${i + 2}: lgcode ${code} not found`);
  const kana = (isPref ? jp?.prefkana : jp?.citykana) ?? '';
  const jpName = isPref ? jp?.pref : jp?.city;
  if (jpName && jpName !== p.jp_name_ja) problems.push(`row ${i + 2}: ${jpName} ≠ ${p.jp_name_ja}`);
  return {
    na_country: p.na_country,
    na_region: p.na_region,
    na_name: p.na_name,
    na_name_ja: extra?.ja ?? '',
    na_level: level(p.na_level),
    jp_prefecture: String(Number(p.jp_pref_code)),
    jp_name: p.jp_name_en,
    jp_name_ja: p.jp_name_ja,
    jp_name_kana: kana,
    jp_level: level(p.jp_level),
    type: extra?.type ?? 'sister',
    established: p.established,
    na_url: extra?.url ?? '',
    jp_url: jp?.url ?? '',
    note: extra?.note ?? '',
  };
});

for (const r of out) {
  if (!/^[\u3041-\u309F\u30FC ]+$/.test(r.jp_name_kana)) problems.push(`${r.jp_name}: kana "${r.jp_name_kana}"`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const lines = [COLUMNS.join(','), ...out.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))];
writeFileSync(outFile, lines.join('\n') + '\n', 'utf8');
console.log(`wrote ${out.length} pairings to demo/data/pairings.csv`);
