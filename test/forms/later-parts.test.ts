// The checking of the story's dates (src/forms/date-check.ts, with its five messages) and the words of the
// forms' outcome panels ("Story sent", "…has not been sent", what happens next) are not in the first screen:
// they load with the form's checks (story-checks.ts, request-checks.ts), with their strings (`loadPart`); the
// notice of a restored draft loads with the drafts (draft-controller.ts), the messages of an empty or too large
// file with the file check (file-check.ts). Whatever leads to them — a stored draft with a wrong date checked at
// once, before any field was focused; a draft restored on a Japanese page; a change of language on the
// confirmation or after a file problem — the first frame that shows them shows them in the reader's language,
// never in English.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { attach, button, root, text } from '../story-form/helpers.js';
import { submit } from '../i18n/form-states.js';
import { target } from '../i18n/xliff.js';
import { fillMinimal, mountForm } from './fill.js';
import { clean, mount, problems } from './problems.js';
import type { SisterCityStoryForm } from '../../src/story-form/sister-city-story-form.js';

it('a stored draft with a wrong date, checked at once before any field was focused, says the date problem in Japanese', async () => {
  const key = 'later-parts-date';
  sessionStorage.setItem(`sister-city-widgets:story:${key}`, JSON.stringify({
    format: 1, savedAt: Date.now(), expires: Date.now() + 60_000,
    values: {
      na_city: { country: 'US', region: 'MN', name: 'Saint Paul' }, jp_city: { prefecture: '42', name: 'Nagasaki' },
      established: { year: '55', month: '', day: '' },
      story: 'It began after the war.', connections: ['friendship'], language: 'en', dates: [], people: [], photos: [],
    },
  }));
  try {
    const { el } = await mount('sister-city-story-form', 'ja', key);
    // The restored date is in its boxes as typed.
    expect(root(el).querySelector<HTMLInputElement>('input[name="established.year"]')!.value).to.equal('55');
    // The first frame that shows the error summary (the press loads the checks; nothing was focused before).
    const first = new Promise<{ summary: string[]; inline: string[] }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!root(el).querySelector('.error-summary')) return;
        observer.disconnect();
        resolve(problems(el));
      });
      observer.observe(root(el), { childList: true, subtree: true, characterData: true });
    });
    submit(el);
    const { summary, inline } = await first;
    const label = await target('ja', 'When the relationship was established');
    // The Japanese message (xliff/ja.xlf), with the field's Japanese label in it.
    const dateProblem = summary.find((text) => text.includes(clean(label)));
    expect(dateProblem, `no problem at the date in ${JSON.stringify(summary)}`).to.not.equal(undefined);
    expect(dateProblem).to.contain('の年は、1955のように西暦4桁で入力してください');
    expect(inline.some((text) => text.includes('の年は、1955のように西暦4桁で入力してください')), 'the message at the field').to.equal(true);
    for (const text of [...summary, ...inline]) expect(text).to.not.contain('enter the year');
  } finally {
    sessionStorage.removeItem(`sister-city-widgets:story:${key}`);
  }
});

it('a wrong date typed and sent says its problem at once; a right one is shown as a date in the review of the copy', async () => {
  const { el } = await mountForm('sister-city-story-form', 'ok', { lang: 'fr-CA' });
  await fillMinimal(el as SisterCityStoryForm);
  const year = root(el).querySelector<HTMLInputElement>('input[name="established.year"]')!;
  year.value = '19';
  year.dispatchEvent(new Event('input', { bubbles: true }));
  submit(el);
  await el.updateComplete;
  const link = root(el).querySelector('.error-summary a[href="#f-established"]');
  expect(clean(link?.textContent ?? null)).to.not.equal('');
  expect(clean(link!.textContent)).to.not.contain('enter the year');
  year.value = '1955';
  year.dispatchEvent(new Event('input', { bubbles: true }));
  submit(el);
  await waitUntil(() => root(el).querySelector('.success'), 'the story was not sent');
  await el.updateComplete;
  // The copy of the answers shows the date as French writes it.
  expect(clean(root(el).querySelector('.success')!.textContent)).to.contain('7 décembre 1955');
});

