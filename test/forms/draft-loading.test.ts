// The drafts' code loads on demand (src/forms/draft-keys.ts, draft-controller.ts): before the first
// render when a draft is stored, so the form never shows a field empty that its draft fills (someone
// could start typing there and lose either); otherwise on the first input, and what is typed then is saved.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/story-form/define.js';
import type { SisterCityStoryForm } from '../../src/story-form/sister-city-story-form.js';
import { byPath, root, type } from '../story-form/helpers.js';

const key = 'sister-city-widgets:story:draft-loading';
afterEach(() => sessionStorage.removeItem(key));

it('a stored draft is in the fields from the first frame the form shows', async () => {
  sessionStorage.setItem(key, JSON.stringify({
    format: 1, savedAt: Date.now(), expires: Date.now() + 60_000,
    values: { na_city: { name: 'Saint Paul' }, story: 'It began after the war.', connections: [], dates: [], people: [], photos: [] },
  }));
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('sister-city-story-form') as SisterCityStoryForm;
  el.setAttribute('draft-key', 'draft-loading');
  // Each time the shadow root changes (in the same task as the render), what the city's name field shows.
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const field = root(el).querySelector('form') && byPath(el, 'na_city.name');
    if (field) seen.push(field.value);
  });
  wrapper.append(el);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  await waitUntil(() => root(el).querySelector('form'), 'the form did not render');
  await el.updateComplete;
  observer.disconnect();
  expect(seen.length).to.be.greaterThan(0);
  expect(seen.every((value) => value === 'Saint Paul'), `the city's name showed ${JSON.stringify(seen)}`).to.equal(true);
  expect(byPath(el, 'story').value).to.equal('It began after the war.');
});

it('without a stored draft, what is typed first is saved, and there after a reload', async () => {
  const first = await fixture<SisterCityStoryForm>(html`<sister-city-story-form draft-key="draft-loading"></sister-city-story-form>`);
  await first.updateComplete;
  type(first, 'na_city.name', 'Saint Paul');
  await waitUntil(() => sessionStorage.getItem(key)?.includes('Saint Paul'), 'the first answer was not saved');
  first.remove();
  const second = await fixture<SisterCityStoryForm>(html`<sister-city-story-form draft-key="draft-loading"></sister-city-story-form>`);
  await second.updateComplete;
  expect(byPath(second, 'na_city.name').value).to.equal('Saint Paul');
});
