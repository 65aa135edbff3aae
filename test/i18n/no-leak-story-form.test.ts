// The story form in Japanese and French, in every state a reader can reach, against the
// test runner's real submission routes (test/server/submissions.mjs): no English shown or announced.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/story-form/define.js';
import type { SisterCityStoryForm } from '../../src/story-form/sister-city-story-form.js';
import { attach, date, image, root, serverSide, tick, type } from '../story-form/helpers.js';
import { addButtons, expectNoLeaks as expectLeakFree, fillStory, mountForm, submit } from './form-states.js';
import { LOCALES, type Shown } from './leak-check.js';

/** What the reader types and the server says: theirs, not the widget's, to translate. */
const DATA = [
  'Saint Paul', 'Nagasaki', 'It began after the war, when two cities chose friendship.', 'Jane Doe', 'jane@example.org',
  'First exchange', 'The signing', 'City archives', 'signing.png', 'signing.jpg', 'empty.png', 'big.png',
  'Story is too short', 'Email bounced', 'HAJ-1001', 'HAJ-1002',
];

const mount = (locale: (typeof LOCALES)[number], scenario: string, draft?: string) =>
  mountForm<SisterCityStoryForm>('sister-city-story-form', locale, scenario, draft);
const fill = fillStory;
const expectNoLeaks = (shown: Shown[], locale: (typeof LOCALES)[number]) => expectLeakFree(shown, locale, DATA);

for (const locale of LOCALES) {
  describe(`<sister-city-story-form> in ${locale}: nothing in English`, () => {
    it('pristine, with every group added, file problems, a photo chosen, and the error summary', async () => {
      const { el, recorder } = await mount(locale, 'ok');
      el.maxPhotoSize = 0.1;
      for (const add of addButtons(el)) add.click();
      await el.updateComplete;
      // Each refused file in turn, waiting for its own message.
      const big = new Uint8Array(150_000);
      big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const refused = [
        new File(['not an image at all'], 'signing.jpg', { type: 'image/jpeg' }),
        new File([], 'empty.png', { type: 'image/png' }),
        new File([big], 'big.png', { type: 'image/png' }),
      ];
      const fileError = () => root(el).querySelector('#f-photos-0-file-error')?.textContent ?? '';
      for (const file of refused) {
        const before = fileError();
        await attach(el, 'photos.0.file', file);
        await waitUntil(() => fileError() !== before, `no message for ${file.name}`);
      }
      await attach(el, 'photos.0.file', await image('signing.png', 'image/png'));
      await waitUntil(() => root(el).querySelector('#f-photos-0-file-chosen'), 'the photo was not taken');
      tick(el, 'connections', 'other');
      date(el, 'established', { year: '55' });
      type(el, 'submitter.email', 'jane at example');
      await el.updateComplete;
      submit(el);
      await waitUntil(() => root(el).querySelector('.error-summary'), 'no error summary');
      await expect(el).to.be.accessible();
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('sending with a photo, progress announced, then failed when the server never answers', async () => {
      const { el, recorder } = await mount(locale, 'timeout');
      // Long enough for an announcement on a busy machine, where axe (below) can hold the main
      // thread for a second or more while the send is under way.
      el.timeout = 4000;
      el.retry = { retries: 0, baseDelay: 20, maxDelay: 100 };
      await fill(el);
      addButtons(el).at(-1)!.click();
      await el.updateComplete;
      await attach(el, 'photos.0.file', await image('signing.png', 'image/png'));
      await waitUntil(() => root(el).querySelector('#f-photos-0-file-chosen'), 'the photo was not taken');
      type(el, 'photos.0.caption', 'The signing');
      type(el, 'photos.0.credit', 'City archives');
      tick(el, 'photos.0.permission');
      await el.updateComplete;
      submit(el);
      await waitUntil(() => root(el).querySelector('progress'), 'no progress bar');
      await expect(el).to.be.accessible();
      await waitUntil(() => root(el).querySelector('.failure'), 'no failure panel');
      await expect(el).to.be.accessible();
      recorder.stop();
      expect(recorder.shown.some(({ announced }) => announced), 'nothing was announced while sending').to.equal(true);
      await expectNoLeaks(recorder.shown, locale);
    });

    it('retrying after a busy server, then sent, with the copy of the answers', async () => {
      const { el, recorder } = await mount(locale, 'busy-then-ok');
      await fill(el);
      submit(el);
      await waitUntil(() => root(el).querySelector('.success'), 'no confirmation');
      await expect(el).to.be.accessible();
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('failed on a server error, tried again, gone back to the answers', async () => {
      const { el, recorder, run } = await mount(locale, 'error');
      await fill(el);
      submit(el);
      await waitUntil(() => root(el).querySelector('.failure'), 'no failure panel');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.failure button')!.click();
      await waitUntil(async () => (await serverSide(run)).requests === 2, 'Try again sent nothing');
      await waitUntil(() => root(el).querySelectorAll('.failure button').length === 2, 'the retry did not end');
      root(el).querySelectorAll<HTMLButtonElement>('.failure button')[1].click();
      await waitUntil(() => !root(el).querySelector('.failure'), undefined);
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('answers the server refused (422), shown at the fields', async () => {
      const { el, recorder } = await mount(locale, 'invalid');
      await fill(el);
      submit(el);
      await waitUntil(() => root(el).querySelector('.error-summary'), 'no error summary');
      await expect(el).to.be.accessible();
      recorder.stop();
      await expectNoLeaks(recorder.shown, locale);
    });

    it('a restored draft', async () => {
      const key = `leak-${locale}`;
      const first = await mount(locale, 'ok', key);
      await fill(first.el);
      addButtons(first.el)[0].click();
      await first.el.updateComplete;
      type(first.el, 'dates.0.event', 'First exchange');
      await waitUntil(() => sessionStorage.getItem(`sister-city-widgets:story:${key}`)?.includes('First exchange'), 'no draft saved');
      first.recorder.stop();
      first.el.remove();
      const { el, recorder } = await mount(locale, 'ok', key);
      await waitUntil(() => root(el).querySelector('.notice'), 'no restored notice');
      await expect(el).to.be.accessible();
      recorder.stop();
      sessionStorage.removeItem(`sister-city-widgets:story:${key}`);
      await expectNoLeaks(recorder.shown, locale);
    });
  });
}
