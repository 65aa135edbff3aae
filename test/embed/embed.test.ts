// The built files, loaded as a webmaster would load them, in pages served with
// a strict Content-Security-Policy (see test/server/fixtures.mjs).
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & { violations: string[]; pageErrors: string[]; pwned?: unknown };

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const widget = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('sister-city-pairings')!;
const rowTexts = (frame: HTMLIFrameElement) =>
  [...(widget(frame).shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent!.replace(/\s+/g, ' '));

describe('embedding the built script', () => {
  it('renders real rows under a strict CSP with Trusted Types, shows markup in data as text, and violates nothing', async () => {
    const frame = await open('/test/embed/csp-page.html');
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => rowTexts(frame).length === 2, 'no rows rendered', { timeout: 5000 });
    const texts = rowTexts(frame);
    expect(texts.join('\n')).to.contain('Saint Paul').and.contain('<img src=x onerror=alert(1)>')
      .and.contain('<script>window.pwned=1</script>').and.contain('<b onmouseover=alert(2)>bold</b>');
    const root = widget(frame).shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    // The javascript: link made its row invalid: it is skipped, not linked.
    expect(texts.join('\n')).to.not.contain('Portland');
    expect(root.textContent).to.contain('1 row could not be shown.');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.stpaul.gov/']);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.pwned).to.equal(undefined);
    frame.remove();
  });

  it('can be loaded twice, as ES module and classic script, beside the host page\'s own Lit', async () => {
    const frame = await open('/test/embed/twice-page.html');
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => rowTexts(frame).length === 9, 'no rows rendered', { timeout: 5000 });
    await waitUntil(() => frame.contentDocument!.querySelector('host-widget')?.shadowRoot?.textContent?.includes('host widget works'));
    // One definition, in the page's language (<html lang="ja">).
    expect(widget(frame).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('9件の提携');
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
