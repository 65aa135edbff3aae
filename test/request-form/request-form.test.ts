import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/request-form/define.js';
import type { SisterCityRequestForm } from '../../src/request-form/sister-city-request-form.js';
import { fillNorthAmerican, mountForm, pdf, reviewRows } from '../forms/fill.js';
import { active, attach, button, byPath, choose, newRun, root, serverSide, sha256, text, tick, type } from '../story-form/helpers.js';

const mount = (scenario: string, run = newRun(), lang = 'en') => mountForm('sister-city-request-form', scenario, { run, lang });

describe('<sister-city-request-form>', () => {
  it('takes a North American city through the check-your-answers step to one stored request with its PDF', async () => {
    const { el, run } = await mount('ok');
    await expect(el).to.be.accessible();
    // Nothing about the community until the direction is chosen.
    expect(root(el).querySelector('#f-na_community-name')).to.equal(null);
    expect(text(el)).to.contain('Answer the first question to see the questions about your community.');
    await fillNorthAmerican(el);
    // The area in the other unit, as the reader types it.
    expect(text(el)).to.contain('That is about 477 square miles.');
    // The submitter became the first contact without typing again.
    expect(byPath(el, 'contacts.0.name').value).to.equal('Jane Doe');
    expect(byPath(el, 'contacts.0.email').value).to.equal('jane@bend.example');
    expect(byPath(el, 'contacts.0.title').value).to.equal('Mayor’s office');
    expect(byPath(el, 'contacts.0.name').autocomplete).to.equal('section-contact name');
    const file = pdf();
    await attach(el, 'pamphlet', file);
    await waitUntil(() => root(el).querySelector('#f-pamphlet-chosen'), 'the pamphlet was not taken');

    const submit = button(el, 'Continue');
    submit.click();
    await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
    expect(active(el)!.id).to.equal('review-heading');
    expect(root(el).querySelector('#review-heading')!.textContent).to.equal('Check your answers before sending');
    const rows = reviewRows(el);
    const answer = (label: string) => rows.find(([dt]) => dt === label)?.[1];
    expect(answer('Who is looking for a sister city?')).to.equal('A North American community seeking a Japanese partner');
    expect(answer('State or territory')).to.equal('Oregon');
    expect(answer('Population')).to.equal('102,000');
    expect(answer('Kinds of exchange you want')).to.equal('Education and youth, Something else');
    expect(answer('What other kind of exchange?')).to.equal('Forestry');
    expect(answer('Special historical background')).to.equal('Not provided');
    expect(answer('Any other information')).to.equal('Not provided');
    expect(answer('Pamphlet or other materials')).to.match(/^pamphlet\.pdf \(\d+ kB\)$/);
    expect(answer('Officials or organisations with authority')).to.contain('Jane Doe').and.contain('+1 541 555 0100');
    // Every answer has a Change link that names the question for screen readers.
    const changes = [...root(el).querySelectorAll<HTMLAnchorElement>('.change a')];
    expect(changes.length).to.be.at.least(rows.length - 1);
    expect(changes[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change Who is looking for a sister city?');
    expect(button(el, 'Send the request')).to.exist;
    expect(root(el).querySelector('#f-na_community-name')).to.equal(null);
    await expect(el).to.be.accessible();

    // Change leads back to the question, with the answer still there.
    changes.find((a) => a.getAttribute('href') === '#f-population-count')!.click();
    await el.updateComplete;
    expect(active(el)!.id).to.equal('f-population-count');
    type(el, 'population.count', '103,500');
    button(el, 'Continue').click();
    await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
    expect(reviewRows(el).find(([dt]) => dt === 'Population')![1]).to.equal('103,500');

    button(el, 'Send the request').click();
    await waitUntil(() => text(el).includes('Request sent'), 'no confirmation');
    expect(active(el)!.id).to.equal('success-heading');
    const server = await serverSide(run);
    expect(server.requests).to.equal(1);
    expect(server.stored).to.have.length(1);
    const [{ payload, files }] = server.stored;
    expect(payload.direction).to.equal('na-seeking-jp');
    expect(payload.na_community).to.deep.equal({ country: 'US', region: 'OR', name: 'Bend', level: 'city' });
    expect(payload).to.not.have.property('jp_community');
    expect(payload.population).to.deep.equal({ count: 103500, as_of: 2024 });
    expect(payload.area).to.deep.equal({ value: 1234.5, unit: 'km2' });
    expect(payload.exchanges).to.deep.equal(['education-youth', 'other']);
    expect(payload.exchanges_other).to.equal('Forestry');
    expect(payload.contacts).to.deep.equal([
      { name: 'Jane Doe', title: 'Mayor’s office', organisation: 'City of Bend', email: 'jane@bend.example', phone: '+1 541 555 0100' },
    ]);
    expect(payload.pamphlet).to.deep.equal({ part: 'pamphlet-0', name: 'pamphlet.pdf', type: 'application/pdf', size: file.size });
    expect(files).to.have.length(1);
    expect(files[0].part).to.equal('pamphlet-0');
    expect(files[0].sha256).to.equal(await sha256(file));
    await expect(el).to.be.accessible();
  });

  it('takes a Japanese municipality in Japanese, full-width numbers and all, through a cut connection, exactly once', async () => {
    const { el, run } = await mount('drop-once', newRun(), 'ja');
    await waitUntil(() => text(el).includes('送信前') || text(el).includes('次へ') || text(el).includes('入力内容を確認する'), 'not in Japanese');
    tick(el, 'direction', 'jp-seeking-na');
    await el.updateComplete;
    expect(root(el).querySelector('#f-na_community-region')).to.equal(null);
    choose(el, 'jp_community.prefecture', '17');
    type(el, 'jp_community.name', '金沢市');
    tick(el, 'jp_community.level', 'city');
    type(el, 'population.count', '４６２，０００');
    type(el, 'population.as_of', '２０２０');
    type(el, 'area.value', '４６８．７９');
    tick(el, 'area.unit', 'km2');
    type(el, 'geography', '日本海に面し、小松空港から車で約40分。');
    type(el, 'activities', '伝統工芸（九谷焼・金箔）、大学、美術館。');
    type(el, 'expectations', '青少年交流と文化交流を希望します。');
    tick(el, 'exchanges', 'culture-arts');
    type(el, 'submitter.name', '山田 花子');
    type(el, 'submitter.email', 'hanako@city.kanazawa.example');
    type(el, 'contacts.0.name', '北村 一郎');
    type(el, 'contacts.0.title', '国際交流課長');
    type(el, 'contacts.0.organisation', '金沢市役所');
    type(el, 'contacts.0.email', 'kokusai@city.kanazawa.example');
    tick(el, 'consent');
    await el.updateComplete;
    const file = pdf('金沢市パンフレット.pdf');
    await attach(el, 'pamphlet', file);
    await waitUntil(() => root(el).querySelector('#f-pamphlet-chosen'), 'the pamphlet was not taken');
    root(el).querySelector<HTMLButtonElement>('.actions button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
    expect(root(el).querySelector('#review-heading')!.textContent).to.equal('送信前に入力内容を確認してください');
    const rows = reviewRows(el);
    expect(rows.map(([, dd]) => dd)).to.include.members(['金沢市', '石川県', '462,000', '2020', '468.79']);
    expect(text(el)).to.contain('金沢市パンフレット.pdf');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.actions button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelector('.success'), 'no confirmation');
    const server = await serverSide(run);
    expect(server.requests).to.be.at.least(2);
    expect(server.stored).to.have.length(1);
    const [{ payload, files }] = server.stored;
    expect(payload.direction).to.equal('jp-seeking-na');
    expect(payload.jp_community).to.deep.equal({ prefecture: 17, name: '金沢市', level: 'city' });
    expect(payload).to.not.have.property('na_community');
    expect(payload.population).to.deep.equal({ count: 462000, as_of: 2020 });
    expect(payload.area).to.deep.equal({ value: 468.79, unit: 'km2' });
    expect(payload.contacts[0]).to.deep.equal({ name: '北村 一郎', title: '国際交流課長', organisation: '金沢市役所', email: 'kokusai@city.kanazawa.example' });
    expect(files[0].name).to.equal('金沢市パンフレット.pdf');
    expect(files[0].sha256).to.equal(await sha256(file));
  });

  it('shows every problem in a summary before the review step, and asks about the community once the direction is known', async () => {
    const { el, run } = await mount('ok');
    button(el, 'Continue').click();
    await waitUntil(() => root(el).querySelector('.error-summary'), 'no summary');
    expect(active(el)!.classList.contains('error-summary')).to.equal(true);
    const links = [...root(el).querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links[0]).to.deep.equal(['#f-direction', 'Select who is looking for a sister city']);
    expect(links.map(([href]) => href)).to.include.members([
      '#f-population-count', '#f-population-as_of', '#f-area-value', '#f-area-unit', '#f-geography', '#f-activities',
      '#f-expectations', '#f-exchanges', '#f-submitter-name', '#f-submitter-email', '#f-contacts-0-name', '#f-consent',
    ]);
    expect(root(el).querySelector('#review-heading')).to.equal(null);
    await expect(el).to.be.accessible();

    tick(el, 'direction', 'na-seeking-jp');
    type(el, 'population.count', '12.5');
    type(el, 'population.as_of', '24');
    type(el, 'area.value', 'large');
    type(el, 'contacts.0.phone', 'call me');
    await el.updateComplete;
    button(el, 'Continue').click();
    await el.updateComplete;
    const messages = Object.fromEntries([...root(el).querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]));
    expect(messages['#f-na_community-country']).to.equal('Select the country of your community');
    expect(messages['#f-na_community-name']).to.equal('Enter the name of your community');
    expect(messages['#f-na_community-level']).to.equal('Select the level of government');
    expect(messages['#f-population-count']).to.equal('Enter the population as a whole number, like 48,000');
    expect(messages['#f-population-as_of']).to.equal('Enter the year as 4 digits, like 2020');
    expect(messages['#f-area-value']).to.equal('Enter the area as a number, like 1,234.5');
    expect(messages['#f-contacts-0-phone']).to.equal('Contact 1: enter a phone number with digits only, like +1 651 266 8989');
    expect(root(el).querySelector('#f-population-count-error')!.textContent).to.contain('whole number');
    expect((await serverSide(run)).requests).to.equal(0);
  });

  it('always keeps one contact, adds up to ten, and removes one with focus on the group', async () => {
    const { el } = await mount('ok');
    expect(byPath(el, 'contacts.0.name')).to.exist;
    expect(() => button(el, 'Remove contact 1')).to.throw();
    button(el, 'Add another contact').click();
    await el.updateComplete;
    expect(active(el)!.id).to.equal('f-contacts-1-name');
    type(el, 'contacts.1.name', 'Second');
    button(el, 'Remove contact 1').click();
    await el.updateComplete;
    expect(byPath(el, 'contacts.0.name').value).to.equal('Second');
    expect(active(el)!.id).to.equal('f-contacts-heading');
    for (let i = 0; i < 9; i++) {
      button(el, 'Add another contact').click();
      await el.updateComplete;
    }
    expect(root(el).querySelectorAll('fieldset.item')).to.have.length(10);
    expect(text(el)).to.contain('You can add up to 10 contacts.');
  });

  it('refuses a pamphlet that is not a PDF, JPEG or PNG, or is too large, at the field', async () => {
    const { el } = await mount('ok');
    el.maxDocumentSize = 0.1;
    await el.updateComplete;
    expect(text(el)).to.contain('up to 100 kB');
    await attach(el, 'pamphlet', new File(['<html><script>alert(1)</script></html>'], 'pamphlet.pdf', { type: 'application/pdf' }));
    await waitUntil(() => root(el).querySelector('#f-pamphlet-error'), 'no message at the pamphlet');
    expect(root(el).querySelector('#f-pamphlet-error')!.textContent).to.contain('The selected file must be a PDF, JPEG or PNG');
    await attach(el, 'pamphlet', new File([new Uint8Array(150_000).fill(32, 5).map((v, i) => (i < 5 ? '%PDF-'.charCodeAt(i) : v))], 'big.pdf'));
    await waitUntil(() => root(el).querySelector('#f-pamphlet-error')?.textContent?.includes('smaller than'), 'no size message');
    await expect(el).to.be.accessible();
  });

  for (const scenario of ['error', 'busy-then-ok']) {
    it(`from the review step, ${scenario === 'error' ? 'keeps every answer when the server fails' : 'tries again after a busy answer'}, and stores at most one request`, async () => {
      const { el, run } = await mount(scenario);
      await fillNorthAmerican(el);
      button(el, 'Continue').click();
      await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
      button(el, 'Send the request').click();
      if (scenario === 'error') {
        await waitUntil(() => text(el).includes('Your request has not been sent'), 'no failure panel');
        expect(active(el)!.id).to.equal('failure-heading');
        expect(text(el)).to.contain('Bend');
        await expect(el).to.be.accessible();
        button(el, 'Go back to the answers').click();
        await el.updateComplete;
        expect(button(el, 'Send the request')).to.exist;
        expect((await serverSide(run)).stored).to.have.length(0);
      } else {
        await waitUntil(() => text(el).includes('Request sent'), 'not sent');
        const server = await serverSide(run);
        expect(server.requests).to.equal(2);
        expect(server.stored).to.have.length(1);
      }
    });
  }

  it('shows a 422 from the server at the field it names and leaves the review step', async () => {
    const { el } = await mount('invalid');
    await fillNorthAmerican(el);
    button(el, 'Continue').click();
    await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
    button(el, 'Send the request').click();
    await waitUntil(() => root(el).querySelector('.error-summary'), 'no summary');
    expect(root(el).querySelector('#review-heading')).to.equal(null);
    // The receiver's reason, not the form's own "right format" message, which would be false for a well-formed address.
    expect(root(el).querySelector('#f-submitter-email-error')!.textContent).to.contain('Email bounced');
    expect(root(el).querySelector('.error-summary')!.textContent).to.contain('Email bounced');
    expect(byPath(el, 'submitter.email').value).to.equal('jane@bend.example');
  });

  describe('drafts', () => {
    const key = 'sister-city-widgets:request:test-request-draft';
    afterEach(() => sessionStorage.removeItem(key));

    it('restores the answers after a reload, direction and contacts included, but not the pamphlet', async () => {
      const mountDraft = async () => {
        const el = await fixture<SisterCityRequestForm>(
          html`<sister-city-request-form endpoint="/__submit/drafts/ok" draft-key="test-request-draft"></sister-city-request-form>`,
        );
        await el.updateComplete;
        return el;
      };
      const first = await mountDraft();
      await fillNorthAmerican(first);
      await attach(first, 'pamphlet', pdf());
      await waitUntil(() => sessionStorage.getItem(key)?.includes('Forestry'), 'no draft saved');
      expect(sessionStorage.getItem(key)).to.not.contain('%PDF');
      first.remove();

      const second = await mountDraft();
      expect(text(second)).to.contain('We restored the answers you saved on');
      expect(byPath(second, 'na_community.name').value).to.equal('Bend');
      expect(byPath<HTMLSelectElement>(second, 'na_community.region').value).to.equal('OR');
      expect(byPath(second, 'population.count').value).to.equal('102,000');
      expect(byPath(second, 'contacts.0.email').value).to.equal('jane@bend.example');
      expect(byPath(second, 'exchanges_other').value).to.equal('Forestry');
      expect(root(second).querySelector('#f-pamphlet-chosen')).to.equal(null);
      await expect(second).to.be.accessible();
    });
  });

  it('can be completed with the keyboard alone', async function () {
    // Each key press is a round trip to the browser: on a busy machine a hundred of them take long.
    this.timeout(120_000);
    const { el, run } = await mount('ok');
    const keys = async (...presses: string[]) => {
      for (const press of presses) await sendKeys({ press });
    };
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80 && active(el)?.id !== id; i++) await keys('Tab');
      expect(active(el)?.id).to.equal(id);
    };
    byPath(el, 'direction').focus();
    await keys('Space'); // North American
    await el.updateComplete;
    await tabTo('f-na_community-country');
    await keys('Space'); // United States
    await el.updateComplete;
    await tabTo('f-na_community-region');
    await sendKeys({ type: 'Oregon' });
    await tabTo('f-na_community-name');
    await sendKeys({ type: 'Bend' });
    await tabTo('f-na_community-level');
    await keys('Space'); // City
    await tabTo('f-population-count');
    await sendKeys({ type: '102,000' });
    await tabTo('f-population-as_of');
    await sendKeys({ type: '2024' });
    await tabTo('f-area-value');
    await sendKeys({ type: '1,234.5' });
    await tabTo('f-area-unit');
    await keys('Space');
    await tabTo('f-geography');
    await sendKeys({ type: 'High desert, three hours from PDX.' });
    await tabTo('f-activities');
    await sendKeys({ type: 'Outdoor recreation.' });
    await tabTo('f-expectations');
    await sendKeys({ type: 'Student exchanges.' });
    await tabTo('f-exchanges');
    await keys('Space');
    await tabTo('f-submitter-name');
    await sendKeys({ type: 'Jane Doe' });
    await tabTo('f-submitter-role');
    await sendKeys({ type: 'Mayor' });
    await tabTo('f-submitter-organisation');
    await sendKeys({ type: 'City of Bend' });
    await tabTo('f-submitter-email');
    await sendKeys({ type: 'jane@bend.example' });
    await keys('Tab');
    // Through the contacts to "Add yourself as a contact".
    for (let i = 0; i < 20 && active(el)?.textContent?.trim() !== 'Add yourself as a contact'; i++) await keys('Tab');
    await keys('Enter');
    await el.updateComplete;
    expect(active(el)!.id).to.equal('f-contacts-0-name');
    await tabTo('f-consent');
    await keys('Space');
    await keys('Tab');
    expect(active(el)!.textContent!.trim()).to.equal('Continue');
    await keys('Enter');

    await waitUntil(() => root(el).querySelector('#review-heading'), 'no review step');
    expect(active(el)!.id).to.equal('review-heading');
    for (let i = 0; i < 80 && active(el)?.textContent?.trim() !== 'Send the request'; i++) await keys('Tab');
    await keys('Enter');
    await waitUntil(() => text(el).includes('Request sent'), 'not sent');
    const [{ payload }] = (await serverSide(run)).stored;
    expect(payload.na_community).to.deep.equal({ country: 'US', region: 'OR', name: 'Bend', level: 'city' });
    expect(payload.contacts[0].email).to.equal('jane@bend.example');
    expect(payload.exchanges).to.deep.equal(['education-youth']);
  });
});
