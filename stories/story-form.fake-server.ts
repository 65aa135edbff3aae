/**
 * STORYBOOK ONLY. A stand-in for the receiver of `<sister-city-story-form>` and `<sister-city-request-form>`, so that
 * the Sending, Not sent and Sent stories can show those states: Storybook is static files, with nothing that answers a
 * POST. The tests and the demo use a real server (test/server/submissions.mjs); nothing here is part of the widgets.
 *
 * `<story-form-fake-server>` replaces `window.XMLHttpRequest` while it is in the page — the form sends with
 * XMLHttpRequest for its upload progress — and puts the browser's own back when it leaves (when the story
 * unmounts). Its `answer` property says how every request is answered, or, as a list, how the first, second… request
 * is answered (the last answer for every request after that). `received` lists the requests it was sent. Stories
 * that use it get their own iframe in the docs page (`docs.story.inline: false`), so that two stories' fakes never
 * share a window.
 */

/** How the fake answers each request. */
export type FakeAnswer =
  | { kind: 'json'; status: number; body: unknown; contentType?: string; delay?: number }
  /** Reports upload progress up to `upTo` percent, then never answers (and never times out). */
  | { kind: 'never'; upTo: number; step?: number };

type Handler = ((this: unknown, event: ProgressEvent) => void) | null;

/** A request as the fake received it. */
export interface FakeRequest {
  method: string;
  url: string;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** `json` for a JSON body, `multipart` for FormData (a payload part and file parts). */
  body: 'json' | 'multipart' | 'other';
}

/** Calls `on<type>` and dispatches the event, as the browser does. */
function fire(target: EventTarget & Record<string, unknown>, type: string, loaded = 0, total = 0): void {
  const event = new ProgressEvent(type, { lengthComputable: total > 0, loaded, total });
  (target[`on${type}`] as Handler)?.call(target, event);
  target.dispatchEvent(event);
}

/** Roughly how many bytes the browser would send: enough for a believable progress bar. */
function sizeOf(body: unknown): number {
  if (typeof body === 'string') return new Blob([body]).size;
  if (body instanceof Blob) return body.size;
  if (body instanceof FormData) {
    let size = 0;
    for (const [, value] of body) size += typeof value === 'string' ? value.length : value.size;
    return size;
  }
  return 0;
}

let active: FakeServer[] = [];
let original: typeof XMLHttpRequest | undefined;
const current = () => active.at(-1);

/** Only what `src/forms/submit.ts` uses of XMLHttpRequest, plus a little for good measure. */
class FakeXMLHttpRequest extends EventTarget {
  static readonly UNSENT = 0;
  static readonly OPENED = 1;
  static readonly HEADERS_RECEIVED = 2;
  static readonly LOADING = 3;
  static readonly DONE = 4;

  readonly upload = new EventTarget() as EventTarget & Record<string, unknown>;
  readyState = 0;
  status = 0;
  statusText = '';
  response: unknown = '';
  responseText = '';
  responseURL = '';
  responseType: XMLHttpRequestResponseType = '';
  timeout = 0;
  withCredentials = false;
  onload: Handler = null;
  onerror: Handler = null;
  ontimeout: Handler = null;
  onabort: Handler = null;
  onloadend: Handler = null;
  onreadystatechange: Handler = null;

  #method = 'GET';
  #url = '';
  #headers = new Map<string, string>();
  #requestHeaders: Record<string, string> = {};
  #timers: ReturnType<typeof setTimeout>[] = [];
  #server?: FakeServer;

  open(method: string, url: string | URL): void {
    this.#method = method.toUpperCase();
    this.#url = new URL(String(url), document.baseURI).href;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.#requestHeaders[name.toLowerCase()] = value;
  }
  overrideMimeType(): void {}

  getResponseHeader(name: string): string | null {
    return this.#headers.get(name.toLowerCase()) ?? null;
  }

