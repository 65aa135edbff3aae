/**
 * The error summary, as GOV.UK's: shown after a send was tried, each problem a
 * link that focuses its field and brings the field's label into view.
 */
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import { heading } from './heading.js';
import type { Group, Message, Section } from './model.js';
import { pathToId } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'summary' | 'headingLevel' | 'renderRoot'>;

/**
 * The messages as shown, made now in the reader's language; one about a field of a repeated group names its item
 * ("Contact 2: enter the name"), since the summary lists several alike.
 */
export function namedErrors(errors: ReadonlyMap<string, Message>, sections: Section[], locale: Locale): Map<string, string> {
  const groups = sections.flatMap((section) => section.items.filter((item): item is Group => item.kind === 'group'));
  return new Map(
    [...errors].map(([path, made]) => {
      const message = typeof made === 'string' ? made : made();
      const group = groups.find((g) => path.startsWith(`${g.name}.`));
      const n = group && /^\d+(?=\.)/.exec(path.slice(group.name.length + 1));
      if (!n) return [path, message];
      // "Enter the name" reads on as "enter the name" after the item's name (no case in Japanese).
      const rest = /^\p{Lu}\p{Ll}/u.test(message) ? message[0].toLocaleLowerCase(locale) + message.slice(1) : message;
      return [path, msg(str`${group.itemHeading(Number(n[0]) + 1)}: ${rest}`, { desc: 'An error about one item of a repeated group: the item (Contact 2), then the message (enter the name).' })];
    }),
  );
}

export function renderErrorSummary(host: Host, errors: ReadonlyMap<string, string>) {
  if (!host.summary || errors.size === 0) return nothing;
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
