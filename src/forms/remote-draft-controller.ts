/**
 * Drafts kept on the receiver, opt-in: when the form's endpoint offers them (`GET {endpoint}/drafts`, see
 * src/schema/draft.ts), "Save and continue later" stores the answers and chosen files there and gives a private
 * link; opening the link on any device restores everything, files included (remote-draft-files.ts). An endpoint
 * that does not offer drafts (any other answer) changes nothing: the form shows nothing new and keeps its local draft.
 *
 * The link carries its secret in the fragment (`#draft=<token>`), not the query: a fragment is never sent to the
 * site that serves the page, so the secret stays out of its access logs and out of Referer headers; only the
 * receiver sees it, and stores only its hash. `?draft=<token>` is read too, for mail programs that drop fragments.
 *
 * A story's owner may also invite the partner city: the story form's extension (src/story-form/invitation.ts and
 * invite.ts, loaded with this part) makes the partner's link, follows a story being sent, and opens the partner's view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Values } from './model.js';
import { chosenFiles, restoreDraft, type DraftFile } from './remote-draft-files.js';
import { renderDraftActions, renderDraftNotice } from './render-remote-draft.js';
import type { SisterCityForm } from './sister-city-form.js';
import type { SuccessDetail } from './send-controller.js';

type Host = SisterCityForm;

export type { DraftFile };

/** What a link opened (`GET {endpoint}/drafts/{token}`). */
export interface OpenedDraft {
  role: 'owner' | 'partner';
  values: Values;
  files: DraftFile[];
  expires_at: string;
  side?: Values;
  side_files?: DraftFile[];
  invited?: boolean;
}

/** A form's own part of the feature (the story form's invitation, src/story-form/invite.ts). */
export interface DraftExtension {
  invitePanel?(host: Host, remote: RemoteDraftController): TemplateResult | typeof nothing;
  partnerView?(host: Host, remote: RemoteDraftController): TemplateResult | typeof nothing;
  /** Opens the partner's link: the story so far and the partner's side. */
  openPartner?(host: Host, remote: RemoteDraftController, opened: OpenedDraft, token: string): Promise<void>;
  /** A payload about to be sent without the owner's saved answers (nor by the partner). */
  sending?(remote: RemoteDraftController, payload: Values): void;
  /** The answers were sent: `link` is the owner's link and the partner's they were sent with, if any; `detail`, the receiver's answer. */
  sent?(remote: RemoteDraftController, link: { token?: string; invite?: RemoteDraftController['invite'] } | undefined, detail: SuccessDetail): void;
}

/** Why a link opened nothing, or why saving failed: said plainly on the form. */
export type DraftProblem = 'expired' | 'revoked' | 'unknown' | 'sent' | 'busy' | 'failed';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The link's secret in the page's address, and the language the link asks for (`&lang=ja`), if any. */
export function linkInAddress(): { token?: string; lang?: string } {
  if (typeof location === 'undefined') return {};
  const hash = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  const token = hash.get('draft') ?? query.get('draft') ?? undefined;
  const lang = hash.get('lang') ?? query.get('lang') ?? undefined;
  return { token: token && TOKEN.test(token) ? token : undefined, lang: lang && /^(en|ja|fr-CA)$/.test(lang) ? lang : undefined };
}

/** The page without a draft in its address, where a link made here opens. */
export const pageAddress = () => `${location.origin}${location.pathname}${location.search.replace(/([?&])draft=[^&]*&?/, '$1').replace(/[?&]$/, '')}`;

export class RemoteDraftController {
  token?: string;
  role?: 'owner' | 'partner';
  expiresAt?: string;
  busy = false;
  problem?: DraftProblem;
  /** The reference of a draft already sent (its owner's link then opens nothing). */
  reference?: string;
  /** Whether the answers came from a link. */
  opened = false;
  /** For the partner: the story so far. */
  story?: { values: Values; files: DraftFile[] };
  /** The partner's link, once made. */
  invite?: { token: string; expiresAt: string };
  /** The owner's link of a story just sent (its saved answers' link, or the one made as it was sent): the partner can still be invited from the confirmation. */
  sentToken?: string;
  /** The payload being sent that asked for the sender's own link (its secret is put in by send-controller.ts). */
  asking?: Values;
  /** The address the link was emailed to. */
  emailed?: string;
  /** Which link field's link was just copied. */
  copied?: string;
  /** The address to email the link to is not one. */
  emailError?: boolean;

  /**
   * @param base The form's own endpoint (the partner's side is sent under it).
   * @param offer What the receiver offers.
   */
  constructor(
    readonly host: Host,
    readonly base: string,
    readonly offer: { days: number; invite: boolean },
    readonly extension?: DraftExtension,
  ) {
    host.addEventListener('sister-city-submit', (event) => {
      const { payload } = (event as CustomEvent<{ payload: Values }>).detail;
      if (this.role === 'owner' && this.token) payload.draft = this.token;
      else if (this.role !== 'partner') extension?.sending?.(this, payload);
    });
    host.addEventListener('sister-city-success', (event) => {
      // The saved answers are gone with the owner's link; the extension may keep it to invite the partner.
      const link = this.role === 'owner' ? { token: this.token, invite: this.invite } : undefined;
      if (link) this.forget();
      extension?.sent?.(this, link, (event as CustomEvent<SuccessDetail>).detail);
    });
  }

