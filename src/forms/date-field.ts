/**
 * The date field the story form adds to the engine: day, month and year boxes in
 * the reader's order, whose answer may be only a year, or a month and year.
 * (A module of its own, so that the request form, which asks for no dates, does
 * not download it.) Its checking (date-check.ts, with partial-date.ts and the messages)
 * loads with the story form's checks.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/localize.js';
import { describedBy, errorMessage, hint, labelText, text, type FieldKind } from './fields.js';
import type { DateParts } from './partial-date.js';

export const dateKind: FieldKind = {
  render(field, path, id, value, error, ctx) {
    const parts = (value ?? {}) as DateParts;
    const order: (keyof DateParts)[] =
      ctx.locale === 'ja' ? ['year', 'month', 'day']
      : ctx.locale === 'fr-CA' ? ['day', 'month', 'year']
      : ['month', 'day', 'year'];
    const labels: Record<keyof DateParts, string> = { year: msg('Year'), month: msg('Month'), day: msg('Day') };
    return html`
      <fieldset aria-describedby=${ifDefined(describedBy(id, field, error))}>
        <legend part="label">${labelText(field)}</legend>
        ${hint(id, field)} ${errorMessage(id, error)}
        <div class="date">
          ${order.map((part, i) => {
            const partId = i === 0 ? id : `${id}-${part}`;
            return html`
              <div class="date-part date-${part}">
                <label for=${partId}>${labels[part]}</label>
                <input
                  id=${partId}
                  name="${path}.${part}"
                  part="input"
                  type="text"
                  inputmode="numeric"
                  autocomplete="off"
                  .value=${text(parts[part])}
                  aria-invalid=${error ? 'true' : 'false'}
                  @input=${(e: Event) => ctx.set(`${path}.${part}`, (e.target as HTMLInputElement).value)}
                />
              </div>
            `;
          })}
        </div>
      </fieldset>
    `;
  },

  fit(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    const parts = raw as Record<string, unknown>;
    const wrong = (['year', 'month', 'day'] as const).filter((part) => parts[part] !== undefined && typeof parts[part] !== 'string');
    if (wrong.length === 0) return raw;
    const copy = { ...parts };
    for (const part of wrong) delete copy[part];
    return copy;
  },
};
