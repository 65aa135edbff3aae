/**
 * The ES module for script tags (dist/sister-city-widgets.js). It registers
 * each element when the page first has one, so that a page downloads only the
 * widgets it uses; `defineAll()` registers every element at once (for elements
 * inside another component's shadow root, which the page-wide watch cannot see).
 */
// Literal paths, left as they are by the build (vite.config.ts): a browser resolves
// them next to this file, and a bundler that imports `sister-city-widgets/cdn`
// follows them into the package and bundles each widget as its own lazy chunk.
const widgets: Record<string, () => Promise<unknown>> = {
  // @ts-expect-error -- dist/widgets/ is built beside dist/sister-city-widgets.js
  'sister-city-pairings': () => import('./widgets/pairings.js'),
  // @ts-expect-error -- as above
  'sister-city-story-form': () => import('./widgets/story-form.js'),
  // @ts-expect-error -- as above
  'sister-city-request-form': () => import('./widgets/request-form.js'),
  // @ts-expect-error -- as above
  'sister-city-stories': () => import('./widgets/stories.js'),
  // @ts-expect-error -- as above
  'sister-city-requests': () => import('./widgets/requests.js'),
};

const pending = new Set(Object.keys(widgets));

function load(tag: string): Promise<unknown> {
  pending.delete(tag);
  return widgets[tag]();
}

function scan(): void {
  for (const tag of pending) if (document.querySelector(tag)) void load(tag);
  if (pending.size === 0) observer?.disconnect();
}

// Importing this module during server-side rendering (Node, no DOM) does nothing.
const observer = typeof MutationObserver === 'function' ? new MutationObserver(scan) : undefined;
if (observer) {
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}

export function defineAll(): Promise<unknown[]> {
  return Promise.all([...pending].map(load));
}
