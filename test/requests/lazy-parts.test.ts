// The board's parts loaded on demand (matching, a request's whole profile, what is wrong with a file) come
// with tables of strings of their own (scripts/message-tables.mjs): each renders only once its strings are
// in, when it first loads and after the page changes language. Without the board's wait for those strings
// (scheduleUpdate in sister-city-requests.ts), a page turning French shows the open profile's headings and
// the matching form in English until the French tables arrive, and these tests fail.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/requests/define.js';
import type { SisterCityRequests } from '../../src/requests/sister-city-requests.js';
import { leaks, record } from '../i18n/leak-check.js';
import { FEED, fixtureData } from './data.js';

const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('.status')?.textContent?.trim() ?? '';

/** The translation of `source` in xliff/<locale>.xlf. */
async function target(locale: 'ja' | 'fr-CA', source: string): Promise<string> {
  const xml = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const unit = [...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('trans-unit')].find((u) => u.querySelector('source')!.textContent === source);
  return unit!.querySelector('target')!.textContent!;
}

describe('<sister-city-requests>: parts loaded on demand, in the reader\'s language', () => {
  it('a profile opened and the matching form, in Japanese from their first frame, then in French when the page turns French', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja"><sister-city-requests src=${FEED}></sister-city-requests></div>`);
    const el = wrapper.firstElementChild as SisterCityRequests;
    await waitUntil(() => shadow(el).querySelectorAll('li.card').length === 4, 'the board did not load');
    const [geographyJa, geographyFr] = await Promise.all([target('ja', 'Geography and access'), target('fr-CA', 'Geography and access')]);
    const japanese = record(el);
    // From the keyboard: the first card's "show the full profile", then the matching form's button.
    const toggle = shadow(el).querySelector<HTMLButtonElement>('li.card .actions button')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const details = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    await waitUntil(() => details.querySelector('.label'), 'the profile did not appear');
    expect(details.querySelector('.label')!.textContent).to.equal(geographyJa);
    expect(shadow(el).activeElement, 'the focus left the button').to.equal(toggle);
    shadow(el).querySelector<HTMLButtonElement>('.match-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('form#match-form input[name="side"]'), 'the matching form did not appear');
    japanese.stop();
    const data = await fixtureData();
    expect(await leaks(japanese.shown, 'ja', data)).to.deep.equal([]);

    const french = record(el);
    wrapper.setAttribute('lang', 'fr-CA');
    await waitUntil(() => details.querySelector('.label')?.textContent === geographyFr, 'the profile did not turn French');
    await waitUntil(() => status(el) === '4 demandes de jumelage');
    french.stop();
    expect(await leaks(french.shown, 'fr-CA', data)).to.deep.equal([]);
    expect(french.shown.map(({ text }) => text)).to.not.include('Geography and access').and.not.include('Where is your community?');
    await expect(el).to.be.accessible();
  });

  it('says in Japanese what is wrong with a file it cannot read, once those words are in', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja"><sister-city-requests src="/__fixtures/file?name=not-found.html&type=text/html"></sister-city-requests></div>`);
    const el = wrapper.firstElementChild as SisterCityRequests;
    const recorder = record(el);
    const [unreadable, webPage] = await Promise.all([target('ja', 'The partner requests could not be read.'), target('ja', 'The file is a web page, not CSV or JSON.')]);
    await waitUntil(() => shadow(el).querySelector('.detail')?.textContent === webPage, 'no reason given');
    recorder.stop();
    expect(shadow(el).querySelector('.message.error p')!.textContent).to.equal(unreadable);
    expect(await leaks(recorder.shown, 'ja')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
