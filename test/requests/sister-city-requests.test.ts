import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/requests/define.js';
import type { SisterCityRequests } from '../../src/requests/sister-city-requests.js';
import { FEED } from './data.js';

const OWN_CSV = '/__fixtures/file?name=requests-own.csv&type=text/csv';

const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const cards = (el: Element) => [...shadow(el).querySelectorAll('li.card')];
const names = (el: Element) => cards(el).map((card) => card.querySelector('.name')!.textContent!.trim());
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const button = (el: Element, name: string | RegExp) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)))!;

async function board(template: ReturnType<typeof html>, pattern = /^\d+ (of \d+ )?partner requests?$/): Promise<SisterCityRequests> {
  const el = await fixture<SisterCityRequests>(template);
  await waitUntil(() => pattern.test(status(el)), `the board did not load: "${status(el)}"`);
  return el;
}

function choose(el: Element, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Matching loads when first opened: its form is there once the side can be chosen. */
const matchingShown = (el: Element) =>
  waitUntil(() => shadow(el).querySelector('form#match-form input[name="side"]'), 'the matching form did not appear');

function tick(el: Element, scope: string, label: string) {
  const box = [...shadow(el).querySelectorAll<HTMLLabelElement>(`${scope} label.check`)].find((l) => l.textContent!.trim() === label)!.querySelector('input')!;
  box.click();
}

describe('<sister-city-requests>', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('shows published requests of both directions from the feed, newest first, in both scripts', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    expect(status(el)).to.equal('4 partner requests');
    expect(names(el)).to.deep.equal(['Iida', 'Larimer County', 'Tottori', 'Sherbrooke']);
    const iida = cards(el)[0];
    const iidaText = iida.textContent!.replace(/\s+/g, ' ');
    expect(iidaText).to.contain('飯田市').and.contain('Seeking a partner in North America').and.contain('City · Nagano · Japan')
      .and.contain('97,415 (2020)').and.contain('254 sq mi (659 km²)')
      .and.contain('Education and youth, Culture and the arts, Agriculture').and.contain('March 1, 2026')
      .and.contain('ideally in the Pacific Northwest');
    expect(cards(el)[1].textContent).to.contain('ラリマー郡').and.contain('County · Colorado · United States');
    // A prefecture's names are known in both scripts.
    expect(cards(el)[2].textContent).to.contain('鳥取県');
    await expect(el).to.be.accessible();
  });

  it('opens the whole public profile with the pamphlet from a keyboard, and closes it', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    const toggle = button(el, 'Show the full profile');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const details = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    // The profile's part loads when a first one opens: a loading line stands in for it until then.
    await waitUntil(() => details.querySelector('.label'), 'the profile did not appear');
    expect(details.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(toggle);
    const shown = details.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain('Geography and access').and.contain('Southern and Central Alps').and.contain('Puppet theatre')
      .and.contain('Reference: REQ-IIDA-0001');
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/files/iida.pdf');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(details.hidden).to.equal(true);
  });

  it('keeps an open profile with its request when filters move the cards', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    cards(el)[1].querySelector<HTMLButtonElement>('.actions button')!.click();
    await waitUntil(() => cards(el)[1].querySelector('.details .label'), 'the profile did not appear');
    /** Each card's name, whether its profile is shown, and the reference in it. */
    const shown = () => cards(el).map((card) => [
      card.querySelector('.name')!.textContent!.trim(),
      card.querySelector<HTMLButtonElement>('.actions button')!.getAttribute('aria-expanded'),
      card.querySelector<HTMLElement>('.details')!.hidden ? '' : card.querySelector('.reference')!.textContent!.trim(),
    ]);
    choose(el, 'direction', 'na-seeking-jp');
    await el.updateComplete;
    expect(shown()).to.deep.equal([['Larimer County', 'true', 'Reference: REQ-LARI-0002'], ['Sherbrooke', 'false', '']]);
    choose(el, 'direction', '');
    choose(el, 'sort', 'name');
    await el.updateComplete;
    expect(shown()).to.deep.equal([['Iida', 'false', ''], ['Larimer County', 'true', 'Reference: REQ-LARI-0002'], ['Sherbrooke', 'false', ''], ['Tottori', 'false', '']]);
    await expect(el).to.be.accessible();
  });

  it('filters by kind of exchange and population band, by direction, and says when nothing matches', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    tick(el, '.controls', 'Education and youth');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Iida', 'Larimer County', 'Sherbrooke']);
    choose(el, 'population', '50k-100k');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Iida']);
    expect(status(el)).to.equal('1 of 4 partner requests');
    choose(el, 'direction', 'na-seeking-jp');
    await el.updateComplete;
    expect(text(el)).to.contain('No request matches these filters.');
    await expect(el).to.be.accessible();
    button(el, 'Clear filters').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    const education = [...shadow(el).querySelectorAll<HTMLLabelElement>('.controls label.check')].find((l) => l.textContent!.trim() === 'Education and youth')!;
    expect(education.querySelector('input')!.checked, 'the box the reader ticked is unticked again').to.equal(false);
  });

  it('searches with the directory\'s folding, filters by partner area, and sorts', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    const search = $<HTMLInputElement>(el, '#search');
    search.value = 'いいだ';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Iida']);
    search.value = 'QUÉBEC';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Sherbrooke']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    choose(el, 'partner-area', 'kansai');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Sherbrooke']);
    choose(el, 'partner-area', '');
    choose(el, 'sort', 'population');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tottori', 'Larimer County', 'Sherbrooke', 'Iida']);
  });

  it('presets one direction and hides the direction menu', async () => {
    const el = await board(html`<sister-city-requests src=${FEED} direction="jp-seeking-na"></sister-city-requests>`);
    expect(names(el)).to.deep.equal(['Iida', 'Tottori']);
    expect(status(el)).to.equal('2 of 4 partner requests');
    expect(shadow(el).querySelector('#direction')).to.equal(null);
  });

  it('ranks the board for a described community, keyboard only, with the reasons in words', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    const toggle = button(el, 'Find partners for my community');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await matchingShown(el);
    expect($(el, '#match-form').hidden).to.equal(false);
    // The form arrived under the button, which keeps the focus.
    expect(shadow(el).activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();
    // Tab to "In North America", choose it with the keyboard.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('value')).to.equal('na');
    choose(el, 'm-region', 'OR');
    const population = $<HTMLInputElement>(el, '#m-population');
    population.focus();
    await sendKeys({ type: '９０，０００' });
    tick(el, '#match-form', 'Education and youth');
    tick(el, '#match-form', 'Agriculture');
    await el.updateComplete;
    button(el, 'Rank the requests by fit').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).includes('ranked'));
    expect(status(el)).to.equal('2 requests ranked by fit for your community');
    expect(shadow(el).activeElement).to.equal($(el, '.status'));
    expect(names(el)).to.deep.equal(['Iida', 'Tottori']);
    expect(cards(el)[0].querySelector('.reasons')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Why it fits: Both want exchanges in Education and youth, Agriculture; similar population; wants a partner in the Pacific Northwest.',
    );
    expect(cards(el)[1].querySelector('.reasons')!.textContent).to.contain('Wants a partner in the western United States');
    await expect(el).to.be.accessible();
    button(el, 'Show every request again').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
  });

  it('says so when the population cannot be read, and ranks for a listed request', async () => {
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    button(el, 'Find partners for my community').click();
    await matchingShown(el);
    ($(el, 'input[name="side"][value="jp"]') as HTMLInputElement).click();
    await el.updateComplete;
    const population = $<HTMLInputElement>(el, '#m-population');
    population.value = 'many';
    population.dispatchEvent(new Event('input'));
    await el.updateComplete;
    button(el, 'Rank the requests by fit').click();
    await el.updateComplete;
    expect(population.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Enter the population as a whole number, like 48,000');
    await expect(el).to.be.accessible();

    const iidaCard = cards(el)[0];
    [...iidaCard.querySelectorAll('button')].find((b) => b.textContent!.includes('Find partners for this community'))!.click();
    await waitUntil(() => status(el).includes('ranked'));
    expect(status(el)).to.equal('2 requests ranked by fit for Iida');
    expect(names(el)).to.deep.equal(['Sherbrooke', 'Larimer County']);
  });

  it('shows no personal data, and contacts the organisation with the reference in the subject', async () => {
    const hostile = [{
      reference: 'REQ-X', direction: 'na-seeking-jp', community: { name: '<img src=x onerror=alert(1)>', level: 'city', country: 'US', region: 'OR' },
      exchanges: ['sports'], contacts: [{ name: 'Sam Lee', email: 'sam@example.gov' }], submitter: { name: 'Jane Doe', email: 'jane@example.org' },
    }];
    const el = await board(html`<sister-city-requests .requests=${hostile} contact="mailto:partners@clair.example"></sister-city-requests>`);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)>').and.not.contain('sam@example.gov').and.not.contain('Jane Doe');
    expect(shadow(el).querySelector('img')).to.equal(null);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a.contact')!;
    expect(link.getAttribute('href')).to.equal(`mailto:partners@clair.example?subject=${encodeURIComponent('Partner request REQ-X: <img src=x onerror=alert(1)>')}`);
    el.contact = 'https://clair.example/ask?ref={reference}';
    await el.updateComplete;
    expect(shadow(el).querySelector('a.contact')!.getAttribute('href')).to.equal('https://clair.example/ask?ref=REQ-X');
    el.contact = 'javascript:alert(1)';
    await el.updateComplete;
    expect(shadow(el).querySelector('a.contact')).to.equal(null);
  });

  it('reads a site\'s own CSV with the contract\'s field names, skipping and counting bad entries', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = document.createElement('sister-city-requests');
      const load = oneEvent(el, 'load');
      el.src = OWN_CSV;
      document.body.append(el);
      const { detail } = await load;
      await el.updateComplete;
      expect(detail.count).to.equal(2);
      expect(detail.skipped.map((s: { row: number }) => s.row)).to.deep.equal([4, 5]);
      expect(warnings.join('\n')).to.match(/entry 4 skipped: community.region/).and.match(/entry 5 skipped: pamphlet_url/);
      expect(text(el)).to.contain('2 requests could not be shown.');
      expect(names(el)).to.deep.equal(['Bend', '金沢市']);
      expect(cards(el)[0].textContent).to.contain('102,059 (2020)').and.contain('ベンド市');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('reads inline JSON, and says what is wrong with a file it cannot read or load', async () => {
    const inline = await board(html`<sister-city-requests><script type="application/json">[{"direction":"jp-seeking-na","community":{"name":"Iida","country":"JP","prefecture":20},"exchanges":[]}]</script></sister-city-requests>`);
    expect(names(inline)).to.deep.equal(['Iida']);

    const page = await fixture<SisterCityRequests>(html`<sister-city-requests src="/__fixtures/file?name=not-found.html&type=text/html"></sister-city-requests>`);
    await waitUntil(() => text(page).includes('could not be read'));
    // What is wrong loads with its words when a source fails so.
    await waitUntil(() => text(page).includes('The file is a web page, not CSV or JSON.'), 'no reason given');
    await expect(page).to.be.accessible();

    const down = await fixture<SisterCityRequests>(html`<sister-city-requests src="/__fixtures/status?code=503"></sister-city-requests>`);
    await waitUntil(() => text(down).includes('could not be loaded'));
    expect(button(down, 'Try again')).to.exist;
    await expect(down).to.be.accessible();

    const empty = await board(html`<sister-city-requests .requests=${[]}></sister-city-requests>`);
    expect(text(empty)).to.contain('No community is seeking a partner at the moment.');
    await expect(empty).to.be.accessible();
  });

  it('shows cards one under the other on a phone, the filters behind a button', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await board(html`<sister-city-requests src=${FEED}></sister-city-requests>`);
    const [first, second] = cards(el).map((card) => card.getBoundingClientRect());
    expect(second.top).to.be.greaterThan(first.bottom - 1);
    expect(Math.abs(first.left - second.left)).to.be.lessThan(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    const toggle = button(el, 'Filters');
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle($(el, '#filters')).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '#filters')).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  it('speaks Japanese and French (Canada): names, units, reasons', async () => {
    const jaEl = (await fixture<HTMLElement>(html`<div lang="ja"><sister-city-requests src=${FEED}></sister-city-requests></div>`)).querySelector('sister-city-requests')!;
    await waitUntil(() => status(jaEl) === '4件の提携申し込み', `ja status: ${status(jaEl)}`);
    expect(names(jaEl)).to.deep.equal(['飯田市', 'ラリマー郡', '鳥取県', 'Sherbrooke']);
    expect(cards(jaEl)[0].textContent).to.contain('659 km² (254 平方マイル)').and.contain('長野県').and.contain('97,415人（2020年）')
      .and.contain('できれば太平洋岸北西部で');
    await expect(jaEl).to.be.accessible();

    const frHost = await fixture<HTMLElement>(html`<div lang="fr-CA"><sister-city-requests src=${FEED}></sister-city-requests></div>`);
    const fr = frHost.querySelector('sister-city-requests')!;
    await waitUntil(() => status(fr) === '4 demandes de jumelage', `fr status: ${status(fr)}`);
    expect(text(fr)).to.contain('Cherche un partenaire en Amérique du Nord').and.contain('Éducation');
    button(fr, 'Trouver des partenaires pour ma collectivité').click();
    await matchingShown(fr);
    ($(fr, 'input[name="side"][value="na"]') as HTMLInputElement).click();
    await fr.updateComplete;
    choose(fr, 'm-region', 'WA');
    tick(fr, '#match-form', 'Tourisme');
    await fr.updateComplete;
    button(fr, 'Classer les demandes par pertinence').click();
    await waitUntil(() => status(fr).includes('pertinence'));
    expect(names(fr)[0]).to.equal('Tottori');
    expect(cards(fr)[0].querySelector('.reasons')!.textContent!.replace(/\s+/g, ' ')).to.contain('Les deux souhaitent des échanges en Tourisme')
      .and.contain('cherche un partenaire dans l’Ouest des États-Unis');
    await expect(fr).to.be.accessible();
  });
});
