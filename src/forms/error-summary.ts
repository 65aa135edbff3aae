/**
 * The error summary, as GOV.UK's: each problem a link that focuses its field and brings the field's
 * label into view. Given by each form's checks module (story-checks.ts, request-checks.ts), with its strings,
 * since only a check shows it (render-summary.ts).
 */
import { html } from 'lit';
import { msg } from '../i18n/localize.js';
import { heading } from './heading.js';
import { pathToId } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'headingLevel' | 'renderRoot'>;

export function errorSummary(host: Host, errors: ReadonlyMap<string, string>) {
  return html`
    <div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        ${heading('error-summary-title', msg('There is a problem'), host.headingLevel)}
        <ul>
          ${[...errors].map(
            ([path, message]) => html`<li><a href="#${pathToId(path)}" @click=${(e: Event) => focusField(host, e, path)}>${message}</a></li>`,
          )}
        </ul>
      </div>
    </div>
  `;
}

/** Focuses the field and brings its label (or legend) into view, as GOV.UK's error summary does. */
function focusField(host: Host, event: Event, path: string): void {
  event.preventDefault();
  const input = host.renderRoot.querySelector<HTMLElement>(`#${pathToId(path)}`);
  if (!input) return;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = host.renderRoot.querySelector(`label[for="${input.id}"]`);
  input.focus({ preventScroll: true });
  (legend ?? label ?? input).scrollIntoView({ block: 'start' });
}
