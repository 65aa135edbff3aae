/**
 * What the directory shows, kept between renders so that a keystroke does only a keystroke's work:
 * the entries (their search text folded while the browser is idle), every entry in the chosen order
 * (sorted while the browser is idle after the first rows, or at once when a filter needs it) and the
 * filtered list — or, until everything is sorted, only its first rows.
 */
import type { Locale } from '../i18n/language.js';
import type { Pairing } from '../schema/pairing.js';
import {
  facetsOf,
  filterEntries,
  filtering,
  firstEntries,
  prepareSearch,
  sortEntries,
  toEntries,
  type Facets,
  type PairingEntry,
  type PairingFilters,
  type SortKey,
} from './query.js';

/** Runs `step` when the browser is idle (soon after, where requestIdleCallback is missing). */
export const whenIdle = (step: IdleRequestCallback): void => {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(step);
  else setTimeout(() => step({ didTimeout: false, timeRemaining: () => 10 }));
};

/** What the list is asked to show. */
export interface ListView {
  sortKey: SortKey;
  locale: Locale;
  filters: PairingFilters;
  shown: number;
}

export class PairingList {
  entries: PairingEntry[] = [];
  facets?: Facets;
  /** The filtered, sorted list, or only its first `shown` entries while `partial`. */
  results: PairingEntry[] = [];
  /** Every entry in the chosen order, once sorted. */
  private sorted?: PairingEntry[];
  private partial = false;
  private view?: ListView;

  /** New data, or the same in another language (the search text holds region names in the languages loaded). */
  setPairings(pairings: readonly Pairing[]): void {
    this.entries = toEntries(pairings);
    this.facets = facetsOf(this.entries);
    this.prepareSearchWhenIdle(this.entries);
  }

  /** Brings `results` up to date; `resorted` when the data, the sort or the language changed. */
  update(view: ListView, changed: { resorted: boolean; filters: boolean; shown: boolean }): void {
    this.view = view;
    if (changed.resorted) {
      this.sorted = undefined;
      if (this.entries.length > 0) this.sortWhenIdle(view);
    }
    if (!this.sorted && filtering(view.filters)) this.sorted = sortEntries(this.entries, view.sortKey, view.locale);
    if (this.sorted) {
      if (changed.resorted || changed.filters || this.partial) {
        this.results = filterEntries(this.sorted, view.filters);
        this.partial = false;
      }
    } else if (changed.resorted || changed.filters || changed.shown) {
      // Nothing filtered and not sorted yet: the first rows need not wait for the whole list to be sorted.
      this.results = firstEntries(this.entries, view.sortKey, view.locale, view.shown);
      this.partial = true;
    }
  }

  /** How many pairings the filters let through. */
  get count(): number {
    return this.partial ? this.entries.length : this.results.length;
  }

  private sortWhenIdle({ sortKey, locale }: ListView): void {
    const entries = this.entries;
    whenIdle(() => {
      const now = this.view;
      if (!this.sorted && entries === this.entries && sortKey === now?.sortKey && locale === now.locale) {
        this.sorted = sortEntries(entries, sortKey, locale);
      }
    });
  }

  /**
   * Folds the entries' search text while the browser is idle after the first rows are shown, so that
   * neither the first rows nor the first keystroke wait for it (a search before it is done folds the rest).
   */
  private prepareSearchWhenIdle(entries: readonly PairingEntry[]): void {
    let done = 0;
    const step = (deadline: IdleDeadline) => {
      if (entries !== this.entries) return; // rebuilt meanwhile
      // Short slices (5 ms), so that a key or click arriving meanwhile hardly waits.
      const until = performance.now() + 5;
      done = prepareSearch(entries, done, () => performance.now() > until || deadline.timeRemaining() < 1);
      if (done < entries.length) whenIdle(step);
    };
    whenIdle(step);
  }
}
