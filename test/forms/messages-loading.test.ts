// A form's messages for the problems of its answers are not in its first screen: they load with its checks
// (src/forms/sister-city-form.ts `#loadSchema`; story-checks.ts, request-checks.ts), with their strings
// (`loadPart`). Whatever leads to the first check — a press of the send button before any field was focused,
// a stored draft checked at once, a second form of the kind in another language, a change of language after
// the checks loaded — the first frame that shows the problems shows each with its own message, in the reader's
// language: never the fallback "Check this answer", never English.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/request-form/define.js';
import '../../src/story-form/define.js';
// The schema and the error summary are in already, as on a page where another form loaded them: a form that
// did not wait for its messages (and their strings) would check, and show the problems, before they are in.
import '../../src/forms/error-summary.js';
import '../../src/schema/request.js';
import '../../src/schema/story.js';
import type { Locale } from '../../src/i18n/language.js';
import { root } from '../story-form/helpers.js';
import { submit } from '../i18n/form-states.js';
import { target } from '../i18n/xliff.js';
import { clean, mount, problems, shows } from './problems.js';

/** The problems as shown by the first frame that shows the error summary: its links, and each field's message. */
function firstProblems(el: Element): Promise<{ summary: string[]; inline: string[]; inAlert: boolean }> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const summary = root(el).querySelector('.error-summary');
      if (!summary) return;
      observer.disconnect();
      const { summary: links, announced, inline } = problems(el);
      resolve({ summary: links, inline, inAlert: announced.length === links.length && links.length > 0 });
    });
    observer.observe(root(el), { childList: true, subtree: true, characterData: true });
  });
}

/** Presses the send button (without focusing anything) and returns the first frame's problems. */
async function press(el: Element) {
  const shown = firstProblems(el);
  submit(el);
  return shown;
}

/** Expects `shown` to be exactly these English messages, in `locale`; one of a group's item reads "Contact 1: enter …". */
async function expectMessages(shown: string[], locale: Locale, sources: string[]) {
  const wanted = (await Promise.all(sources.map((source) => target(locale, source)))).map(clean);
  const checkThis = clean(await target(locale, 'Check this answer'));
  expect(shown, 'a problem shown without its message').to.not.include(checkThis);
  expect(shown.length, `shown: ${JSON.stringify(shown)}`).to.equal(wanted.length);
  shown.forEach((text, i) => {
    const message = wanted[i];
    expect(shows(text, message, locale), `problem ${i + 1} reads "${text}", not "${message}"`).to.equal(true);
  });
}

const EMPTY_STORY = [
  'Select the country of the North American city',
  'Enter the name of the North American city, county or state',
  'Select the prefecture of the Japanese city',
  'Enter the name of the Japanese municipality or prefecture',
  'Enter the story of how the relationship began',
  'Select at least one connection',
  'Select the language the story is written in',
  'Enter your name',
  'Enter your email address',
  'Select yes if the partner city is writing this story with you',
  'You must agree to publication before you can send your story',
];

it('a stored draft checked at once, before any field was focused, shows its problems in Japanese', async () => {
  const key = 'messages-loading';
  sessionStorage.setItem(`sister-city-widgets:story:${key}`, JSON.stringify({
    format: 1, savedAt: Date.now(), expires: Date.now() + 60_000,
    values: {
      na_city: { country: 'US', region: 'MN', name: 'Saint Paul' }, jp_city: { prefecture: '42', name: 'Nagasaki' },
      story: 'It began after the war.', connections: ['other'], language: 'en', dates: [], people: [], photos: [],
    },
  }));
  try {
    const { el } = await mount('sister-city-story-form', 'ja', key);
    const { summary, inline, inAlert } = await press(el);
    const sources = [
      'Say what else connected the two cities', 'Enter your name', 'Enter your email address',
      'Select yes if the partner city is writing this story with you', 'You must agree to publication before you can send your story',
    ];
    await expectMessages(summary, 'ja', sources);
    await expectMessages(inline, 'ja', sources);
    expect(inAlert, 'the summary is not announced').to.equal(true);
  } finally {
    sessionStorage.removeItem(`sister-city-widgets:story:${key}`);
  }
});

it('a French story form pressed at once, beside an English one whose checks are loaded, shows its problems in French', async () => {
  const { el: english } = await mount('sister-city-story-form', 'en');
  await expectMessages((await press(english)).summary, 'en', EMPTY_STORY);
  const { el } = await mount('sister-city-story-form', 'fr-CA');
  const { summary, inline } = await press(el);
  await expectMessages(summary, 'fr-CA', EMPTY_STORY);
  await expectMessages(inline, 'fr-CA', EMPTY_STORY);
});

it('a Japanese request form pressed before any field was focused shows its problems in Japanese', async () => {
  const { el } = await mount('sister-city-request-form', 'ja');
  const { summary } = await press(el);
  await expectMessages(summary, 'ja', [
    'Select who is looking for a sister city',
    'Enter the population', 'Enter the year of the population figure', 'Enter the area', 'Select the unit of the area',
    'Describe the geography and how to get there from the nearest international airport',
    'Describe the industry, culture and education of your community',
    'Describe what you expect from a partner', 'Select at least one kind of exchange',
    'Enter your name', 'Enter your email address',
    'Enter the name', 'Enter the job title', 'Enter the organisation', 'Enter the email address',
    'You must agree to publication before you can send your request',
  ]);
});

it('a request form whose checks loaded in Japanese, then turned French, shows its problems in French', async () => {
  const { el, wrapper } = await mount('sister-city-request-form', 'ja');
  root(el).querySelector<HTMLInputElement>('input[name="direction"]')!.focus();
  // The Japanese strings of the messages, fetched with the checks on that first focus.
  await waitUntil(
    () => performance.getEntriesByType('resource').some((entry) => /\/ja\/request-form-later-request-form-request-checks\b/.test(entry.name)),
    'the messages did not load on the first focus',
  );
  wrapper.setAttribute('lang', 'fr-CA');
  const { summary } = await press(el);
  expect(summary[0]).to.equal(clean(await target('fr-CA', 'Select who is looking for a sister city')));
  const japanese = clean(await target('ja', 'Select who is looking for a sister city'));
  expect(summary).to.not.include(japanese);
  expect(summary.length).to.equal(16);
});
