// The partner-requests board in Japanese and French, in every state a reader can reach: no English
// shown or announced (the requests' own words are data).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/requests/define.js';
import type { SisterCityRequests } from '../../src/requests/sister-city-requests.js';
import { FEED, fixtureData } from '../requests/data.js';
import { leaks, LOCALES, record } from './leak-check.js';

const shadow = (el: Element) => el.shadowRoot!;

const change = (el: Element, selector: string, value: string) => {
  const field = shadow(el).querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
};

for (const locale of LOCALES) {
  describe(`<sister-city-requests> in ${locale}: nothing in English`, () => {
    it('loaded, a profile open, filtered to nothing, ranked for a described community and for a listed one', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}><sister-city-requests src=${`${FEED}&delay=200`} contact="mailto:x@example.org"></sister-city-requests></div>`);
      const el = wrapper.firstElementChild as SisterCityRequests;
      const recorder = record(el);
      await waitUntil(() => shadow(el).querySelectorAll('li.card').length === 4, 'the board did not load');
      shadow(el).querySelector<HTMLButtonElement>('li.card .actions button')!.click();
      await el.updateComplete;
      change(el, '#population', 'under-10k');
      await el.updateComplete;
      change(el, '#population', '');
      change(el, '#partner-area', 'pacific-northwest');
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('.match-toggle')!.click();
      // Matching loads when first opened (its loading line is checked for English too).
      await waitUntil(() => shadow(el).querySelector('input[name="side"][value="na"]'), 'the matching form did not appear');
      shadow(el).querySelector<HTMLInputElement>('input[name="side"][value="na"]')!.click();
      await el.updateComplete;
      change(el, '#m-region', 'OR');
      change(el, '#m-population', 'x');
      shadow(el).querySelector<HTMLButtonElement>('#match-form button[type="submit"]')!.click();
      await el.updateComplete;
      change(el, '#m-population', '90000');
      shadow(el).querySelector<HTMLInputElement>('#match-form input[value="agriculture"]')!.click();
      shadow(el).querySelector<HTMLButtonElement>('#match-form button[type="submit"]')!.click();
      await waitUntil(() => shadow(el).querySelector('.reasons'));
      change(el, '#partner-area', '');
      await el.updateComplete;
      shadow(el).querySelectorAll<HTMLButtonElement>('li.card .actions button')[1]!.click();
      await waitUntil(() => shadow(el).querySelector('.reasons'));
      await expect(el).to.be.accessible();
      recorder.stop();
      expect(recorder.shown.some(({ announced }) => announced), 'nothing was announced').to.equal(true);
      expect(await leaks(recorder.shown, locale, await fixtureData())).to.deep.equal([]);
    });
  });
}
