/**
 * Sending the answers: the `sister-city-submit` event a site may cancel, one
 * Idempotency-Key per submission (kept in the draft), progress announced
 * politely, retries, and what each answer of the receiver leads to — the
 * confirmation, the receiver's problems at their fields, or the "not sent" panel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatCount } from './quick-format.js';
import { msg, str } from '../i18n/localize.js';
import { messageFor } from './check-answers.js';
import { fieldIndex, inFormOrder } from './check.js';
import { newKey } from './draft-keys.js';
import { fingerprint } from './drafts.js';
import type { Message, Values } from './model.js';
import { pointerToPath } from './paths.js';
import { submitWithRetry, type FilePart, type SubmitFailure } from './submit.js';
import type { SisterCityForm } from './sister-city-form.js';

/** Detail of `sister-city-submit` (cancelable: cancel it to send the payload your own way). */
export interface SubmitDetail {
  payload: Record<string, unknown>;
  files: FilePart[];
}

/** Detail of `sister-city-success`. */
export interface SuccessDetail {
  reference: string;
  id?: string;
  /** The receiver kept the sender's own link to the story: the partner city can still be invited (README, drafts). */
  invite?: true;
  /** The partner's side was sent: until when the partner's link works now (ISO 8601). */
  expiresAt?: string;
}

/** Detail of `sister-city-error`. */
export type ErrorDetail = Pick<SubmitFailure, 'kind' | 'status' | 'problem'>;

/** A private link's secret: 32 random bytes in base64url (43 characters), as the receiver makes them. */
const newSecret = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

type Host = ReactiveControllerHost &
  Pick<
    SisterCityForm,
    | 'endpoint' | 'timeout' | 'retry' | 'captcha' | 'locale' | 'values' | 'errors' | 'phase' | 'progress' | 'announcement'
    | 'failure' | 'reference' | 'summary' | 'reviewing' | 'focusAfterRender' | 'sections' | 'drafts' | 'checkAnswers' | 'messages'
    | 'renderRoot' | 'dispatchEvent'
  >;

export class SendController implements ReactiveController {
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** Set from the first moment of a send to its end, whatever has been rendered since. */
  #busy = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A form taken off the page announces nothing more. */
  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
  }

  /** Sends, unless a send is already under way (however often a button was clicked before the page caught up). */
  async send(payload: Values, files: FilePart[]): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.#send(payload, files);
    } finally {
      this.#busy = false;
      // What was announced about this send is over: a late "100% sent" or "trying again…" would be false.
      clearTimeout(this.#announceTimer);
      this.host.announcement = undefined;
    }
  }

  async #send(payload: Values, files: FilePart[]): Promise<void> {
    const { host } = this;
    const sent = host.values;
    host.phase = 'sending';
    host.progress = 0;
    host.failure = undefined;
    try {
      payload.locale = host.locale;
      payload.honeypot = (host.renderRoot.querySelector<HTMLInputElement>('#f-website')?.value ?? '') || undefined;
      if (host.captcha) payload.captcha_token = await host.captcha();
    } catch {
      return this.#fail({ ok: false, kind: 'rejected' });
    }
    const detail: SubmitDetail = { payload, files };
    if (!host.dispatchEvent(new CustomEvent('sister-city-submit', { detail, cancelable: true, bubbles: true, composed: true }))) {
      host.phase = 'editing';
      return;
    }
    const drafts = host.drafts!;
    const print = fingerprint({ payload, files: files.map(({ part, file }) => [part, file.size]) });
    if (drafts.pending?.fingerprint !== print) drafts.pending = { key: newKey(), fingerprint: print };
    // Asked for (`true`) by remote-draft-controller.ts: the sender's own link to the story, a secret made with the key
    // and kept with it, so that a retry sends the same one and a new submission never reuses it.
    if (payload.owner_token === true) payload.owner_token = drafts.pending.link ??= newSecret();
    drafts.flush();
    this.#announce(() => msg('Sending…'));
    const result = await submitWithRetry(
      {
        endpoint: host.endpoint,
        payload,
        files,
        idempotencyKey: drafts.pending.key,
        timeout: host.timeout,
        onRetry: () => {
          host.progress = 0;
          this.#announce(() => msg('Not sent yet: trying again…'));
        },
        onProgress: (loaded, total) => {
          const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
          if (Math.floor(percent / 25) > Math.floor(host.progress / 25)) {
            this.#announce(() => msg(str`${formatCount(percent, host.locale)}% sent`));
          }
          host.progress = percent;
        },
      },
      host.retry,
    );
    if (result.ok) {
      host.values = sent;
      host.phase = 'success';
      host.reference = result.reference;
      drafts.clear();
      host.focusAfterRender = '#success-heading';
      host.dispatchEvent(
        new CustomEvent<SuccessDetail>('sister-city-success', {
          detail: { reference: result.reference, id: result.id, invite: result.invite, expiresAt: result.expiresAt },
          bubbles: true,
          composed: true,
        }),
      );
      return;
    }
    if (result.kind === 'invalid') {
      const index = fieldIndex(host.sections, host.values);
      const errors = new Map<string, Message>();
      // The receiver's own words, which know why (an address that bounced, a file it could not read).
      for (const { pointer, detail: text } of result.problem?.errors ?? []) {
        if (typeof pointer !== 'string') continue;
        const path = pointerToPath(pointer);
        errors.set(path, typeof text === 'string' && text.trim() ? text.trim() : messageFor(path, index, host));
      }
      host.errors = inFormOrder(errors, host.sections, host.values);
      host.summary = true;
      host.reviewing = false;
      host.phase = 'editing';
      host.focusAfterRender = '.error-summary';
      this.#dispatchError(result);
      return;
    }
    this.#fail(result);
  }

  /** "Try again" on the "not sent" panel: checks again (the answers may have changed) and sends. */
  retry(): void {
    if (this.#busy) return;
    const checked = this.host.checkAnswers();
    if (checked) void this.send(checked.payload, checked.files);
  }

  #fail(result: SubmitFailure): void {
    this.host.failure = result;
    this.host.phase = 'failed';
    this.host.focusAfterRender = '#failure-heading';
    this.#dispatchError(result);
  }

  #dispatchError(result: SubmitFailure): void {
    this.host.dispatchEvent(
      new CustomEvent<ErrorDetail>('sister-city-error', {
        detail: { kind: result.kind, status: result.status, problem: result.problem },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Says it a moment later, so that a screen reader hears the change (made when shown, in the reader's language). */
  #announce(text: () => string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.host.announcement = text), 100);
  }
}
