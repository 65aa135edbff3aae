// The forms' menus (src/forms/option-list.ts: options made directly, not as Lit parts): each option
// once, in the reader's language, the answer chosen after a change of language, a restored draft and
// "Clear answers".
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { button, byPath, choose, tick } from '../story-form/helpers.js';
import { mountForm } from './fill.js';

const menu = (el: Element, path: string) => byPath<HTMLSelectElement>(el, path);
const chosen = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim();
const labels = (select: HTMLSelectElement) => [...select.options].map((option) => option.textContent!.trim());

describe('menus', () => {
  it('relabels the prefecture menu when the page changes language, the answer still chosen', async () => {
    const { el } = await mountForm('sister-city-story-form', 'ok');
    const select = menu(el, 'jp_city.prefecture');
    expect(select.options.length).to.equal(48); // the placeholder and the 47 prefectures, each once
    choose(el, 'jp_city.prefecture', '42');
    await el.updateComplete;
    expect(chosen(select)).to.equal('Nagasaki');

    el.parentElement!.setAttribute('lang', 'ja');
    await waitUntil(() => chosen(menu(el, 'jp_city.prefecture')) === '長崎県', 'the chosen prefecture was not named in Japanese');
    expect(menu(el, 'jp_city.prefecture')).to.equal(select);
    expect(select.value).to.equal('42');
    expect(labels(select).slice(0, 3)).to.deep.equal(['選択してください', '北海道', '青森県']);
    expect(select.options.length).to.equal(48);

    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => chosen(select) === 'Nagasaki', 'the chosen prefecture was not named in English again');
    expect(labels(select).slice(0, 3)).to.deep.equal(['Select…', 'Hokkaido', 'Aomori']);
  });

  it('keeps the chosen province when French names and sorts the menu anew', async () => {
    const { el } = await mountForm('sister-city-request-form', 'ok');
    tick(el, 'direction', 'na-seeking-jp');
    await el.updateComplete;
    tick(el, 'na_community.country', 'CA');
    await el.updateComplete;
    choose(el, 'na_community.region', 'NL');
    await el.updateComplete;
    const select = menu(el, 'na_community.region');
    expect(chosen(select)).to.equal('Newfoundland and Labrador');

    el.parentElement!.setAttribute('lang', 'fr-CA');
    await waitUntil(() => chosen(menu(el, 'na_community.region')) === 'Terre-Neuve-et-Labrador', 'the chosen province was not named in French');
    expect(select.value).to.equal('NL');
    const provinces = labels(select).slice(1);
    expect(provinces).to.have.length(13);
    expect(provinces).to.deep.equal([...provinces].sort((a, b) => a.localeCompare(b, 'fr-CA')));
    expect(provinces).to.include('Colombie-Britannique').and.include('Québec');

    // Another country's regions replace the provinces; the menu asks again.
    tick(el, 'na_community.country', 'US');
    await el.updateComplete;
    expect(select.options.length).to.be.greaterThan(50);
    expect(select.value).to.equal('');
  });

  it('shows a restored answer, and the placeholder again once the answers are cleared', async () => {
    const key = 'sister-city-widgets:story:menus-draft';
    sessionStorage.setItem(key, JSON.stringify({
      format: 1, savedAt: Date.now(), expires: Date.now() + 60_000,
      values: { jp_city: { prefecture: '28' }, dates: [], people: [], photos: [] },
    }));
    try {
      const { el } = await mountForm('sister-city-story-form', 'ok', { draft: 'session', draftKey: 'menus-draft' });
      const select = menu(el, 'jp_city.prefecture');
      expect(select.value).to.equal('28');
      expect(chosen(select)).to.equal('Hyogo');
      choose(el, 'jp_city.prefecture', '1');
      await el.updateComplete;
      button(el, 'Clear answers and start again').click();
      await el.updateComplete;
      expect(select.value).to.equal('');
      expect(chosen(select)).to.equal('Select…');
    } finally {
      sessionStorage.removeItem(key);
    }
  });
});
