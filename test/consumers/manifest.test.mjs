// custom-elements.json (built by `npm run build`) is what Storybook, the framework
// typings and editors show: only the public API, with real values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
const tokens = [...readFileSync(new URL('../../src/theme/tokens.ts', import.meta.url), 'utf8').matchAll(/var\((--sc-[a-z-]+)/g)].map(([, name]) => name);
const byTag = Object.fromEntries(elements.map((element) => [element.tagName, element]));

test('the manifest lists the four elements', () => {
  assert.deepEqual(Object.keys(byTag).sort(), ['sister-city-pairings', 'sister-city-request-form', 'sister-city-requests', 'sister-city-stories', 'sister-city-story-form']);
});

test('internal state is neither an attribute nor a member', () => {
  const internal = ['loadState', 'loaded', 'filters', 'sortKey', 'shown', 'values', 'errors', 'phase', 'progress', 'summary', 'reviewing', 'failure', 'reference', 'restoredAt', 'announcement', 'locale', 'lightbox', 'results', 'facets'];
  for (const element of elements) {
    const names = [...(element.attributes ?? []).map((a) => a.fieldName ?? a.name), ...(element.members ?? []).map((m) => m.name)];
    assert.deepEqual(names.filter((name) => internal.includes(name) || name.startsWith('#')), [], element.tagName);
    assert.deepEqual((element.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name), [], element.tagName);
  }
  assert.deepEqual(byTag['sister-city-pairings'].attributes.map((a) => a.name), ['src', 'country', 'region', 'prefecture', 'search', 'sort', 'page-size', 'calendar', 'anniversary-year', 'hide-filters', 'stories-src', 'story-href', 'color-scheme']);
  assert.deepEqual(byTag['sister-city-stories'].attributes.map((a) => a.name), ['src', 'pairing', 'region', 'prefecture', 'decade', 'connection', 'search', 'calendar', 'hide-filters', 'color-scheme']);
  assert.deepEqual(byTag['sister-city-requests'].attributes.map((a) => a.name), ['src', 'direction', 'contact', 'units', 'search', 'sort', 'heading-level', 'hide-filters', 'color-scheme']);
});

test('every event names the type of its detail', () => {
  const types = Object.fromEntries(elements.map((element) => [element.tagName, Object.fromEntries(element.events.map((e) => [e.name, e.type?.text]))]));
  assert.deepEqual(types['sister-city-pairings'], { load: 'PairingsLoadDetail', error: 'PairingsErrorDetail' });
  assert.deepEqual(types['sister-city-stories'], { load: 'StoriesLoadDetail', error: 'StoriesErrorDetail' });
  assert.deepEqual(types['sister-city-requests'], { load: 'RequestsLoadDetail', error: 'RequestsErrorDetail' });
  for (const form of ['sister-city-story-form', 'sister-city-request-form']) {
    assert.deepEqual(types[form], { 'sister-city-submit': 'SubmitDetail', 'sister-city-success': 'SuccessDetail', 'sister-city-error': 'ErrorDetail' });
  }
});

test('every element documents every --sc-* custom property and its parts', () => {
  assert.ok(tokens.length >= 14, 'the tokens were read');
  for (const element of elements) {
    assert.deepEqual(element.cssProperties.map((p) => p.name).sort(), [...new Set(tokens)].sort(), element.tagName);
    assert.ok(element.cssProperties.every((p) => p.default), `${element.tagName}: every property has its default`);
    assert.ok(element.cssParts.length >= 9, element.tagName);
  }
});

test('defaults are values, not names of constants', () => {
  const defaults = Object.fromEntries(elements.flatMap((e) => e.members.filter((m) => m.default).map((m) => [`${e.tagName}.${m.name}`, m.default])));
  assert.equal(defaults['sister-city-story-form.maxPhotos'], '10');
  assert.equal(defaults['sister-city-story-form.timeout'], '30000');
  assert.equal(defaults['sister-city-request-form.retry'], '{ retries: 3, baseDelay: 500, maxDelay: 30000 }');
  for (const [name, value] of Object.entries(defaults)) assert.doesNotMatch(value, /^[A-Z_]+$|\d_\d/, name);
});
