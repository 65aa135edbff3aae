/** The list of submissions: filters (kind, status, search, days received), counts per status, a table, the export of the filter. */
import { html } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { STATUSES, type SubmissionList } from './api.js';
import { kindLabel, statusLabel } from './labels.js';
import type { ScAdmin } from './sc-admin.js';

export interface ListState {
  filter: { kind: string; status: string; q: string; from: string; to: string };
  data?: SubmissionList;
  failed?: boolean;
}

const date = (locale: string, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export function renderList(app: ScAdmin) {
  const { filter, data } = app.list;
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    app.list = { ...app.list, filter: { kind: text('kind'), status: text('status'), q: text('q'), from: text('from'), to: text('to') } };
    void app.loadList();
  };
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value)).toString();
  const total = Object.values(data?.counts ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
  return html`<h1 tabindex="-1">${msg('Submissions')}</h1>
    <form class="filters" role="search" @submit=${apply}>
      <div class="field">
        <label for="kind">${msg('Kind')}</label>
        <select id="kind" name="kind">
          <option value="" ?selected=${!filter.kind}>${msg('All kinds')}</option>
          ${(['request', 'story'] as const).map((kind) => html`<option value=${kind} ?selected=${filter.kind === kind}>${kindLabel(kind)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="status">${msg('Status')}</label>
        <select id="status" name="status">
          <option value="" ?selected=${!filter.status}>${msg('All statuses')}</option>
          ${STATUSES.map((status) => html`<option value=${status} ?selected=${filter.status === status}>${statusLabel(status)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="q">${msg('Search')}</label>
        <input id="q" name="q" type="search" .value=${filter.q} />
      </div>
      <div class="field">
        <label for="from">${msg('Received from')}</label>
        <input id="from" name="from" type="date" .value=${filter.from} />
      </div>
      <div class="field">
        <label for="to">${msg('Received until')}</label>
        <input id="to" name="to" type="date" .value=${filter.to} />
      </div>
      <div class="field"><button type="submit">${msg('Show')}</button></div>
    </form>
    ${app.list.failed ? html`<p class="field-error" role="alert">${msg('The list could not be loaded. Try again.')}</p>` : ''}
    ${data
      ? html`<h2>${msg('By status')}</h2>
          <ul class="counts">
            ${STATUSES.map((status) => html`<li>${statusLabel(status)}: <strong>${data.counts[status] ?? 0}</strong></li>`)}
          </ul>
          <p role="status">${msg(str`${data.submissions.length} shown of ${total}`)}</p>
          <p>${msg('Export what is shown:')} <a href="/admin/api/submissions.csv?${query}" download>CSV</a> · <a href="/admin/api/submissions.json?${query}" download>JSON</a></p>
          ${data.submissions.length
            ? html`<table>
                <caption class="visually-hidden">${msg('Submissions')}</caption>
                <thead><tr>
                  <th scope="col">${msg('Reference')}</th><th scope="col">${msg('Kind')}</th>
                  <th scope="col">${msg('Community or cities')}</th><th scope="col">${msg('Status')}</th><th scope="col">${msg('Received on')}</th>
                </tr></thead>
                <tbody>
                  ${data.submissions.map((row) => html`<tr>
                    <td><a href="#submission/${encodeURIComponent(row.id)}">${row.reference}</a></td>
                    <td>${kindLabel(row.kind)}</td>
                    <td>${row.title}</td>
                    <td>${statusLabel(row.status)}</td>
                    <td>${date(app.locale, row.created_at)}</td>
                  </tr>`)}
                </tbody>
              </table>`
            : html`<p>${msg('No submission matches.')}</p>`}`
      : html`<p role="status">${msg('Loading')}</p>`}`;
}

export { date };
