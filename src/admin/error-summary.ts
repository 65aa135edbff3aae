/**
 * GOV.UK-style errors for the staff pages: a summary at the top of the form (it takes focus) that
 * links to each field, and the same message beside the field. Inside a shadow root `#id` links do
 * not move focus, so each link focuses its field itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';

/** Field id → message, in the order of the form. */
export type FieldErrors = Map<string, string>;

export function errorSummary(errors: FieldErrors, general?: string): TemplateResult | typeof nothing {
  if (!errors.size && !general) return nothing;
  const focusField = (event: Event, id: string) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    (root.getElementById(id) as HTMLElement | null)?.focus();
  };
  return html`<div class="error-summary" role="alert" tabindex="-1">
    <h2>${msg('There is a problem')}</h2>
    <ul>
      ${general ? html`<li>${general}</li>` : nothing}
      ${[...errors].map(([id, text]) => html`<li><a href="#${id}" @click=${(event: Event) => focusField(event, id)}>${text}</a></li>`)}
    </ul>
  </div>`;
}

/** The inline message of a field (its id is `<field>-error`, for aria-describedby). */
export function fieldError(errors: FieldErrors, id: string): TemplateResult | typeof nothing {
  const text = errors.get(id);
  return text ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${msg('Error:')}</span> ${text}</p>` : nothing;
}

/** Focuses the summary once it is rendered. */
export async function focusSummary(host: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>('.error-summary')?.focus();
}
