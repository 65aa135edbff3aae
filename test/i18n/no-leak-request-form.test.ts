// The request form in Japanese and French, in every state a reader can reach, against the
// test runner's real submission routes (test/server/submissions.mjs): no English shown or announced.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/request-form/define.js';
import type { SisterCityRequestForm } from '../../src/request-form/sister-city-request-form.js';
import { attach, root, serverSide, tick } from '../story-form/helpers.js';
import { expectNoLeaks as expectLeakFree, fillRequest, mountForm, submit } from './form-states.js';
import { LOCALES, type Shown } from './leak-check.js';

/** What the reader types, the files they choose and what the server says: not the widget's to translate. */
const DATA = [
  'Bend', 'High desert on the Deschutes River; 3 hours by car from Portland International Airport.',
  'Outdoor recreation, breweries, a community college.', 'Student exchanges and shared festivals.',
  'Forestry', 'Jane Doe', 'Mayor’s office', 'City of Bend', 'jane@bend.example', '+1 541 555 0100', 'pamphlet.pdf', 'notes.txt',
  '102,000', '102 000', '2024', '1,234.5', '1 234,5', 'Story is too short', 'Email bounced', 'HAJ-1001', 'HAJ-1002',
];

const pdf = () => new File(['%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'], 'pamphlet.pdf', { type: 'application/pdf' });

const mount = (locale: (typeof LOCALES)[number], scenario: string, draft?: string) =>
  mountForm<SisterCityRequestForm>('sister-city-request-form', locale, scenario, draft);
const fill = fillRequest;

async function review(el: SisterCityRequestForm) {
  submit(el);
  await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
}

const expectNoLeaks = (shown: Shown[], locale: (typeof LOCALES)[number]) => expectLeakFree(shown, locale, DATA);

for (const locale of LOCALES) {
  describe(`<sister-city-request-form> in ${locale}: nothing in English`, () => {
    it('pristine, both directions, a wrong pamphlet, the error summary, then the review step', async () => {
      const { el, recorder } = await mount(locale, 'ok');
      submit(el);
      await waitUntil(() => root(el).querySelector('.error-summary'), 'no error summary');
      tick(el, 'direction', 'jp-seeking-na');
      await el.updateComplete;
      submit(el);
      await el.updateComplete;
      await attach(el, 'pamphlet', new File(['plain text'], 'notes.txt', { type: 'text/plain' }));
      await waitUntil(() => root(el).querySelector('#f-pamphlet[aria-invalid="true"]'), 'no pamphlet error');
      await expect(el).to.be.accessible();
      await fill(el);
      await attach(el, 'pamphlet', pdf());
      await waitUntil(() => root(el).querySelector('#f-pamphlet-chosen'), 'the pamphlet was not taken');
      await review(el);
      await expect(el).to.be.accessible();
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('sending, then failed when the server never answers', async () => {
      const { el, recorder } = await mount(locale, 'timeout');
      el.timeout = 2000;
      el.retry = { retries: 0, baseDelay: 20, maxDelay: 100 };
      await fill(el);
      await attach(el, 'pamphlet', pdf());
      await waitUntil(() => root(el).querySelector('#f-pamphlet-chosen'), 'the pamphlet was not taken');
      await review(el);
      submit(el);
      await waitUntil(() => root(el).querySelector('progress'), 'no progress bar');
      await expect(el).to.be.accessible();
      await waitUntil(() => root(el).querySelector('.failure'), 'no failure panel');
      await expect(el).to.be.accessible();
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('retrying after an unavailable server, then sent, with the copy of the answers', async () => {
      const { el, recorder } = await mount(locale, 'unavailable-then-ok');
      await fill(el);
      await review(el);
      submit(el);
      await waitUntil(() => root(el).querySelector('.success'), 'no confirmation');
      await expect(el).to.be.accessible();
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('failed on a server error and tried again; the server refusing answers (422)', async () => {
      for (const scenario of ['error', 'invalid']) {
        const { el, recorder, run } = await mount(locale, scenario);
        await fill(el);
        await review(el);
        submit(el);
        await waitUntil(() => root(el).querySelector('.failure, .error-summary'), 'no failure shown');
        await expect(el).to.be.accessible();
        if (scenario === 'error') {
          root(el).querySelector<HTMLButtonElement>('.failure button')!.click();
          await waitUntil(async () => (await serverSide(run)).requests === 2, 'Try again sent nothing');
          await waitUntil(() => root(el).querySelectorAll('.failure button').length === 2, 'the retry did not end');
        }
        recorder.stop();
        await expectNoLeaks(recorder.shown, locale);
      }
    });

    it('a restored draft', async () => {
      const key = `leak-${locale}`;
      const first = await mount(locale, 'ok', key);
      await fill(first.el);
      await waitUntil(() => sessionStorage.getItem(`sister-city-widgets:request:${key}`)?.includes('Forestry'), 'no draft saved');
      first.recorder.stop();
      first.el.remove();
      const { el, recorder } = await mount(locale, 'ok', key);
      await waitUntil(() => root(el).querySelector('.notice'), 'no restored notice');
      await expect(el).to.be.accessible();
      recorder.stop();
      sessionStorage.removeItem(`sister-city-widgets:request:${key}`);
      await expectNoLeaks(recorder.shown, locale);
    });
  });
}
