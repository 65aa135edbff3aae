// The pairings file (PAIRINGS_FILE) as the receiver reads it for coverage and the book, over real HTTP: the
// directory's own tidying (the shared src/schema/ modules) applied to what spreadsheets leave — `JP-42`,
// codes in lower case, `Special Ward`, an empty type, a UTF-8 byte-order mark, quoted fields — in CSV and
// JSON, bad rows skipped and counted as the directory skips them, and a file that is not a pairings file at
// all (a web page, JSON that is no list) refused with a 503 naming the setting.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startReceiver } from './helpers.mjs';
import { signedInStaff } from './staff.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pairings-file-'));
let receiver;
let staff;
before(async () => {
  receiver = await startReceiver({});
  staff = await signedInStaff(receiver, 'editor@example.org');
});
after(async () => {
  await receiver.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Coverage as staff see it with `contents` as the pairings file named `name` (read on each request): { status, body }. */
async function coverageOf(name, contents) {
  const file = join(dir, name);
  writeFileSync(file, contents);
  receiver.config.pairingsFile = file;
  const response = await staff.request('GET', '/admin/api/coverage');
  return { status: response.status, body: await response.json() };
}

const CSV = [
  '\uFEFFNA_Country , na_region,na_name,jp_prefecture,jp_name,jp_level,type,established,extra',
  'us, mn ,Saint Paul,JP-42,Nagasaki,,,1955-12-07,ignored',
  'US,WA,"Seattle, the city",28,Kobe,Special Ward,friendship,1957,',
  'CA,QC,Montréal,"13",Tokyo,,partnership,,',
  'US,ZZ,Nowhere,42,Nagasaki,,,,', // no such state
  'US,OR,Portland,48,Sapporo,,,,', // no such prefecture
  'US,OR,Portland,1,,,,,', // no Japanese name
  'US,TX,Houston,2,Aomori,,,1955-13,', // no such month
].join('\r\n');

describe('the pairings file as the receiver reads it', () => {
  it('tidies a spreadsheet’s CSV as the directory does and skips the rows the directory skips', async () => {
    const { status, body } = await coverageOf('pairings.csv', CSV);
    assert.equal(status, 200);
    assert.equal(body.skipped, 4);
    const pairings = Object.fromEntries(body.pairings.map((p) => [p.key, p]));
    assert.deepEqual(body.pairings.map((p) => p.na_name).sort(), ['Montréal', 'Saint Paul', 'Seattle, the city']);
    const saintPaul = pairings['US-MN-saint-paul/42-nagasaki'];
    assert.deepEqual([saintPaul.na_country, saintPaul.na_region, saintPaul.jp_prefecture, saintPaul.type, saintPaul.established], ['US', 'MN', 42, 'sister', '1955-12-07']);
    assert.equal(saintPaul.extra, undefined, 'unknown columns are not kept');
    const seattle = body.pairings.find((p) => p.na_name === 'Seattle, the city');
    assert.deepEqual([seattle.na_name, seattle.jp_level, seattle.type], ['Seattle, the city', 'special-ward', 'friendship']);
  });

  it('reads JSON as a list or { pairings: [...] }, skipping what is not a pairing', async () => {
    const rows = [
      { na_country: 'US', na_region: 'MN', na_name: 'Saint Paul', jp_prefecture: '42', jp_name: 'Nagasaki', established: 1955 },
      'not a row',
      { na_country: 'US', na_region: 'MN', na_name: 'Saint Paul' },
    ];
    for (const data of [rows, { pairings: rows }]) {
      const { status, body } = await coverageOf('pairings.json', JSON.stringify(data));
      assert.equal(status, 200);
      assert.equal(body.skipped, 2);
      assert.deepEqual(body.pairings.map((p) => [p.key, p.established]), [['US-MN-saint-paul/42-nagasaki', '1955']]);
    }
  });

  it('refuses a file that is no pairings file with a 503 naming the setting', async () => {
    for (const [name, contents] of [['pairings.csv', '<!doctype html><title>Not found</title>'], ['pairings.json', '{"rows": []}'], ['pairings.json', '{ not json']]) {
      const { status, body } = await coverageOf(name, contents);
      assert.equal(status, 503, contents);
      assert.match(body.title, /PAIRINGS_FILE/);
    }
  });
});
