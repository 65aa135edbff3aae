// Server-side rendering: every entry imports in plain Node, every element renders with
// @lit-labs/ssr (with its unchecked boxes unchecked), and the rendered page hydrates in
// Chromium: the elements take over the server's shadow roots instead of rendering twice,
// and respond to the reader.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url);
const entries = ['sister-city-widgets', 'sister-city-widgets/pairings', 'sister-city-widgets/story-form', 'sister-city-widgets/request-form', 'sister-city-widgets/stories', 'sister-city-widgets/requests', 'sister-city-widgets/schema', 'sister-city-widgets/cdn'];

test('every entry imports in Node without a DOM', async () => {
  for (const entry of entries) {
    // A fresh process each, so that one entry's imports do not hide another's failure.
    await exec(process.execPath, ['--input-type=module', '-e', `await import('${entry}');`], { cwd: root });
  }
});

/** The page a server would send: each element rendered by Lit SSR, with declarative shadow roots. */
async function renderPage() {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('sister-city-widgets');
  const part = (template) => collectResult(render(template));
  return {
    // The list's data is given in the browser (a property is not part of the HTML): the server renders its frame.
    pairings: await part(html`<sister-city-pairings></sister-city-pairings>`),
    story: await part(html`<sister-city-story-form endpoint="/api/stories" draft="off"></sister-city-story-form>`),
    request: await part(html`<sister-city-request-form endpoint="/api/requests" draft="off"></sister-city-request-form>`),
    requests: await part(html`<sister-city-requests></sister-city-requests>`),
  };
}

let rendered;
before(async () => {
  rendered = await renderPage();
});

test('every element renders with Lit SSR into a declarative shadow root', () => {
  for (const [name, markup] of Object.entries(rendered)) {
    assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/, name);
  }
  assert.match(rendered.pairings, /part="status"/);
  assert.match(rendered.story, /Send the story/);
  assert.match(rendered.request, /type="file"/);
  assert.match(rendered.requests, /Find partners for my community/);
});

test('unchecked boxes are rendered unchecked, consent included', () => {
  for (const name of ['story', 'request', 'requests']) {
    const boxes = rendered[name].match(/<input[^>]*type="(?:checkbox|radio)"[^>]*>/g) ?? [];
    assert.ok(boxes.length >= 5, `${name}: ${boxes.length} boxes rendered`);
    assert.deepEqual(boxes.filter((box) => /\schecked(?:[\s=>]|$)/.test(box)), [], `${name}: no box is checked before the reader ticks one`);
  }
});

test('the server-rendered page hydrates in Chromium', async () => {
  const { build } = await import('esbuild');
  // The client bundle a site would ship: Lit's hydration support first, then the widgets.
  const { outputFiles } = await build({
    stdin: { contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import 'sister-city-widgets';", resolveDir: root.pathname, loader: 'js' },
    bundle: true, format: 'esm', write: false, logLevel: 'silent',
  });
  const script = outputFiles[0].contents;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head><body>
    ${rendered.pairings}${rendered.story}${rendered.request}
    <script type="module" src="/client.js"></script></body></html>`;
  const server = createServer((request, response) => {
    if (request.url === '/client.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  after(async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  // Before the script runs the server's markup is what the reader sees: consent unticked.
  const consent = tab.locator('sister-city-story-form').getByRole('checkbox', { name: /consent|publish/i }).last();
  await tab.waitForFunction(() => ['sister-city-pairings', 'sister-city-story-form', 'sister-city-request-form'].every((tag) => document.querySelector(tag)?.hasUpdated));
  assert.equal(await consent.isChecked(), false);
  // Hydrated, not rendered again beside the server's markup.
  const counts = await tab.evaluate(() => ({
    forms: ['sister-city-story-form', 'sister-city-request-form'].map((tag) => document.querySelector(tag).shadowRoot.querySelectorAll('form').length),
    // Hydration keeps every section the server rendered (a form renders later sections in later tasks only without it).
    sections: ['sister-city-story-form', 'sister-city-request-form'].map((tag) => document.querySelector(tag).shadowRoot.querySelectorAll('section').length),
    searches: document.querySelector('sister-city-pairings').shadowRoot.querySelectorAll('[part~="search"]').length,
  }));
  assert.deepEqual(counts, { forms: [1, 1], sections: [4, 7], searches: 1 });
  // And interactive: the list shows the data it is then given, a ticked box stays ticked.
  await tab.evaluate(() => {
    document.querySelector('sister-city-pairings').pairings = [{ na_country: 'US', na_region: 'MN', na_name: 'Saint Paul', jp_prefecture: 42, jp_name: 'Nagasaki' }];
  });
  await tab.locator('sister-city-pairings').getByRole('row', { name: /Saint Paul/ }).waitFor();
  await consent.check();
  assert.equal(await consent.isChecked(), true);
  // The server's menu options are taken over, not doubled, and follow the answer and the page's language.
  const prefecture = tab.locator('sister-city-story-form #f-jp_city-prefecture');
  assert.equal(await prefecture.locator('option').count(), 48);
  await prefecture.selectOption('42');
  await tab.evaluate(() => document.documentElement.setAttribute('lang', 'ja'));
  await tab.waitForFunction(() => document.querySelector('sister-city-story-form').shadowRoot.querySelector('#f-jp_city-prefecture').selectedOptions[0]?.textContent.trim() === '長崎県');
  assert.equal(await prefecture.locator('option').count(), 48);
  assert.deepEqual(errors, []);
});
