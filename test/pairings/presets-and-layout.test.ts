// The page's presets stay the page's; a phone-width directory folds its menus; either colour scheme on
// a page of the other keeps its text off its edge.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/pairings/define.js';
import type { SisterCityPairings } from '../../src/pairings/sister-city-pairings.js';

const CSV = '/__fixtures/file?name=pairings.csv&type=text/csv';
const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const names = (el: Element) => [...shadow(el).querySelectorAll('tbody tr td:first-child .name')].map((name) => name.textContent!.trim());
const clearButton = (el: Element) => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear filters');
const shows = (element: Element | null) => !!element && element.checkVisibility();

async function loaded(template: ReturnType<typeof html>): Promise<SisterCityPairings> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'sister-city-pairings' ? host : host.querySelector('sister-city-pairings')) as SisterCityPairings;
  await waitUntil(() => shadow(el).querySelector('tbody tr'), 'the pairings did not load');
  return el;
}

function change(el: Element, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('<sister-city-pairings> presets and layout', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('"Clear filters" returns to the page\'s presets, and is offered only once the reader has left them', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV} region="OR"></sister-city-pairings>`);
    expect(names(el)).to.deep.equal(['Portland']);
    expect(clearButton(el)).to.equal(undefined);
    change(el, '#region', '');
    change(el, '#type', 'sister');
    await el.updateComplete;
    expect(names(el).length).to.be.greaterThan(1);
    clearButton(el)!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Portland']);
    expect($<HTMLSelectElement>(el, '#region')!.value).to.equal('OR');
    expect($<HTMLSelectElement>(el, '#type')!.value).to.equal('');
    expect(shadow(el).activeElement!.id).to.equal('search');
    expect(clearButton(el)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('with hide-filters, a search that finds nothing leads back to the preset, never past it', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV} region="OR" hide-filters></sister-city-pairings>`);
    expect($(el, '#region')).to.equal(null);
    change(el, '#search', 'zzzz');
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    const back = $<HTMLButtonElement>(el, '.message button')!;
    expect(back.textContent!.trim()).to.equal('Clear filters');
    await expect(el).to.be.accessible();
    back.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Portland']);
    expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
  });

  it('on a wide widget keeps the same columns whatever the rows hold, in every language', async () => {
    for (const lang of ['en', 'ja', 'fr-CA']) {
      for (const width of [700, 1280]) {
        await setViewport({ width, height: 800 });
        const el = await loaded(html`<div lang=${lang}><sister-city-pairings src=${CSV}></sister-city-pairings></div>`);
        const widths = () => [...shadow(el).querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width));
        const table = $(el, 'table')!.getBoundingClientRect().width;
        const before = widths();
        // Three columns of 27.3 %, the websites' 18 % (table-layout: fixed), not widths measured from the rows.
        expect(before.slice(0, 3).every((w) => Math.abs(w - table * 0.273) <= 2), `${lang} ${width}: ${before} of ${table}`).to.equal(true);
        expect(Math.abs(before[3] - table * 0.18), `${lang} ${width}: ${before}`).to.be.at.most(2);
        change(el, '#search', 'montreal');
        await el.updateComplete;
        expect(widths(), `${lang} ${width}: one row`).to.deep.equal(before);
        // Every heading fits on one line.
        for (const th of shadow(el).querySelectorAll('thead th')) {
          const line = document.createRange();
          line.selectNodeContents(th);
          expect(line.getClientRects().length, `${lang} ${width}: ${th.textContent} on one line`).to.equal(1);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      }
    }
  });

  it('on a phone shows the search box and a "Filters" button instead of the menus, usable with the keyboard', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await loaded(html`<sister-city-pairings src=${CSV}></sister-city-pairings>`);
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    expect(shows($(el, '#search'))).to.equal(true);
    expect(shows(toggle)).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    for (const menu of ['#country', '#region', '#prefecture', '#type', '#decade', '#sort']) expect(shows($(el, menu)), menu).to.equal(false);
    // The first result is on the first screen.
    expect(shadow(el).querySelector('tbody tr')!.getBoundingClientRect().top).to.be.below(640);
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shows($(el, '#country'))).to.equal(true);
    expect(shows($(el, '#sort'))).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.id).to.equal('country');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#country')!.value).to.equal('US');
    await expect(el).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shows($(el, '#country'))).to.equal(false);

    // Wide again: every menu, no button.
    await setViewport({ width: 1280, height: 800 });
    await waitUntil(() => !shows(toggle), 'the Filters button stayed on a wide screen');
    expect(shows($(el, '#country'))).to.equal(true);
  });

  for (const [scheme, page] of [['dark', 'light'], ['light', 'dark']] as const) {
    it(`in the ${scheme} scheme on a ${page} page keeps its text off its edge, and reads well`, async () => {
      await emulateMedia({ colorScheme: page });
      const pageStyle = page === 'dark' ? 'background: #111; color: #eee; padding: 8px' : 'background: #fff; color: #111; padding: 8px';
      const el = await loaded(html`<div style=${pageStyle}><sister-city-pairings src=${CSV} color-scheme=${scheme}></sister-city-pairings></div>`);
      const host = el.getBoundingClientRect();
      const search = $(el, '.controls')!.getBoundingClientRect();
      const row = shadow(el).querySelector('tbody tr')!.getBoundingClientRect();
      for (const box of [search, row]) {
        expect(box.left - host.left, 'space at the start').to.be.at.least(12);
        expect(host.right - box.right, 'space at the end').to.be.at.least(12);
      }
      expect($(el, '.controls')!.getBoundingClientRect().top - host.top, 'space at the top').to.be.at.least(12);
      const background = getComputedStyle(el).backgroundColor;
      expect(background).to.not.equal(getComputedStyle(el.parentElement!).backgroundColor);
      await expect(el).to.be.accessible();
    });
  }
});
