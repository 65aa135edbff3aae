// The built stories reader loaded as a webmaster would load it, in pages served with a strict
// Content-Security-Policy and Trusted Types (test/server/fixtures.mjs), and on a hostile host page.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/stories/define.js';
import { open, type PageWindow } from './open-page.js';

const reader = (root: ParentNode) => root.querySelector('sister-city-stories')!;
const articles = (root: ParentNode) => [...(reader(root).shadowRoot?.querySelectorAll('article') ?? [])];

describe('embedding the stories reader', () => {
  it('the classic script renders the stories under a strict CSP with Trusted Types, markup in data as text, and a lightbox, with no violation', async () => {
    const frame = await open('/test/embed/stories-csp-page.html');
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await waitUntil(() => articles(doc).length === 3, 'no stories rendered');
    const root = reader(doc).shadowRoot!;
    expect(articles(doc)[2].textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(articles(doc)[2].querySelector('img, script, b')).to.equal(null);
    root.querySelector<HTMLButtonElement>('button.photo')!.click();
    await waitUntil(() => root.querySelector('dialog')?.open, 'the lightbox did not open');
    await waitUntil(() => (root.querySelector('dialog img') as HTMLImageElement | null)?.complete, 'the photo did not load');
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.pwned).to.equal(undefined);
    frame.remove();
  });

  it('the ES build runs the directory and the reader on one runtime, the directory linking to the stories, in Japanese, with no violation', async () => {
    const frame = await open('/test/embed/stories-es-page.html');
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await waitUntil(() => articles(doc).length === 3, 'no stories rendered');
    const directory = doc.querySelector('sister-city-pairings')!.shadowRoot!;
    await waitUntil(() => directory.querySelector('button.story-link'), 'the directory shows no story button');
    expect(directory.querySelector('button.story-link')!.textContent).to.equal('提携の始まりの物語を読む');
    expect(reader(doc).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('3件の物語');
    const runtimes = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => /\/runtime-/.test(path));
    expect(new Set(runtimes).size).to.equal(runtimes.length, 'each runtime chunk fetched once');
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('keeps its own look on a hostile host page, follows the dark scheme, and fits 320 px without horizontal scrolling', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 10px } * { box-sizing: content-box } button { all: unset } img { display: none } body { line-height: 0.8; text-transform: uppercase }';
    document.head.append(style);
    try {
      const el = await fixture(html`<sister-city-stories src="/test/fixtures/stories.json"></sister-city-stories>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 3, 'no stories');
      const photo = el.shadowRoot!.querySelector<HTMLButtonElement>('button.photo')!;
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(16);
      expect(getComputedStyle(photo).boxSizing).to.equal('border-box');
      expect(getComputedStyle(photo.querySelector('img')!).display).to.equal('block');
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).textTransform).to.equal('none');
      const light = getComputedStyle(el).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
      await expect(el).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
      await emulateMedia({ colorScheme: 'light' });
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
