import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pairings/define.js';
import type { SisterCityPairings } from '../../src/pairings/sister-city-pairings.js';

const STORIES = '/test/fixtures/stories.json';
const PAIRINGS = [
  { na_country: 'US', na_region: 'MN', na_name: 'Saint Paul', jp_prefecture: 42, jp_name: 'Nagasaki', established: '1955-12-07' },
  { na_country: 'US', na_region: 'WA', na_name: 'Seattle', jp_prefecture: 28, jp_name: 'Kobe', established: '1957' },
  { na_country: 'US', na_region: 'OR', na_name: 'Portland', jp_prefecture: 1, jp_name: 'Sapporo', established: '1959-11-17' },
];
const shadow = (el: Element) => el.shadowRoot!;
const row = (el: Element, name: string) => [...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(name))!;

describe('<sister-city-pairings stories-src>', () => {
  it('links each pairing that has a published story to it, through the story-href template', async () => {
    const el = await fixture<SisterCityPairings>(html`<sister-city-pairings .pairings=${PAIRINGS} stories-src=${STORIES} story-href="stories.html#{key}"></sister-city-pairings>`);
    await waitUntil(() => shadow(el).querySelector('a.story-link'), 'no story link');
    const link = row(el, 'Saint Paul').querySelector<HTMLAnchorElement>('a.story-link')!;
    expect(link.textContent).to.equal('Read the origin story');
    expect(link.getAttribute('href')).to.equal('stories.html#US-MN-saint-paul%2F42-nagasaki');
    // Seattle's story names Kobe as 神戸市 with the Latin name beside it: the keys still meet.
    expect(row(el, 'Seattle').querySelector('a.story-link')!.getAttribute('href')).to.equal('stories.html#US-WA-seattle%2F28-kobe');
    expect(row(el, 'Portland').querySelector('.story-link')).to.equal(null, 'no story, no link');
    // Its styles come with the link's module, beside the directory's own.
    expect([getComputedStyle(link).display, getComputedStyle(link).fontWeight]).to.deep.equal(['block', '700']);
    expect(getComputedStyle(shadow(el).querySelector('.controls')!).display).to.equal('grid', 'the directory keeps its own');
    await expect(el).to.be.accessible();
  });

  it('without story-href, opens the story in a dialog on the page, in the page\'s language, and gives focus back', async () => {
    const wrapper = await fixture(html`<div lang="ja"><sister-city-pairings .pairings=${PAIRINGS} stories-src=${STORIES}></sister-city-pairings></div>`);
    const el = wrapper.querySelector('sister-city-pairings')!;
    await waitUntil(() => shadow(el).querySelector('button.story-link'), 'no story button');
    const button = row(el, 'Saint Paul').querySelector<HTMLButtonElement>('button.story-link')!;
    expect(button.textContent).to.equal('提携の始まりの物語を読む');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await waitUntil(() => shadow(el).querySelector('dialog')?.open, 'no dialog').then(() => shadow(el).querySelector('dialog')!);
    expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(255, 255, 255)', 'the dialog has its styles');
    const reader = dialog.querySelector('sister-city-stories')!;
    await waitUntil(() => reader.shadowRoot?.querySelector('article'), 'the story did not render');
    expect(reader.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(reader.shadowRoot!.querySelector('article .text')!.textContent).to.contain('戦後十年');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('dialog'), 'Escape did not close the story');
    await waitUntil(() => shadow(el).activeElement === row(el, 'Saint Paul').querySelector('button.story-link'), 'focus did not come back');
  });

  it('shows the directory first and no link when the stories cannot be read', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SisterCityPairings>(html`<sister-city-pairings .pairings=${PAIRINGS} stories-src="/__fixtures/status?code=500"></sister-city-pairings>`);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(3);
      await waitUntil(() => warnings.some((w) => w.includes('could not be read')), 'no warning');
      expect(shadow(el).querySelector('.story-link')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});
