/**
 * Coverage: the pairings directory file the receiver serves set beside the stories received. Counts,
 * then by state or province and by prefecture how many pairings have no story yet, the list of them
 * (downloadable as CSV: the outreach list), the pairings with a story and its status, and the stories
 * that match no pairing of the file.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import type { Coverage, CoverageStory } from './api.js';
import { statusLabel } from './labels.js';
import type { ScAdmin } from './sc-admin.js';

export interface CoverageState {
  data?: Coverage;
  failed?: boolean;
}

type Row = Coverage['pairings'][number];

/** A name with its Japanese form beside it, marked as Japanese. */
const named = (name: string, ja?: string) => html`${name}${ja ? html` <span lang="ja">（${ja}）</span>` : nothing}`;

const storyLinks = (stories: CoverageStory[]) =>
  stories.map((story, i) => html`${i ? ', ' : ''}<a href="#submission/${encodeURIComponent(story.id)}">${story.reference}</a> (${statusLabel(story.status)})`);

export function renderCoverage(app: ScAdmin) {
  const heading = html`<h1 tabindex="-1">${msg('Coverage of the pairings')}</h1>`;
  const { data, failed } = app.coverage;
  if (failed) return html`${heading}<p class="field-error" role="alert">${msg('The coverage could not be loaded. Try again.')}</p>`;
  if (!data) return html`${heading}<p role="status">${msg('Loading')}</p>`;
  if (!data.configured) {
    return html`${heading}<p>${msg('The receiver has no pairings file: set PAIRINGS_FILE to the directory’s CSV or JSON file to compare it with the stories received.')}</p>`;
  }
  const locale = app.locale;
  const without = data.pairings.filter((row) => !row.told);
  const withStory = data.pairings.filter((row) => row.stories.length);
  const region = (country: string, code: string) => regionName(country, code, locale);
  const place = (row: Row) => html`<td>${named(row.na_name, row.na_name_ja)}</td><td>${region(row.na_country, row.na_region)}</td>
    <td>${named(row.jp_name, row.jp_name_ja)}</td><td>${prefectureName(row.jp_prefecture, locale)}</td>`;
  const placeHeads = html`<th scope="col">${msg('North American city')}</th><th scope="col">${msg('State or province')}</th>
    <th scope="col">${msg('Japanese city')}</th><th scope="col">${msg('Prefecture')}</th>`;
  const countTable = (caption: string, head: string, rows: { name: string; pairings: number; without: number }[]) => html`<table>
    <caption class="visually-hidden">${caption}</caption>
    <thead><tr><th scope="col">${head}</th><th scope="col">${msg('Pairings')}</th><th scope="col">${msg('Without a story')}</th></tr></thead>
    <tbody>${rows.map((row) => html`<tr><th scope="row">${row.name}</th><td>${row.pairings}</td><td>${row.without}</td></tr>`)}</tbody>
  </table>`;

  return html`${heading}
    <p>${msg('The pairings directory file beside the origin stories received. A pairing has a story when one is received, in review, approved or published; a rejected or withdrawn story does not count.')}</p>
    <ul class="counts">
      <li>${msg('Pairings in the directory:')} <strong>${data.pairings.length}</strong></li>
      <li>${msg('With a story:')} <strong>${data.told}</strong></li>
      <li>${msg('With a published story:')} <strong>${data.published}</strong></li>
      <li>${msg('Without a story:')} <strong>${without.length}</strong></li>
    </ul>
    ${data.skipped ? html`<p>${msg(str`${data.skipped} rows of the pairings file could not be read.`)}</p>` : nothing}
    <p><a href="/admin/api/coverage.csv" download>${msg('Download the pairings without a story (CSV)')}</a></p>

    <h2 id="by-region">${msg('By state or province')}</h2>
    ${countTable(msg('By state or province'), msg('State or province'), data.regions.map((r) => ({ ...r, name: region(r.country, r.region) })))}
    <h2 id="by-prefecture">${msg('By prefecture')}</h2>
    ${countTable(msg('By prefecture'), msg('Prefecture'), data.prefectures.map((p) => ({ ...p, name: prefectureName(p.prefecture, locale) })))}

    <h2 id="without">${msg('Pairings without a story')}</h2>
    ${without.length
      ? html`<table class="without">
          <caption class="visually-hidden">${msg('Pairings without a story')}</caption>
          <thead><tr>${placeHeads}</tr></thead>
          <tbody>${without.map((row) => html`<tr>${place(row)}</tr>`)}</tbody>
        </table>`
      : html`<p>${msg('Every pairing of the directory has a story.')}</p>`}

    <h2>${msg('Pairings with a story')}</h2>
    ${withStory.length
      ? html`<table class="with">
          <caption class="visually-hidden">${msg('Pairings with a story')}</caption>
          <thead><tr>${placeHeads}<th scope="col">${msg('Stories')}</th></tr></thead>
          <tbody>${withStory.map((row) => html`<tr>${place(row)}<td>${storyLinks(row.stories)}</td></tr>`)}</tbody>
        </table>`
      : html`<p>${msg('No pairing of the directory has a story yet.')}</p>`}

    ${data.unmatched.length
      ? html`<h2>${msg('Stories that match no pairing')}</h2>
          <p class="hint">${msg('The cities as the submitter wrote them match no row of the directory file: a pairing missing from the file, or a name spelt otherwise.')}</p>
          <ul>${data.unmatched.map((story) => html`<li>${storyLinks([story])}: ${story.title}</li>`)}</ul>`
      : nothing}`;
}
