// The classic scripts in one language (dist/classic/sister-city-<widget>.<lang>.js), pasted as a
// webmaster would paste them (one per widget, in <head>), in pages served with the strict CSP.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { open, type PageWindow } from './open-page.js';

type AxePage = PageWindow & {
  axe: { run(context: Element, options?: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
};

/** Runs axe inside the page (the page loads it) on one widget, its shadow root included. */
async function axeViolations(frame: HTMLIFrameElement, element: Element): Promise<string[]> {
  const { violations } = await (frame.contentWindow as AxePage).axe.run(element, { resultTypes: ['violations'] });
  return violations.map(({ id, nodes }) => `${element.localName}: ${id} ${JSON.stringify(nodes.map((node) => node.target))}`);
}

const TAGS = ['sister-city-pairings', 'sister-city-story-form', 'sister-city-request-form', 'sister-city-stories', 'sister-city-requests'] as const;

/** What each widget shows on its first screen in each language (xliff/*.xlf), read from its shadow root. */
const SHOWN: Record<string, Record<(typeof TAGS)[number], string>> = {
  en: {
    'sister-city-pairings': 'Find a pairing',
    'sister-city-story-form': 'Send the story',
    'sister-city-request-form': 'Continue',
    'sister-city-stories': 'Find a story',
    'sister-city-requests': 'Find partners for my community',
  },
  ja: {
    'sister-city-pairings': '提携を探す',
    'sister-city-story-form': 'ストーリーを送信',
    'sister-city-request-form': '入力内容を確認する',
    'sister-city-stories': '物語を探す',
    'sister-city-requests': '自分の自治体に合うパートナーを探す',
  },
  'fr-CA': {
    'sister-city-pairings': 'Trouver un jumelage',
    'sister-city-story-form': 'Envoyer le récit',
    'sister-city-request-form': 'Continuer',
    'sister-city-stories': 'Trouver un récit',
    'sister-city-requests': 'Trouver des partenaires pour ma collectivité',
  },
};

/** The widget's visible text and accessible names (aria-label), from its shadow root. */
function shown(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${root.textContent ?? ''} ${labels.join(' ')}`;
}

/** A widget has rendered its first screen: the data widgets their one row, story or request too. */
function ready(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  if (element.localName === 'sister-city-pairings') return root.querySelectorAll('tbody tr').length === 1;
  if (element.localName === 'sister-city-stories') return root.querySelectorAll('article').length === 1;
  if (element.localName === 'sister-city-requests') return (root.textContent ?? '').includes('Larimer County');
  return root.querySelector('form button[type="submit"], form button:not([type])') !== null;
}

for (const lang of ['en', 'ja', 'fr-CA']) {
  describe(`the ${lang} classic scripts, one language each`, () => {
    it(`show every widget in ${lang}, axe clean, with no CSP violation nor page error`, async () => {
      const frame = await open(`/test/embed/classic-${lang}-page.html`);
      const win = frame.contentWindow as PageWindow;
      const doc = frame.contentDocument!;
      for (const tag of TAGS) {
        const element = doc.querySelector(tag)!;
        await waitUntil(() => ready(element), `${tag} did not render its first screen`);
        await waitUntil(() => shown(element).includes(SHOWN[lang][tag]), `${tag} does not show "${SHOWN[lang][tag]}"`);
        // Nothing of another language's strings: the file carries its own only ("Continuer" holds "Continue").
        for (const other of Object.keys(SHOWN).filter((name) => name !== lang && !SHOWN[lang][tag].includes(SHOWN[name][tag]))) {
          expect(shown(element)).to.not.contain(SHOWN[other][tag]);
        }
        expect(await axeViolations(frame, element)).to.deep.equal([]);
      }
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      frame.remove();
    });
  });
}

describe('a one-language classic script on a page in another language', () => {
  it('shows its own language, marks the element with it for assistive technology, and keeps it when the page changes language', async () => {
    const frame = await open('/test/embed/classic-en-page.html');
    const doc = frame.contentDocument!;
    // The English request form sits in <section lang="ja">: it speaks English and says so.
    const form = doc.querySelector('sister-city-request-form')!;
    await waitUntil(() => ready(form) && shown(form).includes('Continue'), 'the English form did not render in English');
    expect(form.getAttribute('lang')).to.equal('en');
    expect(shown(form)).to.not.contain(SHOWN.ja['sister-city-request-form']);
    // The directory on the English page needed no lang of its own.
    const directory = doc.querySelector('sister-city-pairings')!;
    expect(directory.hasAttribute('lang')).to.equal(false);
    // The page switches to French: the English-only directory stays English, and says so.
    doc.documentElement.lang = 'fr';
    await waitUntil(() => directory.getAttribute('lang') === 'en', 'the directory did not mark itself English');
    expect(shown(directory)).to.contain('Find a pairing');
    expect(shown(directory)).to.not.contain(SHOWN['fr-CA']['sister-city-pairings']);
    frame.remove();
  });

  it('beside the ES loader on the same page: the classic copies, defined first, stay; the ES copies only warn', async () => {
    const frame = await open('/test/embed/classic-en-page.html');
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    // The loader fetched the ES request form for the element it saw (both copies are on the page) …
    await waitUntil(
      () => win.performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === '/dist/widgets/request-form.js'),
      'the ES loader did not load its request form',
    );
    // … yet the classic (English) definition stays: in <section lang="ja"> the ES copy would speak Japanese.
    const form = doc.querySelector('sister-city-request-form')!;
    await waitUntil(() => ready(form), 'the request form did not render');
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
    expect(shown(form)).to.contain('Continue').and.not.contain(SHOWN.ja['sister-city-request-form']);
    for (const tag of TAGS) await waitUntil(() => ready(doc.querySelector(tag)!), `${tag} did not render`);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('a one-language classic script against the file with every language', () => {
  for (const lang of ['ja', 'fr-CA']) {
    it(`shows word for word what the file with every language shows in ${lang}, then with a form's errors (messages translated in the code, values in their places)`, async () => {
      const one = await open(`/test/embed/classic-${lang}-page.html`);
      const all = await open('/test/embed/classic-all-page.html');
      all.contentDocument!.documentElement.lang = lang;
      for (const tag of TAGS) {
        const [mine, theirs] = [one, all].map((frame) => frame.contentDocument!.querySelector(tag)!);
        await waitUntil(() => ready(mine) && ready(theirs) && shown(theirs).includes(SHOWN[lang][tag]), `${tag} did not render in ${lang}`);
        await waitUntil(() => shown(mine) === shown(theirs), `${tag} shows other words than the file with every language`).catch(() => {
          expect(shown(mine)).to.equal(shown(theirs));
        });
      }
      // A form sent empty: its error summary and messages, made by the checks it loads then.
      for (const tag of ['sister-city-story-form', 'sister-city-request-form']) {
        const [mine, theirs] = [one, all].map((frame) => frame.contentDocument!.querySelector(tag)!);
        for (const form of [mine, theirs]) form.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"], form button:not([type])')!.click();
        const errors = (form: Element) => form.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
        await waitUntil(() => errors(mine).trim() && errors(theirs).trim(), `${tag} showed no errors`);
        await waitUntil(() => shown(mine) === shown(theirs), `${tag} shows other errors than the file with every language`).catch(() => {
          expect(shown(mine)).to.equal(shown(theirs));
        });
      }
      expect((all.contentWindow as PageWindow).pageErrors).to.deep.equal([]);
      one.remove();
      all.remove();
    });
  }
});
