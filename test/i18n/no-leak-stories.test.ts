// The stories reader in Japanese and French, in every state a reader can reach: no English shown or
// announced (story text in English is data, marked with lang="en").
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { TemplateResult } from 'lit';
import '../../src/stories/define.js';
import { leaks, LOCALES, record } from './leak-check.js';

const FEED = '/__fixtures/file?name=stories.json&type=application/json';
const shadow = (el: Element) => el.shadowRoot!;

/** Every string of the fixture: names, stories, captions and credits are the site's data, not the widget's words. */
async function fixtureData(): Promise<string[]> {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value, ...value.split(/\s+/));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(await (await fetch(FEED)).json());
  return strings;
}

async function mount(locale: string, widget: TemplateResult) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}>${widget}</div>`);
  const el = wrapper.firstElementChild!;
  return { el, recorder: record(el) };
}

const select = (el: Element, id: string, value: string) => {
  const menu = shadow(el).querySelector<HTMLSelectElement>(`#${id}`)!;
  menu.value = value;
  menu.dispatchEvent(new Event('change'));
};

for (const locale of LOCALES) {
  describe(`<sister-city-stories> in ${locale}: nothing in English`, () => {
    it('while loading, loaded, filtered, with no match, and with the lightbox open', async () => {
      const error = console.warn;
      console.warn = () => {};
      try {
        const { el, recorder } = await mount(locale, html`<sister-city-stories src=${`${FEED}&delay=300`} calendar="japanese"></sister-city-stories>`);
        await waitUntil(() => shadow(el).querySelectorAll('article').length === 3, 'the stories did not load');
        select(el, 'connection', 'education');
        select(el, 'decade', '1990');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await waitUntil(() => shadow(el).querySelector('.message'), 'no message');
        shadow(el).querySelector<HTMLButtonElement>('.clear button')!.click();
        await waitUntil(() => shadow(el).querySelector('button.photo'), 'no photo');
        shadow(el).querySelector<HTMLButtonElement>('button.photo')!.click();
        await waitUntil(() => shadow(el).querySelector('dialog')?.open, 'no lightbox');
        await expect(el).to.be.accessible();
        recorder.stop();
        expect(recorder.shown.some(({ announced }) => announced), 'nothing was announced').to.equal(true);
        expect(await leaks(recorder.shown, locale, await fixtureData())).to.deep.equal([]);
      } finally {
        console.warn = error;
      }
    });

    it('when the stories cannot be loaded or read, and for a pairing without a story', async () => {
      const error = console.error;
      console.error = () => {};
      try {
        for (const src of ['/__fixtures/status?code=500', '/__fixtures/file?name=pairings.csv&type=text/csv']) {
          const { el, recorder } = await mount(locale, html`<sister-city-stories src=${src}></sister-city-stories>`);
          await waitUntil(() => shadow(el).querySelector('.message.error'), 'no error');
          await expect(el).to.be.accessible();
          recorder.stop();
          expect(await leaks(recorder.shown, locale, [])).to.deep.equal([]);
        }
        const { el, recorder } = await mount(locale, html`<sister-city-stories src=${FEED} pairing="US-OR-portland/1-sapporo"></sister-city-stories>`);
        await waitUntil(() => shadow(el).querySelector('.message'), 'no message');
        recorder.stop();
        expect(await leaks(recorder.shown, locale, [])).to.deep.equal([]);
      } finally {
        console.error = error;
      }
    });
  });
}
