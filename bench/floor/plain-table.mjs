// The floor the directory is measured against (bench/pairings-cpu.mjs): a plain DOM table written by
// hand that does the same visible work as <sister-city-pairings> and nothing more. It reads the same CSV
// or JSON, sorts by North American name with a collator (the widget's default order), renders the first
// 100 rows, and on each keystroke filters the sorted rows (case- and accent-insensitive) and renders the
// first 100 again. No checking, no filters, no languages, no accessibility work beyond a real table.
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
  const sorted = records
    .filter((p) => p && p.na_name && p.jp_name)
    .sort((a, b) => collator.compare(a.na_name, b.na_name) || collator.compare(a.jp_name, b.jp_name));
  const haystacks = sorted.map((p) => fold([p.na_name, p.na_name_ja, p.jp_name, p.jp_name_ja, p.jp_name_kana].join(' ')));
  host.innerHTML =
    '<label for="search">Search</label> <input id="search" type="search"><p id="status" role="status"></p>' +
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
