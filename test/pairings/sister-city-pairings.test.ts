import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/pairings/define.js';
import type { SisterCityPairings } from '../../src/pairings/sister-city-pairings.js';

const CSV = '/__fixtures/file?name=pairings.csv&type=text/csv';

const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const rows = (el: Element) => [...shadow(el).querySelectorAll('tbody tr')];
const firstNames = (el: Element) => rows(el).map((row) => row.querySelector('td .name')!.textContent!.trim());
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function loaded(template: ReturnType<typeof html>): Promise<SisterCityPairings> {
  const el = await fixture<SisterCityPairings>(template);
  await waitUntil(() => /^[\d,]+ (of [\d,]+ )?pairings?$/.test(status(el)), 'the pairings did not load');
  return el;
}

async function typeInto(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<sister-city-pairings>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('reads a CSV over HTTP, shows the good rows, counts and logs the skipped ones', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = document.createElement('sister-city-pairings');
      const load = oneEvent(el, 'load');
      el.src = CSV;
      document.body.append(el);
      const { detail } = await load;
      await el.updateComplete;
      expect(detail.count).to.equal(9);
      expect(detail.skipped.map((s: { row: number }) => s.row)).to.deep.equal([11, 12, 13]);
      expect(status(el)).to.equal('9 pairings');
      expect(text(el)).to.contain('3 rows could not be shown.');
      expect(rows(el)).to.have.length(9);
      expect(warnings.join('\n')).to.match(/row 11 skipped: na_region/).and.match(/row 12 skipped: na_url/)
        .and.match(/row 13 skipped: established/);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('shows both sides in both scripts, level, type, date, note and links; quoted fields stay whole', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV} anniversary-year="2025"></sister-city-pairings>`);
    const saintPaul = rows(el).find((row) => row.textContent!.includes('Saint Paul'))!;
    const cells = [...saintPaul.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.contain('Saint Paul').and.contain('セントポール市').and.contain('City · Minnesota · United States');
    expect(cells[1]).to.contain('Nagasaki').and.contain('長崎市').and.contain('(ながさきし)').and.contain('Nagasaki');
    expect(cells[2]).to.contain('Sister city').and.contain('Established December 7, 1955')
      .and.contain('70th anniversary in 2025').and.contain('First US–Japan affiliation, signed in 1955');
    const links = [...saintPaul.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
      ['Saint Paul website', 'https://www.stpaul.gov/'],
      ['Nagasaki website', 'https://www.city.nagasaki.lg.jp/'],
    ]);
    expect(text(el)).to.contain('Known as the "Kobe" link');
    expect(text(el)).to.contain('Sister state/province');
    expect(text(el)).to.contain('Date established unknown');
    const montreal = rows(el).find((row) => row.textContent!.includes('Montréal'))!;
    expect(montreal.textContent).to.contain('Two lines').and.contain('in one note');
  });

  it('searches as the reader types, announces the count, and offers to clear', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV}></sister-city-pairings>`);
    const search = shadow(el).querySelector<HTMLInputElement>('#search')!;
    for (const query of ['kobe', 'Kōbe', '神戸', 'こうべ']) {
      await typeInto(search, query);
      await el.updateComplete;
      expect(firstNames(el), query).to.deep.equal(['Seattle']);
      expect(status(el)).to.equal('1 of 9 pairings');
    }
    await typeInto(search, 'montreal');
    await el.updateComplete;
    expect(firstNames(el)).to.deep.equal(['Montréal']);

    await typeInto(search, 'Atlantis');
    await el.updateComplete;
    expect(status(el)).to.equal('0 of 9 pairings');
    expect(text(el)).to.contain('No pairings match your search.');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.message button')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(9);
    expect(shadow(el).activeElement).to.equal(search);
    expect(search.value).to.equal('');
  });

  it('filters by country, state, prefecture, type and decade, and sorts', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV}></sister-city-pairings>`);
    const choose = async (id: string, value: string) => {
      const select = shadow(el).querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose('country', 'CA');
    expect(firstNames(el)).to.deep.equal(['Alberta', 'Montréal']);
    await choose('country', '');
    await choose('prefecture', '1');
    expect(firstNames(el)).to.deep.equal(['Alberta', 'Bloomington-Normal', 'Massachusetts', 'Portland']);
    await choose('prefecture', '');
    await choose('type', 'friendship');
    expect(firstNames(el)).to.deep.equal(['Millbrae']);
    await choose('type', '');
    await choose('decade', '1950');
    expect(firstNames(el)).to.deep.equal(['Portland', 'Saint Paul', 'Seattle']);
    await choose('sort', 'year');
    expect(firstNames(el)).to.deep.equal(['Saint Paul', 'Seattle', 'Portland']);
    await choose('decade', '');
    await choose('region', 'ME');
    expect(firstNames(el)).to.deep.equal(['Portland']);
    expect(rows(el)[0].textContent).to.contain('Maine');
    await expect(el).to.be.accessible();
  });

  it('presets the filters from attributes so a city page shows only its own pairings', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV} region="or"></sister-city-pairings>`);
    expect(firstNames(el)).to.deep.equal(['Portland']);
    expect(rows(el)[0].textContent).to.contain('Sapporo');
    expect(shadow(el).querySelector<HTMLSelectElement>('#region')!.value).to.equal('OR');
    el.removeAttribute('region');
    el.setAttribute('prefecture', 'JP-01');
    el.setAttribute('country', 'US');
    await el.updateComplete;
    expect(firstNames(el)).to.deep.equal(['Bloomington-Normal', 'Massachusetts', 'Portland']);
  });

  it('pages long lists with "Show more"', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV} page-size="4"></sister-city-pairings>`);
    expect(rows(el)).to.have.length(4);
    const more = shadow(el).querySelector<HTMLButtonElement>('.more button')!;
    expect(more.textContent!.trim()).to.equal('Show more (5 not shown)');
    more.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(8);
  });

  it('reads inline JSON and the pairings property, and shows hostile text as text', async () => {
    const inline = await loaded(html`<sister-city-pairings>
      <script type="application/json">
        { "pairings": [{ "na_country": "US", "na_region": "WA", "na_name": "Seattle", "jp_prefecture": 28, "jp_name": "Kobe" }] }
      </script>
    </sister-city-pairings>`);
    expect(firstNames(inline)).to.deep.equal(['Seattle']);

    const el = await fixture<SisterCityPairings>(html`<sister-city-pairings></sister-city-pairings>`);
    (window as unknown as { pwned?: boolean }).pwned = false;
    el.pairings = [
      { na_country: 'US', na_region: 'MN', na_name: '<img src=x onerror="window.pwned=true">', jp_prefecture: 42, jp_name: '<b>Nagasaki</b>' },
    ];
    await waitUntil(() => rows(el).length === 1);
    await aTimeout(50);
    expect(firstNames(el)).to.deep.equal(['<img src=x onerror="window.pwned=true">']);
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('shows good pairings given as a property at the next update, and counts broken ones once the schema has said why', async () => {
    const seattle = { na_country: 'US', na_region: 'WA', na_name: 'Seattle', jp_prefecture: 28, jp_name: 'Kobe' } as const;
    const el = await fixture<SisterCityPairings>(html`<sister-city-pairings></sister-city-pairings>`);
    el.pairings = [seattle];
    await el.updateComplete;
    expect(status(el)).to.equal('1 pairing');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      el.pairings = [seattle, { ...seattle, na_region: 'ZZ' }, { ...seattle, jp_prefecture: 0 }];
      await waitUntil(() => text(el).includes('2 rows could not be shown.'), 'the broken rows were not counted');
    } finally {
      console.warn = warn;
    }
    expect(status(el)).to.equal('1 pairing');
    expect(warnings.join('\n')).to.match(/row 2 skipped: na_region/).and.match(/row 3 skipped: jp_prefecture/);
    await expect(el).to.be.accessible();
    // Moved in the page while the check loads (a framework reordering, say): it still loads.
    console.warn = () => {};
    try {
      el.pairings = [{ ...seattle, jp_prefecture: 0 }, seattle, { ...seattle, na_name: 'Tacoma' }];
      // The update now, so that the check is under way when the element moves: the good rows show at once.
      (el as unknown as { performUpdate(): void }).performUpdate();
      expect(status(el)).to.equal('2 pairings');
      expect(text(el)).not.to.contain('could not be shown');
      el.parentElement!.append(el);
      await waitUntil(() => text(el).includes('1 row could not be shown.'), 'the moved directory did not load');
    } finally {
      console.warn = warn;
    }
    expect(status(el)).to.equal('2 pairings');
  });

  it('says when loading, when the network fails (with a retry that works), and when the file is not pairings', async () => {
    const slow = await fixture<SisterCityPairings>(
      html`<sister-city-pairings src="/__fixtures/file?name=pairings.csv&type=text/csv&delay=1500"></sister-city-pairings>`,
    );
    expect(status(slow)).to.equal('Loading pairings…');
    await expect(slow).to.be.accessible();

    const key = Math.random().toString(36).slice(2);
    const failing = await fixture<SisterCityPairings>(html`<sister-city-pairings src=${`/__fixtures/flaky?key=${key}`}></sister-city-pairings>`);
    await waitUntil(() => text(failing).includes('could not be loaded'), 'no network error shown');
    expect(text(failing)).to.contain('Check your connection, then try again.');
    await expect(failing).to.be.accessible();
    const retry = shadow(failing).querySelector<HTMLButtonElement>('.message button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => status(failing) === '9 pairings', 'the retry did not load');

    const html404 = await fixture<SisterCityPairings>(
      html`<sister-city-pairings src="/__fixtures/file?name=not-found.html&type=text/html"></sister-city-pairings>`,
    );
    await waitUntil(() => text(html404).includes('could not be read'), 'no format error shown');
    expect(text(html404)).to.contain('must be CSV or JSON');
    await expect(html404).to.be.accessible();

    const empty = await fixture<SisterCityPairings>(
      html`<sister-city-pairings src="/__fixtures/file?name=empty.csv&type=text/csv"></sister-city-pairings>`,
    );
    await waitUntil(() => status(empty) === '0 pairings', 'the empty file did not load');
    expect(text(empty)).to.contain('No pairings to show yet.');
    await expect(empty).to.be.accessible();
  });

  it('shows 2,000 rows from a large file a page at a time and counts the broken ones', async () => {
    const el = await fixture<SisterCityPairings>(
      html`<sister-city-pairings src="/__fixtures/generated.csv?rows=2000&bad=7"></sister-city-pairings>`,
    );
    await waitUntil(() => status(el) === '1,993 pairings', undefined);
    // The good rows first; the broken ones are counted once the schema, after that frame, has said why.
    await waitUntil(() => text(el).includes('7 rows could not be shown.'), 'the broken rows were not counted');
    expect(rows(el)).to.have.length(100);
    const search = shadow(el).querySelector<HTMLInputElement>('#search')!;
    await typeInto(search, 'montreal 1999');
    await el.updateComplete;
    expect(firstNames(el)).to.deep.equal(['Montréal 1999']);
  });

  it('can be used with the keyboard alone', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV}></sister-city-pairings>`);
    shadow(el).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'Portland' });
    await el.updateComplete;
    expect(firstNames(el)).to.deep.equal(['Portland', 'Portland']);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.id).to.equal('country');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(firstNames(el)).to.deep.equal(['Portland', 'Portland']);
    expect(shadow(el).querySelector<HTMLSelectElement>('#country')!.value).to.equal('US');
    // Tab on to "Clear filters" and press it.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Clear filters');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el)).to.have.length(9);
    expect(shadow(el).activeElement!.id).to.equal('search');
  });

  it('shows cards at 320 px and a table on a wide screen, without horizontal scrolling', async () => {
    const el = await loaded(html`<sister-city-pairings src=${CSV}></sister-city-pairings>`);
    await setViewport({ width: 320, height: 640 });
    await aTimeout(50);
    expect(getComputedStyle(rows(el)[0]).display).to.equal('block');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await setViewport({ width: 1280, height: 800 });
    await aTimeout(50);
    expect(getComputedStyle(rows(el)[0]).display).to.equal('table-row');
  });

  it('keeps its own look on a hostile host page, and follows the dark colour scheme unless told', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 10px } * { box-sizing: content-box } button { all: unset } body { line-height: 0.8; text-transform: uppercase }';
    document.head.append(style);
    try {
      const el = await loaded(html`<sister-city-pairings src=${CSV} page-size="2"></sister-city-pairings>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('.more button')!;
      const css = getComputedStyle(button);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(16);
      expect(css.boxSizing).to.equal('border-box');
      expect(parseFloat(css.paddingLeft)).to.be.greaterThan(0);
      expect(css.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(rows(el)[0]).textTransform).to.equal('none');

      const light = getComputedStyle(el).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle(el).backgroundColor;
      expect(dark).to.not.equal(light);
      await expect(el).to.be.accessible();
      el.setAttribute('color-scheme', 'light');
      expect(getComputedStyle(el).backgroundColor).to.equal(light);
    } finally {
      style.remove();
    }
  });

  it('speaks Japanese under lang="ja": kanji names first, Japanese region names, era dates on request', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ja"><sister-city-pairings src=${CSV} calendar="japanese" anniversary-year="2025"></sister-city-pairings></div>`,
    );
    const el = wrapper.querySelector('sister-city-pairings')!;
    await waitUntil(() => status(el) === '9件の提携', 'no Japanese status');
    const saintPaul = rows(el).find((row) => row.textContent!.includes('Saint Paul'))!;
    expect(saintPaul.querySelector('td .name')!.textContent).to.equal('セントポール市');
    expect(saintPaul.textContent).to.contain('長崎県').and.contain('市・ミネソタ州・アメリカ合衆国')
      .and.contain('昭和30年12月7日').and.contain('2025年に提携70周年');
    expect(shadow(el).querySelector('label[for="prefecture"]')!.textContent).to.not.equal('Prefecture');
    await waitUntil(() => text(el).includes('3件のデータを表示できませんでした。'), 'the broken rows were not counted in Japanese');
    await expect(el).to.be.accessible();

    const search = shadow(el).querySelector<HTMLInputElement>('#search')!;
    await typeInto(search, 'カリフォルニア');
    await el.updateComplete;
    expect(firstNames(el)).to.deep.equal(['Millbrae']);
    expect(status(el)).to.equal('9件中1件');
  });

  it('follows changes of its lang ancestor and of <html lang>, in French too', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><sister-city-pairings src=${CSV}></sister-city-pairings></div>`);
    const el = wrapper.querySelector('sister-city-pairings')!;
    await waitUntil(() => status(el) === '9 pairings');
    wrapper.setAttribute('lang', 'fr-CA');
    await waitUntil(() => status(el) === '9 jumelages', 'did not switch to French');
    const millbrae = rows(el).find((row) => row.textContent!.includes('Millbrae'))!;
    expect(millbrae.textContent).to.contain('Californie').and.contain('novembre 2014').and.contain('Saitama');
    await expect(el).to.be.accessible();

    const html_ = document.documentElement;
    const before = html_.lang;
    wrapper.removeAttribute('lang');
    try {
      html_.lang = 'ja';
      await waitUntil(() => status(el) === '9件の提携', 'did not follow <html lang>');
      html_.lang = 'en';
      await waitUntil(() => status(el) === '9 pairings', 'did not return to English');
    } finally {
      html_.lang = before;
    }
  });
});
