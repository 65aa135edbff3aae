/**
 * Every answer as the reader gave it, "Not provided" for skipped ones: on the
 * "check your answers" step with a Change link for each, and in the copy under
 * the confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import { chosen, items } from './check.js';
import { formatBytes } from './fields.js';
import { heading } from './heading.js';
import type { Field, FileValue } from './model.js';
import { getPath, pathToId } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'values' | 'locale' | 'fieldChecks' | 'sections' | 'headingLevel' | 'reviewing' | 'focusAfterRender'>;

export function renderAnswers(host: Host, change: boolean) {
  const link = (id: string, label: string) =>
    change ?
      html`<dd class="change"><a href="#${id}" @click=${(e: Event) => changeAnswer(host, e, id)}>${msg('Change')}<span class="visually-hidden"> ${label}</span></a></dd>`
    : nothing;
  const row = (field: Field, path: string) => html`
    <div class="answer">
      <dt>${field.label}</dt>
      <dd>${answerText(host, field, path)}</dd>
      ${link(pathToId(path), field.label)}
    </div>
  `;
  const rows = (field: Field, path: string): TemplateResult[] => {
    const base = path.slice(0, path.lastIndexOf('.') + 1);
    return [
      row(field, path),
      ...Object.entries(('reveals' in field && field.reveals) || {})
        .filter(([option]) => chosen(host.values, { path, option }))
        .map(([, reveal]) => row(reveal, base + reveal.name)),
    ];
  };
  return host.sections.map(
    (section) => html`
      <div class="answers-section">
        ${heading(`${section.id}-answers`, section.heading, host.headingLevel + (change ? 1 : 2))}
        <dl class="answers">
          ${section.items.map((item) => {
            if (item.kind !== 'group') return rows(item, item.name);
            const list = items(host.values, item);
            return html`<div class="answer">
              <dt>${item.heading}</dt>
              <dd>
                ${list.length === 0 ?
                  msg('Not provided')
                : list.map(
                    (_, i) => html`<p class="item-heading">${item.itemHeading(i + 1)}</p>
                      <dl>${item.fields.map((field) => rows(field, `${item.name}.${i}.${field.name}`))}</dl>`,
                  )}
              </dd>
              ${list.length === 0 ? link(`${pathToId(item.name)}-heading`, item.heading) : nothing}
            </div>`;
          })}
        </dl>
      </div>
    `,
  );
}

/** Leaves the review step for the field the Change link names. */
function changeAnswer(host: Host, event: Event, id: string): void {
  event.preventDefault();
  host.reviewing = false;
  host.focusAfterRender = `#${id}`;
}

function answerText(host: Host, field: Field, path: string): string {
  const value = getPath(host.values, path);
  const none = msg('Not provided');
  const label = (v: unknown) => ('options' in field ? (field.options.find(([o]) => o === v)?.[1] ?? String(v)) : String(v));
  switch (field.kind) {
    case 'select':
    case 'radios':
      return typeof value === 'string' && value ? label(value) : none;
    case 'checkboxes':
      // 「ビジネス、文化」, "Business, Culture": as the reader's language lists things (narrow: no "and" after labels that have one).
      return Array.isArray(value) && value.length ? new Intl.ListFormat(host.locale, { style: 'narrow' }).format(value.map(label)) : none;
    case 'checkbox':
      return value === true ? msg('Yes') : msg('No');
    case 'file': {
      const file = value as FileValue | undefined;
      return file?.name ? `${file.name} (${formatBytes(file.size, host.locale)})` : none;
    }
    case 'text':
    case 'email':
    case 'tel':
    case 'number':
    case 'textarea':
      // Numbers as understood: full-width 「４６２，０００」 shows as 462,000.
      return typeof value === 'string' && value.trim() ? value.trim().normalize(field.kind === 'number' ? 'NFKC' : 'NFC') : none;
    default:
      return host.fieldChecks[field.kind]!.text(value, host.locale) ?? none;
  }
}
