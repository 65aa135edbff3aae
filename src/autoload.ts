/**
 * The ES module for script tags (dist/sister-city-widgets.js). It registers
 * each element when the page first has one, so that a page downloads only the
 * widgets it uses; `defineAll()` registers every element at once (for elements
 * inside another component's shadow root, which the page-wide watch cannot see).
 */
const widgets: Record<string, () => Promise<unknown>> = {
  'sister-city-pairings': () => import('./pairings/define.js'),
  'sister-city-story-form': () => import('./story-form/define.js'),
  'sister-city-request-form': () => import('./request-form/define.js'),
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
