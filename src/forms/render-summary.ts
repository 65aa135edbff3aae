/**
 * The messages of the answers' problems as shown, and the error summary, as GOV.UK's: shown after a
 * send was tried (error-summary.ts, given by the form's checks module with its strings, before any can fail).
 */
import { nothing } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import type { Group, Message, Section } from './model.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'summary' | 'headingLevel' | 'renderRoot'>;
type Summary = (typeof import('./error-summary.js'))['errorSummary'];

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

/** The error summary (`summary`, loaded with the checks), once a send was tried and found problems. */
export function renderErrorSummary(host: Host, errors: ReadonlyMap<string, string>, summary: Summary | undefined) {
  if (!host.summary || errors.size === 0 || !summary) return nothing;
  return summary(host, errors);
}
