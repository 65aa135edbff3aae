// Every message of both forms' tables (story-checks.ts, request-checks.ts, loaded with the checks) is shown
// in English, Japanese and French: in the error summary, announced by its alert, and beside its field. The forms
// are walked through the states that show each (a field revealed, a group item added, a value of the wrong shape).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/request-form/define.js';
import '../../src/story-form/define.js';
import type { Locale } from '../../src/i18n/language.js';
import type { MessageTable } from '../../src/forms/model.js';
import { messages as requestMessages } from '../../src/request-form/request-checks.js';
import { messages as storyMessages } from '../../src/story-form/story-checks.js';
import { root, tick, type } from '../story-form/helpers.js';
import { addButtons, submit } from '../i18n/form-states.js';
import { target } from '../i18n/xliff.js';
import { clean, type Form, mount, problems, shows } from './problems.js';

/** Presses send and gathers what the form then shows, into `seen`. */
async function pressAndGather(el: Form, seen: ReturnType<typeof problems>) {
  const before = JSON.stringify(problems(el));
  submit(el);
  await waitUntil(() => root(el).querySelector('.error-summary') && JSON.stringify(problems(el)) !== before, 'no new problems shown');
  await el.updateComplete;
  const now = problems(el);
  seen.summary.push(...now.summary);
  seen.announced.push(...now.announced);
  seen.inline.push(...now.inline);
}

/** Expects every message of `table` among what was shown, in `locale`, in each place. */
async function expectEveryMessage(table: MessageTable, locale: Locale, seen: ReturnType<typeof problems>) {
  const sources = new Set([...Object.values(table.required), ...Object.values(table.invalid ?? {})].map((m) => (typeof m === 'string' ? m : m())));
  for (const source of sources) {
    const message = clean(await target(locale, source));
    const matches = (text: string) => shows(text, message, locale);
    for (const [place, texts] of Object.entries(seen)) {
      expect(texts.some(matches), `"${message}" (${source}) not in the ${place} ${JSON.stringify(texts)}`).to.equal(true);
    }
  }
}

for (const locale of ['en', 'ja', 'fr-CA'] as const) {
  describe(`every problem's message, in ${locale}`, () => {
    it('the story form', async () => {
      const { el } = await mount('sister-city-story-form', locale);
      await el.updateComplete;
      const seen = { summary: [] as string[], announced: [] as string[], inline: [] as string[] };
      for (const add of addButtons(el)) add.click();
      tick(el, 'connections', 'other');
      await el.updateComplete;
      await pressAndGather(el, seen);
      tick(el, 'na_city.country', 'US');
      tick(el, 'connections', 'other');
      tick(el, 'language', 'other');
      type(el, 'submitter.email', 'jane at example');
      await el.updateComplete;
      await pressAndGather(el, seen);
      await expectEveryMessage(storyMessages, locale, seen);
    });

    it('the request form', async () => {
      const { el } = await mount('sister-city-request-form', locale);
      await el.updateComplete;
      const seen = { summary: [] as string[], announced: [] as string[], inline: [] as string[] };
      await pressAndGather(el, seen);
      tick(el, 'direction', 'na-seeking-jp');
      await el.updateComplete;
      for (const path of ['population.count', 'population.as_of', 'area.value', 'contacts.0.phone']) type(el, path, 'about a hundred');
      type(el, 'submitter.email', 'jane at example');
      type(el, 'contacts.0.email', 'jane at example');
      tick(el, 'exchanges', 'other');
      await el.updateComplete;
      await pressAndGather(el, seen);
      tick(el, 'na_community.country', 'US');
      await el.updateComplete;
      await pressAndGather(el, seen);
      tick(el, 'direction', 'jp-seeking-na');
      await el.updateComplete;
      await pressAndGather(el, seen);
      await expectEveryMessage(requestMessages, locale, seen);
    });
  });
}