  getAllResponseHeaders(): string {
    return [...this.#headers].map(([name, value]) => `${name}: ${value}\r\n`).join('');
  }

  send(body?: unknown): void {
    const server = current();
    const answer = server?.next({
      method: this.#method,
      url: this.#url,
      headers: { ...this.#requestHeaders },
      body: body instanceof FormData ? 'multipart' : typeof body === 'string' ? 'json' : 'other',
    });
    this.#server = server;
    server?.requests.add(this);
    const total = Math.max(1, sizeOf(body));
    const later = (ms: number, run: () => void): void => void this.#timers.push(setTimeout(run, ms));
    console.info(`[Storybook fake server] ${this.#method} ${this.#url} (${total} bytes): ${answer ? JSON.stringify(answer) : 'no answer set'}`);
    if (!answer) return later(0, () => this.#finish('error'));
    if (answer.kind === 'never') {
      const step = answer.step ?? 400;
      const stops = Math.max(1, Math.round(answer.upTo / 10));
      fire(this.upload, 'loadstart', 0, total);
      for (let i = 1; i <= stops; i++) {
        later(i * step, () => fire(this.upload, 'progress', Math.round((total * Math.min(answer.upTo, i * 10)) / 100), total));
      }
      return;
    }
    later(answer.delay ?? 300, () => {
      fire(this.upload, 'progress', total, total);
      fire(this.upload, 'load', total, total);
      this.status = answer.status;
      this.statusText = String(answer.status);
      this.responseURL = this.#url;
      this.#headers.set('content-type', answer.contentType ?? 'application/json');
      this.response = this.responseText = JSON.stringify(answer.body);
      this.#finish('load');
    });
  }

  abort(): void {
    if (this.readyState === 4 || this.readyState === 0) return;
    this.#finish('abort');
  }

  /** Stops the timers of a request still under way, without a word: the story it belonged to has gone. */
  forget(): void {
    this.#timers.forEach(clearTimeout);
    this.#timers = [];
  }

  #finish(type: 'load' | 'error' | 'abort'): void {
    this.forget();
    this.#server?.requests.delete(this);
    this.readyState = 4;
    fire(this as unknown as EventTarget & Record<string, unknown>, 'readystatechange');
    fire(this as unknown as EventTarget & Record<string, unknown>, type);
    fire(this as unknown as EventTarget & Record<string, unknown>, 'loadend');
  }
}

/** `<story-form-fake-server .answer=…>`: the fake is in place while this element is in the page. */
export class FakeServer extends HTMLElement {
  /** One answer for every request, or one per request in turn (the last one for every request after that). */
  answer?: FakeAnswer | readonly FakeAnswer[];
  readonly requests = new Set<FakeXMLHttpRequest>();
  /** Every request sent to this fake, in order. */
  readonly received: FakeRequest[] = [];

  /** Records a request and says how to answer it. */
  next(request: FakeRequest): FakeAnswer | undefined {
    this.received.push(request);
    const { answer } = this;
    if (!Array.isArray(answer)) return answer as FakeAnswer | undefined;
    return answer[Math.min(this.received.length, answer.length) - 1];
  }

  connectedCallback(): void {
    this.style.display = 'contents';
    if (active.length === 0) {
      original = window.XMLHttpRequest;
      window.XMLHttpRequest = FakeXMLHttpRequest as unknown as typeof XMLHttpRequest;
    }
    active = [...active.filter((s) => s !== this), this];
  }

  disconnectedCallback(): void {
    for (const request of this.requests) request.forget();
    this.requests.clear();
    active = active.filter((s) => s !== this);
    if (active.length === 0 && original) {
      window.XMLHttpRequest = original;
      original = undefined;
    }
  }
}

/**
 * Registers `<story-form-fake-server>`. A function to call rather than a side effect of importing this module:
 * package.json's `sideEffects` does not list stories/, so the bundler would drop a bare import of it.
 */
export function defineFakeServer(): void {
  if (!customElements.get('story-form-fake-server')) customElements.define('story-form-fake-server', FakeServer);
}

declare global {
  interface HTMLElementTagNameMap {
    'story-form-fake-server': FakeServer;
  }
}
