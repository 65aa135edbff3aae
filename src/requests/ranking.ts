/**
 * The board ranked by fit: the community it is ranked for (the one the reader described, or a listed
 * request's), the reader's draft of the form, and the ranking's words. This module and what it imports
 * (the form, the scoring, the reasons) are what the board loads, with their strings (`loadPart`, a table
 * of their own), when the reader first asks for partners: "Find partners for my community" or a card's
 * "Find partners for this community". Nothing of it is on the first screen. The element holds one
 * Ranking and asks it to rank, to render the form, and to say the status and each request's reasons;
 * called while the element renders, so `msg` answers in its language.
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Locale } from '../i18n/language.js';
import { profileOf, rankRequests, type CommunityProfile, type Match } from './match.js';
import { namesOf } from './present.js';
import type { RequestEntry } from './query.js';
import { rankedStatus, reasonsSentence } from './reasons.js';
import { emptyDraft, profileFrom, renderMatchForm, type ProfileDraft } from './render-match.js';
import { toggled } from './lists.js';

export class Ranking {
  /** The community the board is ranked for, and whose it is (a listed request's name, or the reader's own). */
  profile?: CommunityProfile & { label?: string };
  private draft: ProfileDraft = emptyDraft();
  private populationError = false;
  private fits = new Map<RequestEntry, Match>();

  constructor(private readonly host: ReactiveElement) {}

  /** The entries that can partner the community, best fit first; each one's reasons are kept for its card. */
  rank(entries: readonly RequestEntry[]): RequestEntry[] {
    const byRequest = new Map(entries.map((entry) => [entry.request, entry]));
    this.fits.clear();
    return rankRequests(this.profile!, entries.map((entry) => entry.request)).map((match) => {
      const entry = byRequest.get(match.request)!;
      this.fits.set(entry, match);
      return entry;
    });
  }

  status(count: number, locale: Locale): string {
    return rankedStatus(count, this.profile!.label, locale);
  }

  reasons(entry: RequestEntry, locale: Locale): string | undefined {
    const match = this.fits.get(entry);
    return match && reasonsSentence(match.reasons, locale);
  }

  /** Ranks the board for a listed request's community. */
  rankFor(entry: RequestEntry, locale: Locale): void {
    this.rankBy({ ...profileOf(entry.request), label: namesOf(entry.request, locale).first });
  }

  /** The form (under the element's button) and, when ranked, the button that shows every request again. */
  render(locale: Locale, open: boolean): TemplateResult {
    return renderMatchForm({
      locale,
      open,
      draft: this.draft,
      populationError: this.populationError,
      ranked: !!this.profile,
      change: (part) => this.change({ ...this.draft, ...part }),
      toggleExchange: (kind, on) => this.change({ ...this.draft, exchanges: toggled(this.draft.exchanges, kind, on) }),
      submit: () => this.submit(),
      reset: () => this.rankBy(undefined),
    });
  }

  private change(draft: ProfileDraft): void {
    this.draft = draft;
    this.host.requestUpdate();
  }

  /** Ranks the board for the community the reader described, or says the population cannot be read. */
  private submit(): void {
    const d = this.draft;
    if (!d.side) return;
    const profile = profileFrom({ ...d, side: d.side });
    this.populationError = !profile;
    if (profile) return this.rankBy(profile);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#m-population')?.focus());
  }

  /** Ranks for `profile` (none: every request again); the status, which says so, takes the focus. */
  private rankBy(profile: Ranking['profile']): void {
    this.profile = profile;
    this.host.requestUpdate('ranking');
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.status')?.focus());
  }
}
