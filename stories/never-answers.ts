/**
 * Offline there is no server that answers slowly, so a story that shows a loading state uses this
 * decorator: requests to a same-origin URL whose query has `story=never-answers` never answer (other
 * requests go through untouched). The element itself is real and is only given `src`.
 */
import type { Decorator } from '@storybook/web-components-vite';

const PENDING = Symbol.for('sister-city-widgets.storybook.pending-fetch');

/** Whether a request is one of those held open. */
const heldOpen = (url: URL) => url.origin === location.origin && url.searchParams.get('story') === 'never-answers';

export const withRequestThatNeverAnswers: Decorator = (story) => {
  const w = window as unknown as Record<symbol, boolean>;
  if (!w[PENDING]) {
    w[PENDING] = true;
    const fetchThrough = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const href = input instanceof Request ? input.url : String(input);
      if (!heldOpen(new URL(href, location.href))) return fetchThrough(input, init);
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      });
    };
  }
  return story();
};
