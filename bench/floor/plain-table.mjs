// The floor the directory is measured against (bench/pairings-cpu.mjs): a plain DOM table written by
// hand that does the same visible work as <sister-city-pairings> and nothing more. It reads the same CSV
// or JSON, leaves out the rows the record format refuses (as the widget does: the same rows on screen,
// and how many were left out), sorts by North American name with a collator (the widget's default
// order), renders the first 100 rows, and on each keystroke filters the sorted rows (case- and
// accent-insensitive) and renders the first 100 again. No filters, no languages, no accessibility work
// beyond a real table.
// Also imported by Node (the bench turns its CSV into the JSON the property-fed pages read).

/**
 * RFC 4180, the shortest correct way: quoted fields, doubled quotes, CRLF/LF; the first row is the header.
 * Its own copy, like scripts/read-csv.mjs's: the floor is a self-contained page (that one imports node:fs).
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') (field += '"'), i++;
        else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const PAGE = 100;
const REGIONS = {
  US: new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR UM VI'.split(' ')),
  CA: new Set('AB BC MB NB NL NS ON PE QC SK NT NU YT'.split(' ')),
};

/** Whether the widget shows the row: both names, a real state or province, prefecture 1–47, a real date, web links only. */
function accepted(p) {
  if (!p || !p.na_name || !p.jp_name || !REGIONS[p.na_country]?.has(p.na_region)) return false;
  const prefecture = Number(p.jp_prefecture);
  if (!Number.isInteger(prefecture) || prefecture < 1 || prefecture > 47) return false;
  if (p.established) {
    if (!/^\d{4}(-\d\d(-\d\d)?)?$/.test(p.established)) return false;
    const [year, month = 1, day = 1] = p.established.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  }
  return [p.na_url, p.jp_url].every((url) => !url || /^https?:\/\//i.test(url));
}
const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function cell(tr, ...lines) {
  const td = document.createElement('td');
  for (const [text, className] of lines) {
    if (!text) continue;
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    td.append(span);
  }
  tr.append(td);
}

function row(p) {
  const tr = document.createElement('tr');
  cell(tr, [p.na_name, 'name'], [p.na_name_ja, 'alt'], [`${p.na_region} · ${p.na_country}`, 'meta']);
  cell(tr, [p.jp_name, 'name'], [p.jp_name_ja, 'alt'], [p.jp_name_kana, 'meta']);
  cell(tr, [p.type || 'sister', 'type'], [p.established ? `Established ${p.established}` : 'Date established unknown', 'meta'], [p.note, 'note']);
  const td = document.createElement('td');
  for (const [url, name] of [[p.na_url, p.na_name], [p.jp_url, p.jp_name]]) {
    if (!url) continue;
    const a = document.createElement('a');
    a.href = url;
    a.textContent = `${name} website`;
    td.append(a);
  }
  tr.append(td);
  return tr;
}

/** Shows `records` in `host`: a search box, a count and a table of the first 100 matches. */
export function mount(host, records) {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const valid = records.filter(accepted);
  const sorted = valid
    .sort((a, b) => collator.compare(a.na_name, b.na_name) || collator.compare(a.jp_name, b.jp_name));
  const haystacks = sorted.map((p) => fold([p.na_name, p.na_name_ja, p.jp_name, p.jp_name_ja, p.jp_name_kana].join(' ')));
  host.innerHTML =
    '<label for="search">Search</label> <input id="search" type="search"><p id="status" role="status"></p>' +
    (records.length > valid.length ? `<p>${records.length - valid.length} rows could not be shown.</p>` : '') +
    '<table><thead><tr><th>North America</th><th>Japan</th><th>Relationship</th><th>Websites</th></tr></thead><tbody></tbody></table>';
  const search = host.querySelector('#search');
  const status = host.querySelector('#status');
  const tbody = host.querySelector('tbody');
  const show = () => {
    const term = fold(search.value.trim());
    const shown = [];
    let count = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (term && !haystacks[i].includes(term)) continue;
      if (shown.length < PAGE) shown.push(row(sorted[i]));
      count++;
    }
    status.textContent = term ? `${count} of ${sorted.length} pairings` : `${sorted.length} pairings`;
    tbody.replaceChildren(...shown);
  };
  search.addEventListener('input', show);
  show();
  return { search };
}
