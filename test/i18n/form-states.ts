// What the no-leak tests of the two forms share: mounting a form in a language against the test
// runner's real submission routes (test/server/submissions.mjs) with a recorder attached, filling it
// as a person does, pressing its main button, and checking what was recorded.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { SisterCityRequestForm } from '../../src/request-form/sister-city-request-form.js';
import type { SisterCityStoryForm } from '../../src/story-form/sister-city-story-form.js';
import { fillMinimal, fillNorthAmerican } from '../forms/fill.js';
import { newRun, root, tick, type } from '../story-form/helpers.js';
import { leaks, type LOCALES, record, type Shown } from './leak-check.js';

type Locale = (typeof LOCALES)[number];
/** What the tests need of either form (not the engine's class: src/forms/ is free to change shape). */
export type FormElement = HTMLElement & {
  updateComplete: Promise<unknown>;
  retry: { retries: number; baseDelay: number; maxDelay: number };
  timeout: number;
};

/** `draft` is a draft key, or 'off'. */
export async function mountForm<T extends FormElement>(tag: 'sister-city-story-form' | 'sister-city-request-form', locale: Locale, scenario: string, draft = 'off') {
  const run = newRun();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}></div>`);
  const el = document.createElement(tag) as unknown as T;
  el.setAttribute('endpoint', `/__submit/${run}/${scenario}`);
  el.setAttribute('draft', draft === 'off' ? 'off' : 'session');
  el.setAttribute('draft-key', draft);
  el.retry = { retries: 3, baseDelay: 20, maxDelay: 3000 };
  wrapper.append(el);
  const recorder = record(el);
  await waitUntil(() => root(el).querySelector('form'), 'the form did not render');
  // Every section: a form renders the sections after its first screen in later tasks.
  await el.updateComplete;
  return { el, recorder, run };
}

/** The form's main button: Continue, Send, or Sending… */
export const submit = (el: Element) => root(el).querySelector<HTMLButtonElement>('form > .actions button[type="submit"]')!.click();
export const addButtons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button.add')];

export async function expectNoLeaks(shown: Shown[], locale: Locale, data: string[]) {
  expect(await leaks(shown, locale, data)).to.deep.equal([]);
}

/** The smallest complete story (test/forms/fill.ts) with two kinds of connection, so that a list is shown. */
export async function fillStory(el: FormElement) {
  await fillMinimal(el as unknown as SisterCityStoryForm);
  tick(el, 'connections', 'culture');
  await el.updateComplete;
}

/** Bend, Oregon, seeking a Japanese partner (test/forms/fill.ts), as a town, with plain numbers and three kinds of exchange. */
export async function fillRequest(el: FormElement) {
  await fillNorthAmerican(el as unknown as SisterCityRequestForm);
  // Numbers as every language reads them ("1,234.5" is not a number in French).
  type(el, 'population.count', '102000');
  type(el, 'area.value', '1234.5');
  tick(el, 'na_community.level', 'town');
  tick(el, 'exchanges', 'culture-arts');
  await el.updateComplete;
}
