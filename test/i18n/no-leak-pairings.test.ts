// The directory in Japanese and French, in every state a reader can reach: no English shown or announced.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/pairings/define.js';
import type { SisterCityPairings } from '../../src/pairings/sister-city-pairings.js';
import { leaks, LOCALES, record } from './leak-check.js';

const CSV = '/__fixtures/file?name=pairings.csv&type=text/csv';
const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const rows = (el: Element) => shadow(el).querySelectorAll('tbody tr').length;

/** Every cell of the fixture: names, notes and links are the site's data, not the widget's words. */
async function fixtureData(): Promise<string[]> {
  const csv = await (await fetch(CSV)).text();
  return csv.split(/[\n,"]+/).map((cell) => cell.trim()).filter(Boolean);
}

async function mount(locale: string, widget: TemplateResult) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}>${widget}</div>`);
  const el = wrapper.firstElementChild as SisterCityPairings;
  return { el, recorder: record(el) };
}

const input = (el: Element, selector: string, value: string, event = 'input') => {
  const field = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
};

for (const locale of LOCALES) {
  describe(`<sister-city-pairings> in ${locale}: nothing in English`, () => {
    it('while loading, loaded with skipped rows, filtered, paged, with no match, and cleared', async () => {
      const { el, recorder } = await mount(
        locale,
        html`<sister-city-pairings src=${`${CSV}&delay=300`} anniversary-year="2025" page-size="4" calendar="japanese"></sister-city-pairings>`,
      );
      await waitUntil(() => rows(el) > 0, 'the pairings did not load');
      shadow(el).querySelector<HTMLButtonElement>('.more button')!.click();
      await el.updateComplete;
      input(el, '#search', 'portland');
      await el.updateComplete;
      input(el, '#type', 'sister', 'change');
      input(el, '#decade', '1950', 'change');
      input(el, '#sort', 'year', 'change');
      await el.updateComplete;
      input(el, '#search', 'zzzz');
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('.message button'), undefined);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('.message button')!.click();
      await el.updateComplete;
      recorder.stop();
      expect(recorder.shown.some(({ announced }) => announced), 'nothing was announced').to.equal(true);
      expect(await leaks(recorder.shown, locale, await fixtureData())).to.deep.equal([]);
    });

    it('on a phone, with the Filters button, the menus opened and a preset region', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el, recorder } = await mount(locale, html`<sister-city-pairings src=${CSV} region="OR"></sister-city-pairings>`);
        await waitUntil(() => rows(el) > 0, 'the pairings did not load');
        shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
        await el.updateComplete;
        input(el, '#region', '', 'change');
        await el.updateComplete;
        await expect(el).to.be.accessible();
        recorder.stop();
        expect(await leaks(recorder.shown, locale, await fixtureData())).to.deep.equal([]);
      } finally {
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('with an empty file, a network error, a file that is not pairings, and filters hidden', async () => {
      const sources = [
        '/__fixtures/file?name=empty.csv&type=text/csv',
        '/__fixtures/status?code=500',
        '/__fixtures/file?name=not-found.html&type=text/html',
        '/__fixtures/file?name=hostile.csv&type=text/csv',
      ];
      const shown = [];
      for (const src of sources) {
        const { el, recorder } = await mount(locale, html`<sister-city-pairings src=${src} hide-filters></sister-city-pairings>`);
        await waitUntil(() => shadow(el).querySelector('.message, tbody tr'), `${src} showed nothing`);
        await waitUntil(() => status(el) !== '' || shadow(el).querySelector('.error'), undefined);
        await expect(el).to.be.accessible();
        recorder.stop();
        shown.push(...recorder.shown);
      }
      const hostile = await (await fetch('/__fixtures/file?name=hostile.csv')).text();
      expect(await leaks(shown, locale, hostile.split(/[\n,"]+/))).to.deep.equal([]);
    });
  });
}
