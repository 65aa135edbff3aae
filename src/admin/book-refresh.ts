/**
 * Refreshes the book page (GET /admin/api/book every REFRESH_MS) while a chosen story's HEIC photos are
 * being made printable, so staff see them become printable, or fail, without reloading. It stops when
 * none is pending, off the book page, and while the page is hidden (another tab, a minimised window); shown
 * again with photos pending, it refreshes at once. A refresh that crosses a choice of staff's is dropped,
 * so the list never goes back to what it was before the choice.
 */
import type { ReactiveController } from 'lit';
import { api } from './api.js';
import { pendingPhotos } from './book-photos.js';
import type { ScAdmin } from './sc-admin.js';

/** A photo takes a few seconds to convert (README: about 2 s for 12 megapixels). */
export const REFRESH_MS = 4000;

export class BookRefresh implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private fetching = false;

  constructor(private readonly app: ScAdmin) {
    app.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.visibilityChanged);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    this.stop();
  }

  hostUpdated(): void {
    if (!this.wanted()) this.stop();
    else if (!this.timer && !this.fetching) this.timer = setTimeout(this.refresh, REFRESH_MS);
  }

  private wanted(): boolean {
    return this.app.view === 'book' && document.visibilityState === 'visible' && pendingPhotos(this.app.book.data?.stories ?? []) > 0;
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private visibilityChanged = (): void => {
    this.stop();
    if (this.wanted() && !this.fetching) void this.refresh();
  };

  private refresh = async (): Promise<void> => {
    this.timer = undefined;
    this.fetching = true;
    const before = this.app.book;
    try {
      const data = await api.book();
      if (this.app.book === before && this.app.view === 'book') this.app.book = { ...before, data };
    } catch (error) {
      this.app.handle(error, () => undefined); // a network failure: the next refresh tries again
    } finally {
      this.fetching = false;
      this.hostUpdated();
    }
  };
}