  notice() {
    return renderDraftNotice(this.host, this);
  }

  actions() {
    return renderDraftActions(this.host, this);
  }

  /** On the confirmation of a story sent: its partner's link, or the button that makes it; for the partner, until when they may correct their side. */
  afterSent() {
    if (this.host.phase !== 'success') return nothing;
    if (this.role === 'partner') return this.notice(); // the partner's side sent: until when their link corrects it (partnerView)
    if (!this.sentToken || !this.extension?.invitePanel) return nothing;
    return html`<div class="draft-link no-print" part="notice">${this.extension.invitePanel(this.host, this)}</div>`;
  }

  /** Where the receiver keeps this form's drafts. */
  get url() {
    return `${this.base.replace(/\/+$/, '')}/drafts`;
  }

  /** Opens the link in the page's address, if there is one. */
  async start(): Promise<void> {
    const { token, lang } = linkInAddress();
    if (lang) this.host.setAttribute('lang', lang);
    if (token) await this.open(token);
    this.host.requestUpdate();
  }

  /** Opens a link: the owner's answers and files, or the partner's view (the extension's). */
  async open(token: string): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      const response = await fetch(`${this.url}/${token}`, { headers: { Accept: 'application/json' }, credentials: 'omit' });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        this.problem = response.status === 429 ? 'busy' : (['expired', 'revoked', 'sent', 'unknown'].includes(body.reason) ? body.reason : 'failed');
        this.reference = typeof body.reference === 'string' ? body.reference : undefined;
        this.host.focusAfterRender = '#draft-problem';
        return;
      }
      const opened = body as OpenedDraft;
      this.token = token;
      this.role = opened.role;
      this.expiresAt = opened.expires_at;
      this.opened = true;
      if (opened.role === 'owner') {
        if (opened.invited) this.invite = undefined;
        await restoreDraft(this.host, this.base, opened.values, opened.files, token);
      } else await this.extension?.openPartner?.(this.host, this, opened, token);
      this.host.focusAfterRender = '#draft-opened';
    } catch {
      this.problem = 'failed';
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** "Save and continue later": stores the answers and files; `email`, if given, gets the link. */
  async save(email?: string): Promise<void> {
    if (this.busy) return;
    const { host } = this;
    this.busy = true;
    this.problem = undefined;
    host.requestUpdate();
    try {
      const chosen = chosenFiles(host);
      const form = new FormData();
      const files = chosen.map(({ path, file }, i) => ({ path, part: `file-${i}`, name: file.name, size: file.size }));
      const payload = { values: host.values, files, locale: host.locale, ...(email ? { email, page: pageAddress() } : {}) };
      form.append('payload', new Blob([JSON.stringify(payload)], { type: 'application/json' }));
      chosen.forEach(({ file }, i) => form.append(`file-${i}`, file, file.name));
      const response = await fetch(this.token ? `${this.url}/${this.token}` : this.url, { method: 'POST', body: form, credentials: 'omit' });
      const body = await response.json().catch(() => ({}));
      if (response.ok && typeof body.token === 'string') {
        this.token = body.token;
        this.role = 'owner';
        this.expiresAt = body.expires_at;
        this.emailed = email;
        host.focusAfterRender = email ? '#draft-emailed' : '#draft-saved';
        return;
      }
      if (response.status === 404 || response.status === 410) {
        // The link stopped working (revoked or expired): the next save makes a new one; the answers are still here.
        this.forget();
        this.problem = body.reason === 'revoked' ? 'revoked' : 'expired';
      } else this.problem = response.status === 429 ? 'busy' : 'failed';
      host.focusAfterRender = '#draft-problem';
    } catch {
      this.problem = 'failed';
      host.focusAfterRender = '#draft-problem';
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }

  /** Makes the link stop working (the answers stay on the page); with `partner`, the partner's link instead. */
  async revoke(partner = false): Promise<void> {
    // Once the story is sent, the partner's link is ended with the story's own link.
    const token = partner ? (this.token ?? this.sentToken) : this.token;
    if (!token || this.busy) return;
    this.busy = true;
    try {
      const response = await fetch(`${this.url}/${token}/revoke`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ partner }), credentials: 'omit',
      });
      if (!response.ok) throw new Error(String(response.status));
      if (partner) this.invite = undefined;
      else this.forget();
      this.problem = undefined;
      this.host.focusAfterRender = partner ? '#invite-button' : '#draft-save';
    } catch {
      this.problem = 'failed';
      this.host.focusAfterRender = '#draft-problem';
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets the owner's link (stopped, expired or sent): the next save makes a new one. */
  forget(): void {
    this.token = undefined;
    this.expiresAt = undefined;
    this.invite = undefined;
    this.emailed = undefined;
    if (this.role === 'owner') this.role = undefined;
  }
}
