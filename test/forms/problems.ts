// Mounting a form in a language, and the problems it shows, as a reader sees them: the error summary's links
// and each field's message.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { Locale } from '../../src/i18n/language.js';
import { newRun, root } from '../story-form/helpers.js';

export type Form = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * A form in a `lang` wrapper posting to the test receiver, once its first screen (with its send button) is
 * shown; it keeps its draft under `draftKey` if one is given. Nothing in it is focused.
 */
export async function mount(tag: 'sister-city-story-form' | 'sister-city-request-form', lang: Locale, draftKey?: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as Form;
  el.setAttribute('endpoint', `/__submit/${newRun()}/ok`);
  el.setAttribute('draft', draftKey ? 'session' : 'off');
  if (draftKey) el.setAttribute('draft-key', draftKey);
  wrapper.append(el);
  await waitUntil(() => root(el).querySelector('form > .actions'), 'the form did not render');
  return { el, wrapper };
}

/** Text as read: runs of white space (the French no-break spaces too) as one space. */
export const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** An element's own words, without the hidden "Error:" before an inline message. */
export const ownText = (element: Element) =>
  clean([...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''));

/** The problems shown now: the summary's links, those its alert announces, and the fields' messages. */
export function problems(el: Element) {
  return {
    summary: [...root(el).querySelectorAll('.error-summary li a')].map((link) => clean(link.textContent)),
    announced: [...root(el).querySelectorAll('.error-summary [role="alert"] li a')].map((link) => clean(link.textContent)),
    inline: [...root(el).querySelectorAll('.error-message')].map(ownText),
  };
}

/** Whether `text` shows `message` in `locale`: itself, or about an item of a group ("Contact 1: enter the name"). */
export const shows = (text: string, message: string, locale: string) =>
  text === message || text.endsWith(message) || text.endsWith(message[0].toLocaleLowerCase(locale) + message.slice(1));
