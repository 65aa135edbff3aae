/**
 * Where the directory's pairings come from, and how far they got: a property, an inline
 * `<script type="application/json">` or `src` (fetched, then read as CSV or JSON by load.ts). It fires
 * the element's `load` and `error` events and tells the webmaster, in the console, which rows were
 * skipped and why. The element renders from `state`, `loaded` and `problem`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterChildrenParsed } from '../base/after-children.js';
import type { PairingInput } from '../schema/pairing.js';
import { whenIdle } from './pairing-list.js';
import { detectFormat, loadJson, loadText, PairingSourceError, type Checked, type LoadedPairings, type SkippedRow, type SourceProblem } from './load.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'network-error' | 'format-error';

/** Detail of the `load` event. */
export interface PairingsLoadDetail {
  /** Pairings that passed the schema and are shown. */
  count: number;
  /** Rows that were skipped, with their row number and reason. */
  skipped: SkippedRow[];
}

/** Detail of the `error` event. */
export interface PairingsErrorDetail {
  kind: 'network' | 'format';
  message: string;
}

/** The element, as far as its source is concerned: where the data is. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  pairings?: PairingInput[];
}

const MAX_LOGGED_ROWS = 50;

export class PairingsSource implements ReactiveController {
  state: LoadState = 'idle';
  loaded: LoadedPairings = { pairings: [], skipped: [] };
  /** Why the source could not be read, in `format-error`. */
  problem?: SourceProblem;
  private abort?: AbortController;

  constructor(private readonly host: SourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state === 'idle' && this.host.pairings === undefined && !this.host.src) afterChildrenParsed(() => this.readInlineIfIdle());
    // Taken out of the page while loading or checking (which aborted it) and put back: load again.
    else if (this.abort?.signal.aborted) void this.reload();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Called before each update: a new `pairings` property is read at once (in this update when every row passes the fast check), a new `src` fetched. */
  update(changed: { pairings: boolean; src: boolean }): void {
    const { pairings, src } = this.host;
    if (changed.pairings && pairings !== undefined) void this.accept(() => loadJson(pairings));
    else if (changed.src && src && pairings === undefined) void this.fetchSource(src);
  }

  reload(): Promise<void> {
    const { pairings, src } = this.host;
    if (pairings !== undefined) return this.accept(() => loadJson(pairings)) ?? Promise.resolve();
    return src ? this.fetchSource(src) : Promise.resolve(this.readInline());
  }

  private set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** Inline data, unless a property or `src` came first (while waiting for the children to be parsed). */
  private readInlineIfIdle(): void {
    if (this.state === 'idle' && this.host.pairings === undefined && !this.host.src) this.readInline();
  }

  private readInline(): void {
    const script = this.host.querySelector('script[type="application/json"]');
    if (!script) return;
    void this.accept(() => {
      try {
        return loadJson(JSON.parse(script.textContent ?? ''));
      } catch (error) {
        throw error instanceof PairingSourceError ? error : new PairingSourceError('not-json', 'The inline JSON is not valid.');
      }
    });
  }

  private async fetchSource(src: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set('loading');
    let response: Response;
    let text: string;
    try {
      response = await fetch(src, { signal: abort.signal, headers: { Accept: 'text/csv, application/json;q=0.9' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail('network', `Could not load ${src}: ${(error as Error).message}`);
      return;
    }
    if (abort.signal.aborted) return;
    let checked: Checked;
    try {
      checked = loadText(text, detectFormat(response.headers.get('content-type'), response.url || src, text));
    } catch (error) {
      return this.refuse(error);
    }
    // Give the browser a turn between checking thousands of rows and rendering them.
    await new Promise((resolve) => setTimeout(resolve));
    if (!abort.signal.aborted) return this.present(checked, abort.signal);
  }

  /** Shows pairings given in the page (property, inline script): at once when every row passes the fast check. */
  private accept(read: () => Checked): Promise<void> | undefined {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      return this.present(read(), abort.signal);
    } catch (error) {
      this.refuse(error);
      return undefined;
    }
  }

  /**
   * Shows checked pairings. When the schema must say why some rows are skipped, the rows the fast check
   * accepted show at once, and the schema loads and runs only after they are painted (zod costs more than
   * the rows' first frame); the count of skipped rows, the console and `load` follow its verdict.
   */
  private present(checked: Checked, signal: AbortSignal): Promise<void> | undefined {
    if (!('fast' in checked)) return void this.show(checked);
    this.loaded = { pairings: checked.fast, skipped: [] };
    this.set('ready');
    // Idle after the next frame: after the frame that paints the rows (an idle period may come before it).
    return new Promise((painted) => requestAnimationFrame(() => whenIdle(painted)))
      .then(() => checked)
      .then(
        (result) => void (signal.aborted || this.show(result)),
        (error: Error) => void (signal.aborted || this.fail('network', `Could not load the row check: ${error.message}`)),
      );
  }

  private refuse(error: unknown): void {
    if (!(error instanceof PairingSourceError)) throw error;
    this.problem = error.problem;
    this.fail('format', error.message);
  }

  private show(result: LoadedPairings): void {
    this.abort = undefined;
    this.loaded = result;
    this.set('ready');
    this.logSkipped(result.skipped);
    this.host.dispatchEvent(
      new CustomEvent<PairingsLoadDetail>('load', { detail: { count: result.pairings.length, skipped: result.skipped } }),
    );
  }

  private fail(kind: PairingsErrorDetail['kind'], message: string): void {
    this.abort = undefined;
    this.set(kind === 'network' ? 'network-error' : 'format-error');
    console.error(`<${this.host.localName}>: ${message}`);
    this.host.dispatchEvent(new CustomEvent<PairingsErrorDetail>('error', { detail: { kind, message } }));
  }

  /** One console message for all the skipped rows, a line each (up to 50): one message costs far less than 50. */
  private logSkipped(skipped: SkippedRow[]): void {
    if (skipped.length === 0) return;
    const source = this.host.src ?? 'inline data';
    const lines = skipped.slice(0, MAX_LOGGED_ROWS).map(({ row, reason }) => `<${this.host.localName}>: ${source} row ${row} skipped: ${reason}`);
    if (skipped.length > MAX_LOGGED_ROWS) lines.push(`<${this.host.localName}>: … and ${skipped.length - MAX_LOGGED_ROWS} more rows skipped.`);
    console.warn(lines.join('\n'));
  }
}
