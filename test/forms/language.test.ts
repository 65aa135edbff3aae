// Every word in the reader's language, also the messages made outside render(): announcements while
// sending, file problems, date problems; lists joined as the language joins them; names that read right.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { attach, byPath, date, root, text, tick, type } from '../story-form/helpers.js';
import { addPhoto, fillMinimal, fillNorthAmerican, mountForm } from './fill.js';

const status = (el: Element) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const submit = (el: Element) => root(el).querySelector<HTMLButtonElement>('.actions button[type="submit"]')!.click();
const errorAt = (el: Element, id: string) => root(el).querySelector(`#${id}-error`)?.textContent!.replace(/\s+/g, ' ').trim();

describe('messages made outside render()', () => {
  it('refuses a pamphlet in Japanese on a Japanese page', async () => {
    const { el } = await mountForm('sister-city-request-form', 'ok', { lang: 'ja' });
    await attach(el, 'pamphlet', new File(['<html></html>'], 'pamphlet.pdf', { type: 'application/pdf' }));
    await waitUntil(() => root(el).querySelector('#f-pamphlet-error'), 'no message at the pamphlet');
    expect(errorAt(el, 'f-pamphlet')).to.contain('PDF、JPEG、PNGのいずれかの形式のファイルを選択してください');
    expect(errorAt(el, 'f-pamphlet')).to.not.contain('The selected file');
  });

  it('says a date problem in Japanese', async () => {
    const { el } = await mountForm('sister-city-story-form', 'ok', { lang: 'ja' });
    date(el, 'established', { year: '55' });
    submit(el);
    await el.updateComplete;
    const link = root(el).querySelector('.error-summary a[href="#f-established"]')!;
    expect(link.textContent).to.contain('の年は、1955のように西暦4桁で入力してください');
  });

  it('announces the send in Japanese', async () => {
    const { el } = await mountForm('sister-city-story-form', 'timeout', { lang: 'ja' });
    el.timeout = 60_000;
    await fillMinimal(el);
    submit(el);
    await waitUntil(() => status(el), 'nothing announced');
    // "Sending…", or already the share sent when the upload reported progress first.
    expect(status(el)).to.match(/^(送信しています…|\d+%送信済み)$/);
  });

  it('announces the share sent in French', async function () {
    this.timeout(120_000);
    const { el } = await mountForm('sister-city-story-form', 'timeout', { lang: 'fr-CA' });
    el.timeout = 60_000;
    await fillMinimal(el);
    const big = new Uint8Array(3_000_000);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await addPhoto(el, new File([big], 'big.png', { type: 'image/png' }));
    submit(el);
    await waitUntil(() => status(el).includes('%'), 'no share announced');
    expect(status(el)).to.match(/^\d+\s%\senvoyé$/);
  });
});

describe('lists, sizes and names', () => {
  it('joins the chosen connections as Japanese joins a list', async () => {
    const { el } = await mountForm('sister-city-story-form', 'ok', { lang: 'ja' });
    await fillMinimal(el);
    tick(el, 'connections', 'friendship'); // off again
    tick(el, 'connections', 'business');
    tick(el, 'connections', 'culture');
    await el.updateComplete;
    submit(el);
    await waitUntil(() => root(el).querySelector('.success'), 'not sent');
    expect(text(el)).to.contain('ビジネス、文化').and.not.contain('ビジネス, 文化');
  });

  it('keeps a space between a label and "(optional)" in its accessible name', async () => {
    const { el } = await mountForm('sister-city-request-form', 'ok');
    const label = root(el).querySelector(`label[for="${byPath(el, 'submitter.role').id}"]`)!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Your role (optional)');
  });

  it('writes file sizes in one unit style per language', async () => {
    for (const [lang, unit] of [['en', /\d kB\b/], ['ja', /\d KB\b/], ['fr-CA', /\d\u00a0?\s?ko\b/]] as const) {
      const { el } = await mountForm('sister-city-request-form', 'ok', { lang });
      el.maxDocumentSize = 0.1;
      await el.updateComplete;
      const big = new Uint8Array(150_000).fill(32, 5);
      big.set([...'%PDF-'].map((c) => c.charCodeAt(0)));
      await attach(el, 'pamphlet', new File([big], 'big.pdf'));
      await waitUntil(() => root(el).querySelector('#f-pamphlet-error'), 'no message at the pamphlet');
      expect(root(el).querySelector('#f-pamphlet-hint')!.textContent).to.match(unit);
      expect(errorAt(el, 'f-pamphlet')).to.match(unit);
    }
  });

  it('wraps a long email address in a narrow review column', async () => {
    const { el } = await mountForm('sister-city-request-form', 'ok');
    el.parentElement!.style.width = '320px';
    await fillNorthAmerican(el);
    const email = 'international.exchange.office@city-of-bend-oregon.example';
    type(el, 'submitter.email', email);
    type(el, 'contacts.0.email', email);
    await el.updateComplete;
    submit(el);
    await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
    await aTimeout(0);
    const cells = [...root(el).querySelectorAll('.answer dd')].filter((dd) => dd.textContent!.trim() === email);
    expect(cells).to.have.length(2);
    for (const dd of cells) expect(dd.scrollWidth).to.be.at.most(dd.clientWidth + 1);
  });
});