it('the confirmation turned Japanese shows "Story sent" and what happens next in Japanese in its first Japanese frame', async () => {
  const { el } = await mountForm('sister-city-story-form', 'ok', { lang: 'en' });
  await fillMinimal(el as SisterCityStoryForm);
  submit(el);
  await waitUntil(() => root(el).querySelector('.success'), 'the story was not sent');
  await el.updateComplete;
  const heading = () => clean(root(el).querySelector('#success-heading')!.textContent);
  expect(heading()).to.equal('Story sent');
  const [sent, print, next] = await Promise.all([
    target('ja', 'Story sent'),
    target('ja', 'Print a copy'),
    target('ja', 'Sister Cities International will read your story and may contact you by email with questions. Keep the reference above if you write to them about it.'),
  ]);
  // Every frame from now on: the heading and the print button as shown together.
  const frames: { heading: string; print: string; next: string }[] = [];
  const observer = new MutationObserver(() => {
    const button = [...root(el).querySelectorAll('.success button')].map((b) => clean(b.textContent));
    frames.push({ heading: heading(), print: button[0] ?? '', next: clean(root(el).querySelector('.success > p')?.textContent ?? null) });
  });
  observer.observe(root(el), { childList: true, subtree: true, characterData: true });
  el.parentElement!.setAttribute('lang', 'ja');
  await waitUntil(() => frames.some((frame) => frame.print === clean(print)), 'the confirmation did not turn Japanese');
  observer.disconnect();
  for (const frame of frames.filter((f) => f.print === clean(print))) {
    expect(frame.heading).to.equal(clean(sent));
    expect(frame.next).to.equal(clean(next));
  }
});

it('a draft restored on a Japanese page says so in Japanese in the first frame the form shows', async () => {
  const key = 'later-parts-notice';
  sessionStorage.setItem(`sister-city-widgets:story:${key}`, JSON.stringify({
    format: 1, savedAt: Date.now(), expires: Date.now() + 60_000,
    values: { na_city: { country: 'US', region: 'MN', name: 'Saint Paul' }, dates: [], people: [], photos: [] },
  }));
  try {
    const { el } = await mount('sister-city-story-form', 'ja', key);
    const notice = root(el).querySelector('.notice');
    expect(notice, 'no notice of the restored draft').to.not.equal(null);
    expect(clean(notice!.textContent)).to.contain('に保存した回答を復元しました。ファイルはもう一度選択してください。');
    expect(clean(notice!.querySelector('button')!.textContent)).to.equal(await target('ja', 'Clear answers and start again'));
    expect(clean(notice!.textContent)).to.not.contain('We restored');
  } finally {
    sessionStorage.removeItem(`sister-city-widgets:story:${key}`);
  }
});

it('an empty photo refused in English says so in French once the page turns French', async () => {
  const { el } = await mountForm('sister-city-story-form', 'ok', { lang: 'en' });
  button(el, 'Add a photo').click();
  await el.updateComplete;
  await attach(el, 'photos.0.file', new File([], 'empty.png', { type: 'image/png' }));
  await waitUntil(() => text(el).includes('the selected file is empty.'), 'no empty-file message');
  const message = () => clean(root(el).querySelector('#f-photos-0-file-error')?.textContent ?? null);
  const addPhoto = clean(await target('fr-CA', 'Add a photo'));
  // Every frame from now on: the message at the photo, and whether the form speaks French yet.
  const frames: { french: boolean; message: string }[] = [];
  const observer = new MutationObserver(() => {
    frames.push({ french: [...root(el).querySelectorAll('button.add')].some((b) => clean(b.textContent) === addPhoto), message: message() });
  });
  observer.observe(root(el), { childList: true, subtree: true, characterData: true });
  el.parentElement!.setAttribute('lang', 'fr-CA');
  await waitUntil(() => frames.some((frame) => frame.french), 'the form did not turn French');
  observer.disconnect();
  for (const frame of frames.filter((f) => f.french)) {
    expect(frame.message).to.not.contain('The selected file').and.not.contain('the selected file');
    expect(frame.message).to.match(/fichier sélectionné est vide/i);
  }
});
