import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/story-form/define.js';
import type { SisterCityStoryForm } from '../../src/story-form/sister-city-story-form.js';
import { addPhoto, fillMinimal, mountForm } from '../forms/fill.js';
import { active, attach, button, byPath, choose, date, image, newRun, root, serverSide, sha256, text, tick, type } from './helpers.js';

const mount = (scenario: string, run = newRun(), lang = 'en') => mountForm('sister-city-story-form', scenario, { run, lang });


describe('<sister-city-story-form>', () => {
  it('sends a complete story once and shows the reference', async () => {
    const { el, run } = await mount('ok');
    await expect(el).to.be.accessible();
    await fillMinimal(el);
    button(el, 'Send the story').click();
    await waitUntil(() => text(el).includes('Story sent'), 'no confirmation');
    expect(text(el)).to.contain('HAJ-1001');
    expect(active(el)?.id).to.equal('success-heading');
    const server = await serverSide(run);
    expect(server.requests).to.equal(1);
    expect(server.stored).to.have.length(1);
    const { payload } = server.stored[0];
    expect(payload.na_city).to.deep.equal({ country: 'US', region: 'MN', name: 'Saint Paul' });
    expect(payload.jp_city).to.deep.equal({ prefecture: 42, name: 'Nagasaki' });
    expect(payload.established).to.equal('1955-12-07');
    expect(payload.consent).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows every problem in a summary that takes focus, with links to the fields and messages at them', async () => {
    const { el, run } = await mount('ok');
    tick(el, 'connections', 'other');
    date(el, 'established', { year: '55' });
    type(el, 'submitter.email', 'jane at example');
    await el.updateComplete;
    button(el, 'Send the story').click();
    await el.updateComplete;
    await aTimeout(0);
    const summary = root(el).querySelector('.error-summary')!;
    expect(active(el)).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links.slice(0, 6)).to.deep.equal([
      'Select the country of the North American city',
      // No separate error for the state menu, which has nothing to offer before the country is chosen.
      'Enter the name of the North American city, county or state',
      'Select the prefecture of the Japanese city',
      'Enter the name of the Japanese municipality or prefecture',
      'When the relationship was established: enter the year as 4 digits, like 1955',
      'Enter the story of how the relationship began',
    ]);
    expect(links).to.include('Say what else connected the two cities');
    expect(links).to.include('Enter an email address in the right format, like name@example.com');
    expect(links.at(-1)).to.equal('You must agree to publication before you can send your story');
    // Inline: the message is at the field, announced with its hidden prefix, and described by it.
    const email = byPath(el, 'submitter.email');
    const error = root(el).querySelector('#f-submitter-email-error')!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter an email address in the right format, like name@example.com');
    expect(email.getAttribute('aria-describedby')).to.contain('f-submitter-email-error');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.value).to.equal('jane at example');
    await expect(el).to.be.accessible();
    // A link focuses its field.
    [...summary.querySelectorAll('a')].find((a) => a.textContent!.includes('email address'))!.click();
    expect(active(el)).to.equal(email);
    expect((await serverSide(run)).requests).to.equal(0);
  });

  it('adds and removes dates, people and photos, moving focus as people expect', async () => {
    const { el } = await mount('ok');
    button(el, 'Add a date').click();
    await el.updateComplete;
    await aTimeout(0);
    expect(active(el)).to.equal(byPath(el, 'dates.0.date'));
    button(el, 'Add a date').click();
    await el.updateComplete;
    date(el, 'dates.1.date', { year: '1956' });
    type(el, 'dates.1.event', 'First exchange');
    await el.updateComplete;
    expect(text(el)).to.contain('Date 1').and.contain('Date 2');
    button(el, 'Remove date 1').click();
    await el.updateComplete;
    await aTimeout(0);
    expect(active(el)!.id).to.equal('f-dates-heading');
    expect(byPath(el, 'dates.0.event').value).to.equal('First exchange');
    button(el, 'Add a person').click();
    await el.updateComplete;
    expect(byPath(el, 'people.0.given_name')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('refuses a photo that is not an image, is empty or is too large, at the field, before sending', async () => {
    const { el, run } = await mount('ok');
    el.maxPhotoSize = 0.1; // 100 kB
    button(el, 'Add a photo').click();
    await el.updateComplete;
    await attach(el, 'photos.0.file', new File(['not an image at all'], 'signing.jpg', { type: 'image/jpeg' }));
    await waitUntil(() => text(el).includes('must be a JPEG, PNG, WebP or HEIC photo'), 'no type message');
    await attach(el, 'photos.0.file', new File([], 'empty.png', { type: 'image/png' }));
    await waitUntil(() => text(el).includes('Photo 1: the selected file is empty.'), 'no empty-file message');
    const big = new Uint8Array(150_000);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await attach(el, 'photos.0.file', new File([big], 'big.png', { type: 'image/png' }));
    await waitUntil(() => text(el).includes('must be smaller than 100 kB'), 'no size message');
    expect(byPath(el, 'photos.0.file').getAttribute('aria-invalid')).to.equal('true');
    // The message is at the field; the summary waits until the reader tries to send.
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
    expect((await serverSide(run)).requests).to.equal(0);
  });

  it('shows a 422 from the server at the fields it names, and does not retry it', async () => {
    const { el, run } = await mount('invalid');
    await fillMinimal(el);
    button(el, 'Send the story').click();
    await waitUntil(() => root(el).querySelector('.error-summary'), 'no summary');
    const links = [...root(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#f-story', '#f-submitter-email']);
    expect(byPath(el, 'story').value).to.contain('It began after the war');
    expect((await serverSide(run)).requests).to.equal(1);
  });

  for (const scenario of ['busy-then-ok', 'unavailable-then-ok']) {
    it(`waits for Retry-After and tries again after ${scenario.split('-')[0]}, storing one submission`, async () => {
      const { el, run } = await mount(scenario);
      await fillMinimal(el);
      button(el, 'Send the story').click();
      // Screen reader users hear that the form is trying again, not silence.
      await waitUntil(() => root(el).querySelector('[role="status"]')!.textContent!.includes('trying again'), 'no retry announcement');
      await waitUntil(() => text(el).includes('Story sent'), 'no confirmation');
      const server = await serverSide(run);
      expect(server.requests).to.equal(2);
      expect(server.stored).to.have.length(1);
    });
  }

  // A dropped connection may be retried by the browser itself as well as by the form: at least 4 tries.
  for (const [scenario, requests] of [['error', 1], ['html', 1], ['redirect', 1], ['empty', 1], ['bad-request', 1], ['drop', 4]] as const) {
    it(`counts "${scenario}" as not sent, keeps every answer and offers Try again`, async () => {
      const { el, run } = await mount(scenario);
      const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('sister-city-error', (e) => resolve(e as CustomEvent)));
      await fillMinimal(el);
      button(el, 'Send the story').click();
      await waitUntil(() => text(el).includes('Your story has not been sent'), 'no failure panel');
      expect(active(el)!.id).to.equal('failure-heading');
      expect(text(el)).to.contain('Your answers are still here, ready to send again.');
      expect(text(el)).to.not.contain('Story sent');
      expect((await failed).detail.kind).to.be.a('string');
      expect(byPath(el, 'na_city.name').value).to.equal('Saint Paul');
      const server = await serverSide(run);
      if (scenario === 'drop') expect(server.requests).to.be.at.least(requests);
      else expect(server.requests).to.equal(requests);
      await expect(el).to.be.accessible();
      button(el, 'Try again').click();
      await waitUntil(() => text(el).includes('Your story has not been sent') && (root(el).querySelector('button[aria-disabled="true"]') === null), 'no failure panel after Try again');
    });
  }

  it('gives up on a server that never answers after the timeout and its retries', async () => {
    const { el, run } = await mount('timeout');
    el.timeout = 300;
    el.retry = { retries: 1, baseDelay: 20, maxDelay: 100 };
    await fillMinimal(el);
    button(el, 'Send the story').click();
    await waitUntil(() => text(el).includes('did not answer in time'), 'no timeout message');
    expect((await serverSide(run)).requests).to.equal(2);
  });

  it('sends once however often the button is pressed, and the button stays focusable while sending', async () => {
    const { el, run } = await mount('busy-then-ok');
    await fillMinimal(el);
    const send = button(el, 'Send the story');
    send.click();
    send.click();
    await el.updateComplete;
    const sending = button(el, 'Sending…');
    expect(sending.getAttribute('aria-disabled')).to.equal('true');
    expect(sending.disabled).to.equal(false);
    sending.focus();
    await sendKeys({ press: 'Enter' });
    sending.click();
    await waitUntil(() => text(el).includes('Story sent'), 'no confirmation');
    const server = await serverSide(run);
    expect(server.stored).to.have.length(1);
    expect(server.requests).to.equal(2); // the 429 and its one retry
    expect(new Set(server.stored.map((s) => s.key)).size).to.equal(1);
  });

  it('does not send while an IME is composing text', async () => {
    const { el, run } = await mount('ok');
    await fillMinimal(el);
    const name = byPath(el, 'jp_city.name');
    name.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    root(el).querySelector('form')!.requestSubmit();
    await aTimeout(100);
    expect((await serverSide(run)).requests).to.equal(0);
    name.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true }));
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => text(el).includes('Story sent'), 'no confirmation');
  });

  it('lets the site send the payload its own way by cancelling sister-city-submit', async () => {
    const { el, run } = await mount('ok');
    let payload: Record<string, unknown> | undefined;
    el.addEventListener('sister-city-submit', (event) => {
      payload = (event as CustomEvent).detail.payload;
      event.preventDefault();
    });
    await fillMinimal(el);
    button(el, 'Send the story').click();
    await waitUntil(() => payload !== undefined, 'no submit event');
    expect((payload!.submitter as Record<string, string>).email).to.equal('jane@example.org');
    await aTimeout(50);
    expect((await serverSide(run)).requests).to.equal(0);
  });

  it('takes a story written in Japanese with three dates, two people and two photos, through a cut connection, exactly once', async () => {
    const { el, run } = await mount('drop-once', newRun(), 'ja');
    await waitUntil(() => text(el).includes('ストーリー'), 'not in Japanese');
    tick(el, 'na_city.country', 'US');
    await el.updateComplete;
    choose(el, 'na_city.region', 'WA');
    type(el, 'na_city.name', 'シアトル市');
    choose(el, 'jp_city.prefecture', '28');
    type(el, 'jp_city.name', '神戸市');
    date(el, 'established', { year: '１９５７', month: '10月' });
    const story = '一九五七年、神戸市とシアトル市は、戦後の復興と港湾の交流をきっかけに姉妹都市となりました。';
    type(el, 'story', story);
    tick(el, 'connections', 'business');
    tick(el, 'connections', 'friendship');
    tick(el, 'language', 'ja');
    for (let i = 0; i < 3; i++) {
      button(el, '日付を追加').click();
      await el.updateComplete;
    }
    date(el, 'dates.0.date', { year: '1957', month: '10', day: '21' });
    type(el, 'dates.0.event', '提携調印');
    date(el, 'dates.1.date', { year: '1967' });
    type(el, 'dates.1.event', '十周年記念式典');
    date(el, 'dates.2.date', { year: '2007', month: '12月' });
    type(el, 'dates.2.event', '五十周年');
    for (let i = 0; i < 2; i++) {
      button(el, '関係者を追加').click();
      await el.updateComplete;
    }
    // Family name first in Japanese.
    const personFields = [...root(el).querySelectorAll('fieldset.item')].find((f) => f.textContent!.includes('関係者1'))!;
    expect([...personFields.querySelectorAll('input[type="text"]')].map((i) => i.getAttribute('name')).slice(0, 2)).to.deep.equal([
      'people.0.family_name', 'people.0.given_name',
    ]);
    type(el, 'people.0.family_name', '原口');
    type(el, 'people.0.given_name', '忠次郎');
    type(el, 'people.0.role', '神戸市長');
    tick(el, 'people.0.side', 'jp');
    type(el, 'people.1.family_name', 'Clinton');
    type(el, 'people.1.given_name', 'Gordon');
    type(el, 'people.1.role', 'シアトル市長');
    tick(el, 'people.1.side', 'na');
    const photos = [await image('signing.png', 'image/png'), await image('harbour.jpg', 'image/jpeg', '#036')];
    for (const [i, photo] of photos.entries()) {
      button(el, '写真を追加').click();
      await el.updateComplete;
      await attach(el, `photos.${i}.file`, photo);
      await waitUntil(() => root(el).querySelector(`#f-photos-${i}-file-chosen`), 'the photo was not taken');
      type(el, `photos.${i}.caption`, i === 0 ? '調印式' : '神戸港');
      type(el, `photos.${i}.credit`, '神戸市');
      tick(el, `photos.${i}.permission`);
    }
    type(el, 'submitter.name', '山田 花子');
    type(el, 'submitter.email', 'hanako@example.jp');
    tick(el, 'partner_coauthor', 'yes');
    tick(el, 'consent');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'ストーリーを送信').click();
    await waitUntil(() => root(el).querySelector('.reference'), 'no confirmation');

    const server = await serverSide(run);
    expect(server.requests).to.be.at.least(2);
    expect(server.stored).to.have.length(1);
    const [{ payload, files }] = server.stored;
    expect(payload.story).to.equal(story);
    expect(payload.established).to.equal('1957-10');
    expect(payload.connections).to.deep.equal(['business', 'friendship']);
    expect(payload.dates).to.deep.equal([
      { date: '1957-10-21', event: '提携調印' },
      { date: '1967', event: '十周年記念式典' },
      { date: '2007-12', event: '五十周年' },
    ]);
    expect(payload.people).to.deep.equal([
      { family_name: '原口', given_name: '忠次郎', role: '神戸市長', side: 'jp' },
      { family_name: 'Clinton', given_name: 'Gordon', role: 'シアトル市長', side: 'na' },
    ]);
    expect(payload.photos.map((p: { caption: string; file: { part: string } }) => [p.caption, p.file.part])).to.deep.equal([
      ['調印式', 'photo-0'],
      ['神戸港', 'photo-1'],
    ]);
    expect(files.map((f) => [f.part, f.name, f.size, f.sha256])).to.deep.equal([
      ['photo-0', 'signing.png', photos[0].size, await sha256(photos[0])],
      ['photo-1', 'harbour.jpg', photos[1].size, await sha256(photos[1])],
    ]);
    expect(text(el)).to.contain('送信しました');
  });

  describe('drafts', () => {
    const key = 'sister-city-widgets:story:test-draft';
    afterEach(() => sessionStorage.removeItem(key));

    async function mountDraft() {
      const el = await fixture<SisterCityStoryForm>(
        html`<sister-city-story-form endpoint="/__submit/drafts/ok" draft-key="test-draft"></sister-city-story-form>`,
      );
      await el.updateComplete;
      return el;
    }

    it('restores the answers after a reload, without files, with a notice and a way to clear them', async () => {
      const first = await mountDraft();
      await fillMinimal(first);
      button(first, 'Add a photo').click();
      await first.updateComplete;
      await attach(first, 'photos.0.file', await image('signing.png', 'image/png'));
      type(first, 'photos.0.caption', 'The signing');
      await waitUntil(() => sessionStorage.getItem(key)?.includes('The signing'), 'no draft saved');
      expect(sessionStorage.getItem(key)).to.not.contain('data:').and.not.contain('iVBOR');
      first.remove();

      const second = await mountDraft();
      expect(text(second)).to.contain('We restored the answers you saved on').and.contain('Files must be chosen again.');
      expect(byPath(second, 'na_city.name').value).to.equal('Saint Paul');
      expect(byPath<HTMLSelectElement>(second, 'na_city.region').value).to.equal('MN');
      expect(byPath(second, 'story').value).to.contain('It began after the war');
      expect(byPath(second, 'photos.0.caption').value).to.equal('The signing');
      expect(root(second).querySelector('#f-photos-0-file-chosen')).to.equal(null);
      await expect(second).to.be.accessible();
      button(second, 'Clear answers and start again').click();
      await second.updateComplete;
      expect(byPath(second, 'na_city.name').value).to.equal('');
      expect(sessionStorage.getItem(key)).to.equal(null);
    });

    it('ignores a tampered, expired or old-format draft instead of breaking', async () => {
      for (const stored of [
        '{not json',
        JSON.stringify({ format: 1, savedAt: 1, expires: Date.now() - 1000, values: { story: 'old' } }),
        JSON.stringify({ format: 0, savedAt: 1, expires: Date.now() + 99999, values: { story: 'old' } }),
        JSON.stringify({ format: 1, savedAt: 1, expires: Date.now() + 99999, values: ['x'] }),
      ]) {
        sessionStorage.setItem(key, stored);
        const el = await mountDraft();
        expect(text(el)).to.not.contain('We restored');
        expect(byPath(el, 'story').value).to.equal('');
        expect(sessionStorage.getItem(key)).to.equal(null);
        el.remove();
      }
      sessionStorage.setItem(key, JSON.stringify({
        format: 1, savedAt: Date.now(), expires: Date.now() + 99999,
        values: { story: 42, dates: 'nonsense', people: [null, { key: 7, role: ['x'] }], connections: { a: 1 }, na_city: 'x' },
      }));
      const el = await mountDraft();
      expect(text(el)).to.contain('We restored');
      expect(byPath(el, 'story').value).to.equal('');
      button(el, 'Send the story').click();
      await el.updateComplete;
      expect(root(el).querySelector('.error-summary')).to.exist;
    });
  });

  it('shows progress while sending, announced politely, and stays accessible', async () => {
    const { el } = await mount('timeout');
    el.timeout = 4000;
    el.retry = { retries: 0, baseDelay: 20, maxDelay: 100 };
    await fillMinimal(el);
    await addPhoto(el, await image('signing.png', 'image/png'));
    button(el, 'Send the story').click();
    await waitUntil(() => root(el).querySelector('progress'), 'no progress bar');
    expect(root(el).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => root(el).querySelector('[role="status"]')!.textContent!.includes('%') || root(el).querySelector('[role="status"]')!.textContent!.includes('Sending'), 'nothing announced');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async function () {
    // Each key press is a round trip to the browser: on a busy machine a hundred of them take long.
    this.timeout(120_000);
    const { el, run } = await mount('ok');
    const keys = async (...presses: string[]) => {
      for (const press of presses) await sendKeys({ press });
    };
    byPath(el, 'na_city.country').focus();
    await keys('Space'); // United States
    await el.updateComplete;
    await keys('Tab');
    expect(active(el)!.id).to.equal('f-na_city-region');
    await sendKeys({ type: 'Minn' }); // type-ahead in the menu
    await keys('Tab');
    await sendKeys({ type: 'Saint Paul' });
    await keys('Tab');
    await sendKeys({ type: 'Nagasaki' }); // prefecture menu type-ahead
    await keys('Tab');
    await sendKeys({ type: 'Nagasaki' });
    await keys('Tab', 'Tab', 'Tab', 'Tab'); // past the optional date
    expect(active(el)!.id).to.equal('f-story');
    await sendKeys({ type: 'Two port cities chose friendship.' });
    await keys('Tab', 'Tab', 'Space'); // second connection: Friendship
    await keys('Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab'); // to the language radios
    expect(active(el)!.getAttribute('name')).to.equal('language');
    await keys('Space');
    // Past the three "Add" buttons to the submitter.
    while (active(el)?.id !== 'f-submitter-name') await keys('Tab');
    await sendKeys({ type: 'Jane Doe' });
    await keys('Tab', 'Tab', 'Tab');
    await sendKeys({ type: 'jane@example.org' });
    await keys('Tab', 'ArrowRight'); // radios: Yes → No
    await keys('Tab', 'Space'); // consent
    await keys('Tab', 'Enter'); // send
    await waitUntil(() => text(el).includes('Story sent'), 'not sent');
    const [{ payload }] = (await serverSide(run)).stored;
    expect(payload.na_city).to.deep.equal({ country: 'US', region: 'MN', name: 'Saint Paul' });
    expect(payload.jp_city).to.deep.equal({ prefecture: 42, name: 'Nagasaki' });
    expect(payload.connections).to.deep.equal(['friendship']);
    expect(payload.language).to.equal('en');
    expect(payload.partner_coauthor).to.equal('no');
    expect(active(el)!.id).to.equal('success-heading');
  });
});
