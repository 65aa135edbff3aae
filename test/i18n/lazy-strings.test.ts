// The strings of the parts a form loads on demand (the review step, sending, the outcome) come in
// tables of their own, loaded with those parts (scripts/message-tables.mjs, src/i18n/parts.ts): the
// review step of a Japanese form is in Japanese, and in French as soon as the page turns French,
// with no frame in English between.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/request-form/define.js';
import type { SisterCityRequestForm } from '../../src/request-form/sister-city-request-form.js';
import { root } from '../story-form/helpers.js';
import { fillRequest, mountForm, submit } from './form-states.js';
import { leaks, record } from './leak-check.js';
import { target } from './xliff.js';

/** The first "Change" link's own words (without its hidden label). */
const changeLink = (el: Element) =>
  [...(root(el).querySelector('.change a')?.childNodes ?? [])].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();

it('a Japanese form’s review step, loaded on demand, is in Japanese, then in French when the page turns French', async () => {
  const { el } = await mountForm<SisterCityRequestForm>('sister-city-request-form', 'ja', 'ok');
  await fillRequest(el);
  submit(el);
  await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
  const [ja, fr] = await Promise.all([target('ja', 'Change'), target('fr-CA', 'Change')]);
  expect(ja).to.not.equal('Change');
  expect(changeLink(el)).to.equal(ja);
  const recorder = record(el);
  el.parentElement!.setAttribute('lang', 'fr-CA');
  await waitUntil(() => changeLink(el) === fr, 'the review step did not turn French');
  recorder.stop();
  expect(await leaks(recorder.shown, 'fr-CA', ['Bend', 'Jane Doe', 'jane@bend.example', 'City of Bend'])).to.deep.equal([]);
  expect(recorder.shown.map(({ text }) => text)).to.not.include('Change');
});
