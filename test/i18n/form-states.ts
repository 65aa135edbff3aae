// What the no-leak tests of the two forms share: mounting a form in a language against the test
// runner's real submission routes (test/server/submissions.mjs) with a recorder attached, filling it
// as a person does, pressing its main button, and checking what was recorded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { choose, date, newRun, root, tick, type } from '../story-form/helpers.js';
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
  await waitUntil(() => root(el).querySelector('form'), 'the form did not render', { timeout: 10000 });
  return { el, recorder, run };
}

/** The form's main button: Continue, Send, or Sending… */
export const submit = (el: Element) => root(el).querySelector<HTMLButtonElement>('form > .actions button[type="submit"]')!.click();
export const addButtons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button.add')];

export async function expectNoLeaks(shown: Shown[], locale: Locale, data: string[]) {
  expect(await leaks(shown, locale, data)).to.deep.equal([]);
}

/** The smallest complete story, as a person fills it in. */
export async function fillStory(el: FormElement) {
  tick(el, 'na_city.country', 'US');
  await el.updateComplete;
  choose(el, 'na_city.region', 'MN');
  type(el, 'na_city.name', 'Saint Paul');
  choose(el, 'jp_city.prefecture', '42');
  type(el, 'jp_city.name', 'Nagasaki');
  date(el, 'established', { year: '1955', month: '12', day: '7' });
  type(el, 'story', 'It began after the war, when two cities chose friendship.');
  tick(el, 'connections', 'friendship');
  tick(el, 'connections', 'culture');
  tick(el, 'language', 'en');
  type(el, 'submitter.name', 'Jane Doe');
  type(el, 'submitter.email', 'jane@example.org');
  tick(el, 'partner_coauthor', 'no');
  tick(el, 'consent');
  await el.updateComplete;
}

/** Bend, Oregon, seeking a Japanese partner. */
export async function fillRequest(el: FormElement) {
  tick(el, 'direction', 'na-seeking-jp');
  await el.updateComplete;
  tick(el, 'na_community.country', 'US');
  await el.updateComplete;
  choose(el, 'na_community.region', 'OR');
  type(el, 'na_community.name', 'Bend');
  tick(el, 'na_community.level', 'town');
  type(el, 'population.count', '102000');
  type(el, 'population.as_of', '2024');
  type(el, 'area.value', '1234.5');
  tick(el, 'area.unit', 'km2');
  type(el, 'geography', 'High desert on the Deschutes River.');
  type(el, 'activities', 'Outdoor recreation and a community college.');
  type(el, 'expectations', 'Student exchanges.');
  for (const exchange of ['education-youth', 'culture-arts', 'other']) tick(el, 'exchanges', exchange);
  await el.updateComplete;
  type(el, 'exchanges_other', 'Forestry');
  type(el, 'submitter.name', 'Jane Doe');
  type(el, 'submitter.role', 'Mayor’s office');
  type(el, 'submitter.organisation', 'City of Bend');
  type(el, 'submitter.email', 'jane@bend.example');
  await el.updateComplete;
  // "Add yourself as a contact": the contacts group's second button.
  addButtons(el)[1].click();
  await el.updateComplete;
  type(el, 'contacts.0.phone', '+1 541 555 0100');
  tick(el, 'consent');
  await el.updateComplete;
}
