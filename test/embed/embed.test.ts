// The built files, loaded as a webmaster would load them, in pages served with
// a strict Content-Security-Policy (see test/server/fixtures.mjs).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { open, type PageWindow } from './open-page.js';


const widget = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('sister-city-pairings')!;
const rowTexts = (frame: HTMLIFrameElement) =>
  [...(widget(frame).shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent!.replace(/\s+/g, ' '));

describe('embedding the built script', () => {
  it('renders real rows under a strict CSP with Trusted Types, shows markup in data as text, and violates nothing', async () => {
    const frame = await open('/test/embed/csp-page.html');
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => rowTexts(frame).length === 2, 'no rows rendered');
    const texts = rowTexts(frame);
    expect(texts.join('\n')).to.contain('Saint Paul').and.contain('<img src=x onerror=alert(1)>')
      .and.contain('<script>window.pwned=1</script>').and.contain('<b onmouseover=alert(2)>bold</b>');
    const root = widget(frame).shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    // The javascript: link made its row invalid: it is skipped, not linked.
    expect(texts.join('\n')).to.not.contain('Portland');
    // Counted once the schema has said why, after the good rows are painted.
    await waitUntil(() => root.textContent!.includes('1 row could not be shown.'), 'the skipped row was not counted');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.stpaul.gov/']);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.pwned).to.equal(undefined);
    frame.remove();
  });

  it('reads inline data when the classic scripts sit in <head>, defined before the parser reaches the elements\' children', async () => {
    const frame = await open('/test/embed/inline-head-page.html');
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => rowTexts(frame).length === 1, 'the directory never showed its inline row');
    expect(rowTexts(frame)[0]).to.contain('Saint Paul').and.contain('Nagasaki');
    const stories = frame.contentDocument!.querySelector('sister-city-stories')!;
    await waitUntil(() => stories.shadowRoot?.querySelectorAll('article').length === 1, 'the reader never showed its inline story');
    expect(stories.shadowRoot!.textContent).to.contain('Ten years after the war');
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('can be loaded twice, as ES module and classic script, beside the host page\'s own Lit', async () => {
    const frame = await open('/test/embed/twice-page.html');
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => rowTexts(frame).length === 9, 'no rows rendered');
    await waitUntil(() => frame.contentDocument!.querySelector('host-widget')?.shadowRoot?.textContent?.includes('host widget works'));
    // One definition, in the page's language (<html lang="ja">).
    expect(widget(frame).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('9件の提携');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
  it('loads one runtime for every widget of the ES build, pasted twice, under the strict CSP and beside the host\'s own Lit', async () => {
    const frame = await open('/test/embed/es-page.html');
    const win = frame.contentWindow as PageWindow & { litHtmlVersions?: string[] };
    const doc = frame.contentDocument!;
    const shadowText = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(() => rowTexts(frame).length === 9, 'no rows rendered');
    // Both forms rendered, in the page's language (<html lang="ja">): their first step's heading.
    await waitUntil(() => /[\u3040-\u30ff]/.test(shadowText('sister-city-story-form')) && /[\u3040-\u30ff]/.test(shadowText('sister-city-request-form')),
      'the forms did not render in Japanese');
    await waitUntil(() => doc.querySelector('host-widget')?.shadowRoot?.textContent?.includes('host widget works'));
    expect(widget(frame).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('9件の提携');
    // Lit records each copy that runs on the page: the host's own and ours, once for three widgets.
    expect(win.litHtmlVersions).to.have.length(2);
    // Each file of the build was fetched once, the loader's second copy loading nothing again.
    const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/widgets/'));
    expect(fetched.length).to.be.greaterThan(3);
    expect(new Set(fetched).size).to.equal(fetched.length);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
