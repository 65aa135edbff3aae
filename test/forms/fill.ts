// Mounting the forms and filling them in as a person would, shared by the form tests.
import { fixture } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/request-form/define.js';
import '../../src/story-form/define.js';
import type { SisterCityRequestForm } from '../../src/request-form/sister-city-request-form.js';
import type { SisterCityStoryForm } from '../../src/story-form/sister-city-story-form.js';
import { attach, choose, date, newRun, root, tick, type } from '../story-form/helpers.js';

export const FAST_RETRY = { retries: 3, baseDelay: 20, maxDelay: 3000 };

type Tag = 'sister-city-story-form' | 'sister-city-request-form';
interface Forms {
  'sister-city-story-form': SisterCityStoryForm;
  'sister-city-request-form': SisterCityRequestForm;
}

/**
 * A form posting to the test receiver's scenario, in a `lang` wrapper, with quick retries, once it has
 * rendered: `updateComplete` waits for the language's strings, however long the machine takes to load them.
 */
export async function mountForm<T extends Tag>(tag: T, scenario: string, { run = newRun(), lang = 'en', draft = 'off', draftKey = '' } = {}) {
  const name = unsafeStatic(tag);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><${name} endpoint=${`/__submit/${run}/${scenario}`} draft=${draft} draft-key=${draftKey || nothing}></${name}></div>`,
  );
  const el = wrapper.querySelector(tag) as Forms[T];
  el.retry = FAST_RETRY;
  await el.updateComplete;
  if (!root(el).querySelector('form')) throw new Error(`<${tag}> did not render its form`);
  return { el, run };
}

/** The smallest complete story. */
export async function fillMinimal(el: SisterCityStoryForm) {
  tick(el, 'na_city.country', 'US');
  await el.updateComplete;
  choose(el, 'na_city.region', 'MN');
  type(el, 'na_city.name', 'Saint Paul');
  choose(el, 'jp_city.prefecture', '42');
  type(el, 'jp_city.name', 'Nagasaki');
  date(el, 'established', { year: '1955', month: '12', day: '7' });
  type(el, 'story', 'It began after the war, when two cities chose friendship.');
  tick(el, 'connections', 'friendship');
  tick(el, 'language', 'en');
  type(el, 'submitter.name', 'Jane Doe');
  type(el, 'submitter.email', 'jane@example.org');
  tick(el, 'partner_coauthor', 'no');
  tick(el, 'consent');
  await el.updateComplete;
}

/** Adds a photo with its caption, credit and permission, as the first photo of the story. */
export async function addPhoto(el: SisterCityStoryForm, file: File) {
  // The group's add button, in whichever language the form speaks.
  root(el).querySelector('#f-photos-heading')!.parentElement!.querySelector<HTMLButtonElement>('button.add')!.click();
  await el.updateComplete;
  await attach(el, 'photos.0.file', file);
  await waitUntil(() => root(el).querySelector('#f-photos-0-file-chosen'), 'the photo was not taken');
  type(el, 'photos.0.caption', 'The signing');
  type(el, 'photos.0.credit', 'City archives');
  tick(el, 'photos.0.permission');
  await el.updateComplete;
}

/** A small real PDF, as a city's pamphlet would start. */
export const pdf = (name = 'pamphlet.pdf') =>
  new File(['%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'], name, { type: 'application/pdf' });

/** Bend, Oregon, seeking a Japanese partner, in English. */
export async function fillNorthAmerican(el: SisterCityRequestForm) {
  tick(el, 'direction', 'na-seeking-jp');
  await el.updateComplete;
  tick(el, 'na_community.country', 'US');
  await el.updateComplete;
  choose(el, 'na_community.region', 'OR');
  type(el, 'na_community.name', 'Bend');
  tick(el, 'na_community.level', 'city');
  type(el, 'population.count', '102,000');
  type(el, 'population.as_of', '2024');
  type(el, 'area.value', '1,234.5');
  tick(el, 'area.unit', 'km2');
  type(el, 'geography', 'High desert on the Deschutes River; 3 hours by car from Portland International Airport.');
  type(el, 'activities', 'Outdoor recreation, breweries, a community college.');
  type(el, 'expectations', 'Student exchanges and shared festivals.');
  tick(el, 'exchanges', 'education-youth');
  tick(el, 'exchanges', 'other');
  await el.updateComplete;
  type(el, 'exchanges_other', 'Forestry');
  type(el, 'submitter.name', 'Jane Doe');
  type(el, 'submitter.role', 'Mayor’s office');
  type(el, 'submitter.organisation', 'City of Bend');
  type(el, 'submitter.email', 'jane@bend.example');
  await el.updateComplete;
  // "Add yourself as a contact": the contacts group's last button, in whichever language the form speaks.
  [...root(el).querySelector('#f-contacts-heading')!.parentElement!.querySelectorAll<HTMLButtonElement>('button.add')].at(-1)!.click();
  await el.updateComplete;
  type(el, 'contacts.0.phone', '+1 541 555 0100');
  tick(el, 'consent');
  await el.updateComplete;
}

export const reviewRows = (el: Element) =>
  [...root(el).querySelectorAll('.answer')].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
