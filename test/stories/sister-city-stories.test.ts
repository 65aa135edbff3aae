import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/stories/define.js';
import type { SisterCityStories } from '../../src/stories/sister-city-stories.js';

const FEED = '/test/fixtures/stories.json';
const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const articles = (el: Element) => [...shadow(el).querySelectorAll('article')];
const headings = (el: Element) => articles(el).map((a) => a.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim());
const active = (el: Element) => shadow(el).activeElement;

async function loaded(template: ReturnType<typeof html>, pattern = /\d+ stor(y|ies)$|\d+件/): Promise<SisterCityStories> {
  const el = await fixture<SisterCityStories>(template);
  await waitUntil(() => pattern.test(status(el)) || shadow(el).querySelector('.message'), 'the stories did not load');
  await waitUntil(() => pattern.test(status(el)), 'the stories did not load');
  return el;
}

describe('<sister-city-stories>', () => {
  it('reads the feed over HTTP, skips and logs what it cannot show, and shows each story in full', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = document.createElement('sister-city-stories');
      const load = oneEvent(el, 'load');
      el.src = FEED;
      document.body.append(el);
      const { detail } = await load;
      await el.updateComplete;
      expect(detail.count).to.equal(3);
      expect(warnings.join('\n')).to.match(/story 4 skipped: jp_city/);
      expect(status(el)).to.equal('3 stories');
      // Oldest relationship first; both cities in both scripts, the reader's script first.
      expect(headings(el)).to.deep.equal(['Saint Paul セントポール市 and Nagasaki 長崎市', 'Seattle and Kobe 神戸市', 'Montréal and Hiroshima']);
      const saintPaul = articles(el)[0];
      expect(saintPaul.id).to.equal('US-MN-saint-paul/42-nagasaki');
      expect(saintPaul.querySelector('.alt')!.getAttribute('lang')).to.equal('ja');
      const text = saintPaul.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Minnesota · Nagasaki · Established December 7, 1955').and.contain('Connections: Friendship, Culture')
        .and.contain('The affiliation is signed').and.contain('Joseph Dillon, Mayor of Saint Paul').and.contain('田川 務, 長崎市長')
        .and.contain('Photo: City of Saint Paul archives');
      expect(saintPaul.querySelectorAll('[part="side"] .text p')).to.have.length(2, 'paragraphs kept');
      // The partner city's side, with its author, in English where staff translated it.
      const partner = saintPaul.querySelector('[part="partner-side"]')!;
      expect(partner.textContent).to.contain("The partner city's side").and.contain('長崎市国際課').and.contain('How the pairing began, seen from Nagasaki.');
      // Photos: lazy, sized, described by their captions.
      const img = saintPaul.querySelector('img')!;
      expect([img.getAttribute('loading'), img.getAttribute('width'), img.getAttribute('height'), img.alt]).to.deep.equal(['lazy', '320', '240', 'The signing in City Hall']);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('shows a story with no translation in its original language, marked with lang, and says so', async () => {
    const el = await loaded(html`<sister-city-stories src=${FEED}></sister-city-stories>`);
    const seattle = articles(el)[1];
    expect(seattle.querySelector('.untranslated')!.textContent).to.equal('Not translated yet: shown in the language it was written in.');
    expect(seattle.querySelector('.text')!.getAttribute('lang')).to.equal('ja');
    expect(seattle.querySelector('.text')!.textContent).to.contain('神戸とシアトル');
    expect(articles(el)[0].querySelector('.untranslated')).to.equal(null);
    expect(articles(el)[2].querySelector('.text')!.getAttribute('lang')).to.equal('fr');
  });

  it('speaks Japanese: the staff translation, Japanese names first, era dates on request', async () => {
    const wrapper = await fixture(html`<div lang="ja"><sister-city-stories src=${FEED} calendar="japanese"></sister-city-stories></div>`);
    const el = wrapper.querySelector('sister-city-stories')!;
    await waitUntil(() => status(el) === '3件の物語', 'not in Japanese');
    expect(headings(el)[0]).to.equal('セントポール市 Saint Paul と 長崎市 Nagasaki');
    const story = articles(el)[0];
    expect(story.querySelector('.text')!.getAttribute('lang')).to.equal('ja');
    expect(story.querySelector('.text')!.textContent).to.contain('戦後十年');
    expect(story.querySelector('.meta')!.textContent).to.contain('昭和30年12月7日');
    expect(story.querySelector('[part="partner-side"] .text')!.textContent).to.contain('長崎から見た提携の始まり。');
    // The Seattle story was written in Japanese: no note for a Japanese reader.
    expect(articles(el)[1].querySelector('.untranslated')).to.equal(null);
    // The Montréal story has no Japanese translation: shown in French, marked so.
    expect(articles(el)[2].querySelector('.untranslated')!.textContent).to.contain('まだ翻訳されていない');
    await expect(el).to.be.accessible();
  });

  it('speaks French (Canada)', async () => {
    const wrapper = await fixture(html`<div lang="fr-CA"><sister-city-stories src=${FEED}></sister-city-stories></div>`);
    const el = wrapper.querySelector('sister-city-stories')!;
    await waitUntil(() => status(el) === '3 récits', 'not in French');
    expect(shadow(el).querySelector('label[for="search"]')!.textContent).to.equal('Rechercher par ville, État, province, préfecture ou personne');
    expect(articles(el)[2].querySelector('.untranslated')).to.equal(null, 'a French story for a French reader');
    await expect(el).to.be.accessible();
  });

  it('filters by state, prefecture, decade and connection, searches folded text, and clears back to the presets', async () => {
    const el = await loaded(html`<sister-city-stories src=${FEED}></sister-city-stories>`);
    const select = (id: string, value: string) => {
      const menu = shadow(el).querySelector<HTMLSelectElement>(`#${id}`)!;
      menu.value = value;
      menu.dispatchEvent(new Event('change'));
      return el.updateComplete;
    };
    await select('connection', 'education');
    expect(headings(el)).to.deep.equal(['Seattle and Kobe 神戸市']);
    expect(status(el)).to.equal('1 of 3 stories');
    await select('connection', '');
    await select('decade', '1990');
    expect(headings(el)).to.deep.equal(['Montréal and Hiroshima']);
    await select('decade', '');
    await select('prefecture', '42');
    expect(headings(el)[0]).to.contain('Nagasaki');
    await select('prefecture', '');
    await select('region', 'QC');
    expect(headings(el)).to.deep.equal(['Montréal and Hiroshima']);
    shadow(el).querySelector<HTMLButtonElement>('.clear button')!.click();
    await el.updateComplete;
    const search = shadow(el).querySelector<HTMLInputElement>('#search')!;
    expect(active(el)).to.equal(search);
    search.value = 'MONTREAL';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Montréal and Hiroshima']);
    search.value = 'nowhere';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.message')!.textContent).to.contain('No stories match your search.');
    await expect(el).to.be.accessible();
  });

  it('shows one pairing\'s story with the pairing preset, without the filters, and says when it has none', async () => {
    const el = await loaded(html`<sister-city-stories src=${FEED} pairing="US-MN-saint-paul/42-nagasaki"></sister-city-stories>`, /1 of 3 stories/);
    expect(headings(el)).to.have.length(1);
    expect(shadow(el).querySelector('#search')).to.equal(null);
    el.pairing = 'US-OR-portland/1-sapporo';
    await el.updateComplete;
    expect(shadow(el).querySelector('.message')!.textContent).to.contain('This pairing has not published its story yet.');
    await expect(el).to.be.accessible();
  });

  it('opens a photo in a dialog from the keyboard, moves between photos with the arrows, closes with Escape and gives focus back', async () => {
    const el = await loaded(html`<sister-city-stories src=${FEED}></sister-city-stories>`);
    const photo = shadow(el).querySelector<HTMLButtonElement>('button.photo')!;
    photo.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the lightbox did not open');
    expect(dialog.matches(':modal')).to.equal(true, 'modal: the page behind is inert, so focus stays in the dialog');
    expect(dialog.contains(active(el))).to.equal(true);
    expect(dialog.querySelector('figcaption')!.textContent).to.contain('The signing in City Hall').and.contain('Photo 1 of 2');
    expect(dialog.querySelector('img')!.alt).to.equal('The signing in City Hall');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(dialog.querySelector('figcaption')!.textContent).to.contain('Students at the harbour').and.contain('Photo 2 of 2');
    // Tab cycles among the dialog's buttons, never out to the page.
    for (const press of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await sendKeys({ press });
      expect(dialog.contains(active(el))).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the lightbox');
    await waitUntil(() => active(el) === photo, 'focus did not return to the photo');
  });

  it('renders markup in the data as text, and shows no photo with an unsafe URL', async () => {
    const el = await loaded(html`<sister-city-stories src=${FEED}></sister-city-stories>`);
    const montreal = articles(el)[2];
    expect(montreal.textContent).to.contain('<img src=x onerror=alert(1)>').and.contain('<script>window.pwned=1</script>');
    expect(montreal.querySelector('img, script')).to.equal(null);
  });

  it('reads inline JSON and a property, and says when a source cannot be loaded or read', async () => {
    const feed = await (await fetch(FEED)).json();
    const inline = await loaded(html`<sister-city-stories><script type="application/json">${JSON.stringify(feed.stories.slice(1, 2))}</script></sister-city-stories>`);
    expect(headings(inline)).to.deep.equal(['Seattle and Kobe 神戸市']);
    const byProperty = await loaded(html`<sister-city-stories .stories=${feed}></sister-city-stories>`);
    expect(status(byProperty)).to.equal('3 stories');

    const error = console.error;
    console.error = () => {};
    try {
      const missing = await fixture<SisterCityStories>(html`<sister-city-stories src="/__fixtures/status?code=500"></sister-city-stories>`);
      await waitUntil(() => shadow(missing).querySelector('.message.error'), 'no error shown');
      expect(shadow(missing).textContent).to.contain('The stories could not be loaded. Check your connection, then try again.');
      await expect(missing).to.be.accessible();
      const wrong = await fixture<SisterCityStories>(html`<sister-city-stories src="/__fixtures/file?name=pairings.csv&type=text/csv"></sister-city-stories>`);
      await waitUntil(() => shadow(wrong).querySelector('.message.error'), 'no error shown');
      expect(shadow(wrong).textContent).to.contain('The stories could not be read.');
      await expect(wrong).to.be.accessible();
    } finally {
      console.error = error;
    }
    const empty = await fixture<SisterCityStories>(html`<sister-city-stories .stories=${{ stories: [] }}></sister-city-stories>`);
    expect(shadow(empty).textContent).to.contain('No stories to show yet.');
    await expect(empty).to.be.accessible();
  });

  it('brings the story a link points at (page.html#<key>) into view and focus', async () => {
    history.replaceState(null, '', '#CA-QC-montreal%2F34-hiroshima');
    try {
      const el = await loaded(html`<sister-city-stories src=${FEED}></sister-city-stories>`);
      await waitUntil(() => active(el)?.tagName === 'H2', 'the story was not focused');
      expect(active(el)!.textContent).to.contain('Montréal');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
