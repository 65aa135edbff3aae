/**
 * A long form's first render shows about a screenful of its sections; the rest follow one section
 * per task after the first frame, so that no task of the form's start-up is long (issue 17: Lit's
 * first render of the whole form, and its layout, were one long task). The answers live in the
 * element's values, not in the DOM: a section rendered later shows what a restored draft holds.
 *
 * Everything is rendered at once on the server, when the shadow root already holds the server's
 * markup (hydration must find the whole form), and whenever the form needs every field (the caller
 * says so: errors shown, the review step, a field to focus, sending).
 */
import { isServer, type ReactiveElement } from 'lit';
import type { Section } from './model.js';

/** Fields and groups in the first render: about one screen, a field being 70–250 px tall. */
const FIRST_SCREEN_ITEMS = 6;

/** How many sections hold the first screen's fields. */
function firstScreen(sections: readonly Section[]): number {
  let items = 0;
  let count = 0;
  while (count < sections.length && items < FIRST_SCREEN_ITEMS) items += sections[count++].items.length;
  return count;
}

export class SectionPacer {
  /** Sections to render; 0 before the first render. */
  #shown = 0;
  #scheduled = false;
  #finish!: () => void;
  readonly #complete = new Promise<void>((resolve) => (this.#finish = resolve));

  constructor(private readonly host: ReactiveElement) {}

  /** Resolves once every section has been rendered. */
  get done(): Promise<void> {
    return this.#complete;
  }

  /** Called by render(): how many of the sections to render now. */
  count(sections: readonly Section[], all: boolean): number {
    if (all || (this.#shown === 0 && (isServer || this.host.renderRoot?.hasChildNodes()))) this.#shown = Infinity;
    else if (this.#shown === 0) this.#shown = firstScreen(sections);
    if (this.#shown < sections.length) this.#schedule();
    else this.#finish();
    return Math.min(this.#shown, sections.length);
  }

  /**
   * The next section, in a task of its own after the next frame. A hidden page draws no frames: there the
   * next section comes in the next task. (A visible page waits for its frame however busy the machine is,
   * so the first frame never holds more than the first screen.)
   */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const next = () => {
      if (!this.#scheduled) return;
      this.#scheduled = false;
      document.removeEventListener('visibilitychange', next);
      this.#shown++;
      this.host.requestUpdate();
    };
    if (document.hidden) setTimeout(next);
    else document.addEventListener('visibilitychange', next);
    requestAnimationFrame(() => setTimeout(next));
  }
}
