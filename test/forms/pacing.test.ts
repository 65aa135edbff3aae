// A long form shows its first screen's sections in the first frame and the rest in later tasks
// (src/forms/section-pacer.ts): nothing a reader restores or reaches by keyboard may be lost on the way.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/request-form/define.js';
import '../../src/story-form/define.js';
import type { SisterCityForm } from '../../src/forms/sister-city-form.js';
import { active, button, byPath, root, text } from '../story-form/helpers.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sections = (el: Element) => root(el).querySelectorAll('section').length;

/** The element as a page's HTML creates it: connected, then left to render on its own. */
function place(tag: string, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as SisterCityForm;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

describe('forms render their first screen first', () => {
  const key = 'sister-city-widgets:story:pacing';
  afterEach(() => {
    sessionStorage.removeItem(key);
    document.querySelectorAll('sister-city-story-form, sister-city-request-form').forEach((el) => el.remove());
    fixtureCleanup();
  });

  it('shows the first sections in the first frame, then every section, with the buttons after the last', async () => {
    for (const [tag, first, all] of [['sister-city-story-form', 1, 4], ['sister-city-request-form', 3, 7]] as const) {
      const el = place(tag, { endpoint: '/submit', draft: 'off' });
      await nextFrame();
      expect(sections(el), `${tag} in its first frame`).to.equal(first);
      expect(root(el).querySelector('button[type="submit"]'), `${tag}: no submit button before the last section`).to.equal(null);
      await el.updateComplete;
      expect(sections(el), `${tag} once complete`).to.equal(all);
      expect(root(el).querySelector('button[type="submit"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('on a hidden page, which draws no frames, still shows every section; on a visible one each waits for a frame', async () => {
    // A visible page whose frames come slowly (a busy machine: here each frame 500 ms late): the form adds
    // nothing before the first frame, even long after the first render.
    const frame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => window.setTimeout(() => callback(performance.now()), 500);
    try {
      const stalled = place('sister-city-story-form', { endpoint: '/submit', draft: 'off' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sections(stalled), 'only the first screen before the first frame').to.equal(1);
      await stalled.updateComplete;
      expect(sections(stalled), 'every section after the frames').to.equal(4);
      stalled.remove();
    } finally {
      window.requestAnimationFrame = frame;
    }
    // A hidden page: no frame comes (requestAnimationFrame never calls back), and the sections come anyway.
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    window.requestAnimationFrame = () => 0;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      const el = place('sister-city-story-form', { endpoint: '/submit', draft: 'off' });
      await waitUntil(() => sections(el) === 4 && root(el).querySelector('button[type="submit"]'), 'every section on a hidden page');
    } finally {
      window.requestAnimationFrame = frame;
      delete (document as { hidden?: boolean }).hidden;
      expect(document.hidden).to.equal(hidden.get!.call(document));
    }
  });

  it('fills the fields of later sections from a restored draft when they appear', async () => {
    const now = Date.now();
    const values = { connections: [], dates: [], people: [], photos: [], story: 'It began after the war.', submitter: { name: 'Jane Doe', email: 'jane@example.org' }, consent: true };
    sessionStorage.setItem(key, JSON.stringify({ format: 1, savedAt: now, expires: now + 86_400_000, values }));
    const el = place('sister-city-story-form', { endpoint: '/submit', 'draft-key': 'pacing' });
    // With a stored draft the form renders once its drafts' code is in (forms load it on demand): the
    // frame that first shows the form.
    while (!sections(el)) await nextFrame();
    expect(text(el)).to.contain('We restored the answers you saved on');
    expect(root(el).querySelector('#f-submitter-email'), 'the last section waits for a later task').to.equal(null);
    await waitUntil(() => root(el).querySelector('#f-submitter-email'), 'the last section never came');
    await el.updateComplete;
    expect(byPath(el, 'story').value).to.equal('It began after the war.');
    expect(byPath(el, 'submitter.name').value).to.equal('Jane Doe');
    expect(byPath(el, 'submitter.email').value).to.equal('jane@example.org');
    expect(byPath(el, 'consent').checked).to.equal(true);
  });

  it('goes by Tab from the first screen into the sections rendered after it, and the error summary links to them', async () => {
    const el = place('sister-city-story-form', { endpoint: '/submit', draft: 'off' });
    await el.updateComplete;
    // The first screen's last control (the date's year), then Tab: the story, in the next section.
    root(el).querySelector<HTMLInputElement>('input[name="established.year"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('f-story');
    button(el, 'Send the story').click();
    await el.updateComplete;
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => a.getAttribute('href') === '#f-submitter-email');
    expect(link, 'a link to the last section’s email field').to.not.equal(undefined);
    link!.click();
    expect(active(el)?.id).to.equal('f-submitter-email');
  });
});
