// The form tells the truth: the receiver's reasons at their fields, items named, announcements that end
// with what they describe, one send at a time, and drafts that cannot break sending.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { SisterCityForm } from '../../src/forms/sister-city-form.js';
import { attach, button, byPath, image, root, serverSide, text, type } from '../story-form/helpers.js';
import { addPhoto, fillMinimal, fillNorthAmerican, mountForm, pdf } from './fill.js';

/** The test receiver answers 422 with these field errors. */
const problem = (errors: { pointer: string; detail?: string }[]) => `problem?errors=${encodeURIComponent(JSON.stringify(errors))}`;
const summaryLinks = (el: Element) => [...root(el).querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
const errorAt = (el: Element, id: string) => root(el).querySelector(`#${id}-error`)?.textContent!.replace(/\s+/g, ' ').trim();
const status = (el: Element) => root(el).querySelector('[role="status"]')!.textContent!.trim();

async function review(el: SisterCityForm) {
  button(el, 'Continue').click();
  await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
  button(el, 'Send the request').click();
}

describe('the form tells the truth', () => {
  it("shows the receiver's reasons for a file, a group item and a field, at the field and in the summary", async () => {
    const { el } = await mountForm(
      'sister-city-request-form',
      problem([
        { pointer: '/submitter/email', detail: 'This address bounced — use another one' },
        { pointer: '/contacts/1/email', detail: 'The domain does not accept mail' },
        { pointer: '/pamphlet', detail: 'The file is not one of application/pdf, image/jpeg, image/png' },
      ]),
    );
    await fillNorthAmerican(el);
    button(el, 'Add another contact').click();
    await el.updateComplete;
    for (const [field, value] of [['name', 'Ken Ito'], ['title', 'Director'], ['organisation', 'Bend Rotary'], ['email', 'ken@bend.example']]) {
      type(el, `contacts.1.${field}`, value);
    }
    await attach(el, 'pamphlet', pdf());
    await waitUntil(() => root(el).querySelector('#f-pamphlet-chosen'), 'the pamphlet was not taken');
    await review(el);
    await waitUntil(() => root(el).querySelector('.error-summary'), 'no summary');
    expect(summaryLinks(el)).to.deep.equal([
      ['#f-submitter-email', 'This address bounced — use another one'],
      ['#f-contacts-1-email', 'Contact 2: the domain does not accept mail'],
      ['#f-pamphlet', 'The file is not one of application/pdf, image/jpeg, image/png'],
    ]);
    expect(errorAt(el, 'f-submitter-email')).to.equal('Error: This address bounced — use another one');
    expect(errorAt(el, 'f-contacts-1-email')).to.equal('Error: Contact 2: the domain does not accept mail');
    expect(errorAt(el, 'f-pamphlet')).to.equal('Error: The file is not one of application/pdf, image/jpeg, image/png');
    expect(text(el)).to.not.contain('Check this answer').and.not.contain('right format');
    await expect(el).to.be.accessible();
  });

  it("shows the receiver's reason for a photo in a group, naming the photo", async () => {
    const { el } = await mountForm('sister-city-story-form', problem([{ pointer: '/photos/0/file', detail: 'The photo could not be read' }]));
    await fillMinimal(el);
    await addPhoto(el, await image('signing.png', 'image/png'));
    button(el, 'Send the story').click();
    await waitUntil(() => root(el).querySelector('.error-summary'), 'no summary');
    expect(summaryLinks(el)).to.deep.equal([['#f-photos-0-file', 'Photo 1: the photo could not be read']]);
    expect(errorAt(el, 'f-photos-0-file')).to.equal('Error: Photo 1: the photo could not be read');
  });

  it("names the item of a repeated group in the form's own messages", async () => {
    const { el } = await mountForm('sister-city-request-form', 'ok');
    await fillNorthAmerican(el);
    button(el, 'Add another contact').click();
    await el.updateComplete;
    type(el, 'contacts.1.email', 'not an address');
    button(el, 'Continue').click();
    await el.updateComplete;
    const links = Object.fromEntries(summaryLinks(el));
    expect(links['#f-contacts-1-name']).to.equal('Contact 2: enter the name');
    expect(links['#f-contacts-1-email']).to.equal('Contact 2: enter an email address in the right format, like name@example.com');
    expect(errorAt(el, 'f-contacts-1-title')).to.equal('Error: Contact 2: enter the job title');
  });

  for (const [lang, expected] of [['ja', '連絡先2：氏名を入力してください'], ['fr-CA', 'Personne-ressource 2\u00a0: entrez le nom']]) {
    it(`names the item in ${lang} too`, async () => {
      const { el } = await mountForm('sister-city-request-form', 'ok', { lang });
      button(el, /^(連絡先を追加|Ajouter)/).click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.actions button[type="submit"]')!.click();
      await el.updateComplete;
      expect(Object.fromEntries(summaryLinks(el))['#f-contacts-1-name']).to.equal(expected);
    });
  }

  it('stops announcing "100% sent" once the send has failed', async () => {
    const { el } = await mountForm('sister-city-story-form', 'error');
    await fillMinimal(el);
    // A large body, so that the upload reports its progress before the server's refusal arrives.
    const big = new Uint8Array(3_000_000);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await addPhoto(el, new File([big], 'big.png', { type: 'image/png' }));
    const heard: string[] = [];
    new MutationObserver(() => heard.push(status(el))).observe(root(el).querySelector('[role="status"]')!, { subtree: true, characterData: true, childList: true });
    button(el, 'Send the story').click();
    await waitUntil(() => text(el).includes('Your story has not been sent'), 'no failure panel');
    const failedAt = heard.length;
    // Long enough for a pending announcement (made 100 ms after its event) to have been made.
    await aTimeout(400);
    expect(heard.slice(failedAt).filter(Boolean)).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });

  it('stops announcing "trying again…" once the form has given up', async () => {
    const { el } = await mountForm('sister-city-story-form', 'drop');
    el.retry = { retries: 1, baseDelay: 20, maxDelay: 100 };
    await fillMinimal(el);
    button(el, 'Send the story').click();
    await waitUntil(() => text(el).includes('Your story has not been sent'), 'no failure panel');
    await aTimeout(400);
    expect(status(el)).to.equal('');
  });

  it('sends once when "Try again" is clicked 20 times', async () => {
    const { el, run } = await mountForm('sister-city-story-form', 'error-then-ok');
    let successes = 0;
    el.addEventListener('sister-city-success', () => successes++);
    await fillMinimal(el);
    button(el, 'Send the story').click();
    await waitUntil(() => text(el).includes('Your story has not been sent'), 'no failure panel');
    const again = button(el, 'Try again');
    for (let i = 0; i < 20; i++) again.click();
    await waitUntil(() => text(el).includes('Story sent'), 'not sent');
    const server = await serverSide(run);
    expect(server.requests).to.equal(2); // the refused first send and one retry
    expect(server.stored).to.have.length(1);
    expect(successes).to.equal(1);
  });

  describe('a restored draft', () => {
    const key = 'sister-city-widgets:story:truth-draft';
    afterEach(() => sessionStorage.removeItem(key));

    it('drops the answers that do not fit their fields and sends the rest', async () => {
      sessionStorage.setItem(key, JSON.stringify({
        format: 1, savedAt: Date.now(), expires: Date.now() + 99_999,
        values: {
          established: { year: 1955, month: 12 },
          story: 'It began after the war.',
          jp_city: { name: 7, prefecture: '42' },
          connections: ['friendship', 3],
          consent: 'yes',
          dates: [{ key: 'a', date: { year: '1956', month: 4 }, event: { text: 'x' } }],
        },
      }));
      const { el, run } = await mountForm('sister-city-story-form', 'ok', { draft: 'session', draftKey: 'truth-draft' });
      expect(text(el)).to.contain('We restored');
      expect(byPath(el, 'story').value).to.equal('It began after the war.');
      expect(byPath(el, 'established').value).to.equal('');
      expect(byPath(el, 'jp_city.name').value).to.equal('');
      expect(byPath<HTMLSelectElement>(el, 'jp_city.prefecture').value).to.equal('42');
      expect(root(el).querySelector<HTMLInputElement>('input[name="dates.0.date.year"]')!.value).to.equal('1956');
      type(el, 'dates.0.event', 'First visit');
      await fillMinimal(el);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      button(el, 'Send the story').click();
      await waitUntil(() => text(el).includes('Story sent'), 'not sent');
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      const [{ payload }] = (await serverSide(run)).stored;
      expect(payload.dates).to.deep.equal([{ date: '1956', event: 'First visit' }]);
      expect(payload.connections).to.deep.equal(['friendship']);
    });

    it('does not throw on a date stored as numbers, and sends the story without it', async () => {
      sessionStorage.setItem(key, JSON.stringify({
        format: 1, savedAt: Date.now(), expires: Date.now() + 99_999,
        values: {
          na_city: { country: 'US', region: 'MN', name: 'Saint Paul' }, jp_city: { prefecture: '42', name: 'Nagasaki' },
          established: { year: 1955, month: 12 }, story: 'It began after the war.', connections: ['friendship'], language: 'en',
          submitter: { name: 'Jane Doe', email: 'jane@example.org' }, partner_coauthor: 'no', consent: true,
        },
      }));
      const { el, run } = await mountForm('sister-city-story-form', 'ok', { draft: 'session', draftKey: 'truth-draft' });
      button(el, 'Send the story').click();
      await waitUntil(() => text(el).includes('Story sent'), 'not sent');
      const [{ payload }] = (await serverSide(run)).stored;
      expect(payload).to.not.have.property('established');
      expect(payload.na_city).to.deep.equal({ country: 'US', region: 'MN', name: 'Saint Paul' });
    });
  });
});
