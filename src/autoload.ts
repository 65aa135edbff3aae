/**
 * The ES module for script tags (dist/sister-city-widgets.js). It registers
 * each element when the page first has one, so that a page downloads only the
 * widgets it uses; `defineAll()` registers every element at once (for elements
 * inside another component's shadow root, which the page-wide watch cannot see).
 */
const here = import.meta.url;
const widget = (name: string) => () => import(/* @vite-ignore */ new URL(`./widgets/${name}.js`, here).href);
const widgets: Record<string, () => Promise<unknown>> = {
  'sister-city-pairings': widget('pairings'),
  'sister-city-story-form': widget('story-form'),
  'sister-city-request-form': widget('request-form'),
};

const pending = new Set(Object.keys(widgets));

function load(tag: string): Promise<unknown> {
  pending.delete(tag);
  return widgets[tag]();
}

function scan(): void {
  for (const tag of pending) if (document.querySelector(tag)) void load(tag);
  if (pending.size === 0) observer.disconnect();
}

const observer = new MutationObserver(scan);
observer.observe(document.documentElement, { childList: true, subtree: true });
scan();

export function defineAll(): Promise<unknown[]> {
  return Promise.all([...pending].map(load));
}
