// The built board as a webmaster embeds it: the classic script and the ES loader on one page served
// with a strict Content-Security-Policy and Trusted Types, beside the host's own Lit, under careless
// global styles, with markup and a javascript: link in its data.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';

type PageWindow = Window & { violations: string[]; pageErrors: string[]; pwned?: unknown };

describe('embedding the built board', () => {
  it('renders under a strict CSP beside a hostile host, data as text, bad entries skipped, nothing personal', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/embed/requests-page.html';
    frame.style.width = '1000px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const board = () => frame.contentDocument!.querySelector('sister-city-requests')!;
    const root = () => board().shadowRoot;
    await waitUntil(() => root()?.querySelectorAll('li.card').length === 2, 'no cards rendered').catch((error: Error) => {
      throw new Error(`${error.message}: ${root()?.textContent?.replace(/\s+/g, ' ')} | ${win.violations} | ${win.pageErrors}`);
    });
    const text = root()!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('<img src=x onerror=alert(1)>').and.contain('<script>window.pwned=1</script>').and.contain('Larimer County');
    expect(text).to.contain('1 request could not be shown.').and.not.contain('Bend').and.not.contain('sam@example.gov');
    expect(root()!.querySelector('img, script')).to.equal(null);
    await waitUntil(() => frame.contentDocument!.querySelector('host-widget')?.shadowRoot?.textContent?.includes('host widget works'));
    // The host's styles do not reach inside: the cards are laid out and the details stay hidden.
    const card = root()!.querySelector('li.card')!;
    expect(getComputedStyle(card).display).to.equal('list-item');
    expect(getComputedStyle(root()!.querySelector('.details')!).display).to.equal('none');
    expect(getComputedStyle(root()!.querySelector('button')!).display).to.not.equal('inline');
    // The matching still works inside the page.
    root()!.querySelector<HTMLButtonElement>('li.card:nth-child(2) .actions button:nth-child(2)')!.click();
    await waitUntil(() => root()!.querySelector('[role="status"]')!.textContent!.includes('ranked by fit for Larimer County'));
    expect(root()!.querySelector('.reasons')!.textContent).to.contain('Education and youth');
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.pwned).to.equal(undefined);
    frame.remove();
  });
});
