// Matching (the form, the scoring and the words of its reasons) loads when the reader first asks for it:
// these tests start from a page that has not loaded it, and use the keyboard only.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/requests/define.js';
import { FEED } from './data.js';

const shadow = (el: Element) => el.shadowRoot!;
const status = (el: Element) => shadow(el).querySelector('.status')?.textContent?.trim() ?? '';
const cards = (el: Element) => [...shadow(el).querySelectorAll('li.card')];
const names = (el: Element) => cards(el).map((card) => card.querySelector('.name')!.textContent!.trim());
const reasons = (card: Element) => card.querySelector('.reasons')?.textContent!.replace(/\s+/g, ' ').trim();
const button = (root: ParentNode, name: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;

async function board(lang: string, loaded: string) {
  const host = await fixture<HTMLElement>(html`<div lang=${lang}><sister-city-requests src=${FEED}></sister-city-requests></div>`);
  const el = host.querySelector('sister-city-requests')!;
  await waitUntil(() => status(el) === loaded, `the board did not load: "${status(el)}"`);
  return el;
}

/** The board once ranked: its status (which has the focus), the requests in order, and why each fits. */
async function ranked(el: Element, word: string) {
  await waitUntil(() => status(el).includes(word), `not ranked: "${status(el)}"`);
  expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.status'));
  await expect(el).to.be.accessible();
  return { status: status(el), names: names(el), reasons: cards(el).map(reasons) };
}

describe('<sister-city-requests>: matching, loaded on first use', () => {
  it('ja: a card\'s "find partners" pressed from the keyboard ranks the board, with the reasons, and the status takes the focus', async () => {
    const el = await board('ja', '4件の提携申し込み');
    expect(shadow(el).querySelector('.reasons')).to.equal(null);
    button(cards(el)[0], 'この自治体に合うパートナーを探す').focus();
    await sendKeys({ press: 'Enter' });
    expect(await ranked(el, '合う順')).to.deep.equal({
      status: '飯田市に合う順の申し込み2件',
      names: ['Sherbrooke', 'ラリマー郡'],
      reasons: ['合う理由： どちらも教育・青少年、文化・芸術の交流を希望、人口が近い。', '合う理由： どちらも教育・青少年、農業の交流を希望、人口の規模が同程度。'],
    });
    button(shadow(el), 'すべての申し込みを表示し直す').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === '4件の提携申し込み');
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.status'));
  });

  it('fr-CA: the form opens under its button from the keyboard, and ranks with the reasons in French', async () => {
    const el = await board('fr-CA', '4 demandes de jumelage');
    const toggle = button(shadow(el), 'Trouver des partenaires pour ma collectivité');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('form#match-form input[name="side"]'), 'the form did not appear');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shadow(el).querySelector('#m-region'), 'no state or province menu');
    expect(shadow(el).activeElement?.getAttribute('value')).to.equal('na');
    // The state or province menu, chosen by typing its first letter (Washington).
    const region = shadow(el).querySelector<HTMLSelectElement>('#m-region')!;
    region.focus();
    await sendKeys({ press: 'W' });
    await waitUntil(() => region.value !== '');
    expect(region.value).to.equal('WA');
    const rank = button(shadow(el), 'Classer les demandes par pertinence');
    rank.focus();
    await sendKeys({ press: 'Enter' });
    expect(await ranked(el, 'pertinence')).to.deep.equal({
      status: '2 demandes classées selon leur pertinence pour votre collectivité',
      names: ['Iida', 'Tottori'],
      reasons: ['Pourquoi elle convient : Cherche un partenaire dans le Nord-Ouest Pacifique.', 'Pourquoi elle convient : Cherche un partenaire dans l’Ouest des États-Unis.'],
    });
  });
});
