/**
 * What the form shows of drafts kept on the receiver (remote-draft-controller.ts): a plain notice when a link
 * opened the answers or could not, and "Save and continue later" with the private link, its expiry, emailing it
 * and stopping it. Nothing at all when the endpoint does not offer drafts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { heading } from './heading.js';
import { pageAddress, type RemoteDraftController } from './remote-draft-controller.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = SisterCityForm;

export const longDate = (locale: string, iso?: string) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso)) : '');

/** The private link to show: the page's address with the secret in its fragment (see the controller). */
export const linkFor = (token: string, lang?: string) => `${pageAddress()}#draft=${token}${lang ? `&lang=${lang}` : ''}`;

function problemText(remote: RemoteDraftController): string {
  switch (remote.problem) {
    case 'expired':
      return msg(str`This link has expired: saved answers are kept ${remote.offer?.days ?? 30} days after they were last saved. Anything on this page is still here.`);
    case 'revoked':
      return msg('This link was stopped by the person who made it, so it no longer opens the answers. Anything on this page is still here.');
    case 'unknown':
      return msg('This link does not open any saved answers. Check that you copied the whole link.');
    case 'sent':
      return msg(str`These answers were already sent, with the reference ${remote.reference ?? ''}. The link no longer opens them.`);
    case 'busy':
      return msg('Too many tries in a short time. Wait a few minutes and try again.');
    default:
      return msg('The saved answers could not be reached. Check your connection and try again.');
  }
}

/** Above the questions: what opening a link did. */
export function renderDraftNotice(host: Host, remote: RemoteDraftController): TemplateResult | typeof nothing {
  if (remote.problem) {
    return html`<div class="notice draft-problem" part="notice" id="draft-problem" tabindex="-1" role="alert"><p>${problemText(remote)}</p></div>`;
  }
  if (remote.busy && !remote.token) return html`<p class="notice" part="notice" role="status">${msg('Opening the saved answers…')}</p>`;
  if (remote.opened && remote.role === 'owner') {
    return html`<div class="notice" part="notice" id="draft-opened" tabindex="-1">
      <p>${msg(str`We opened the answers saved with your link, files included. The link works until ${longDate(host.locale, remote.expiresAt)}.`)}</p>
    </div>`;
  }
  if (remote.role === 'partner') return remote.extension?.partnerView?.(host, remote) ?? nothing;
  return nothing;
}

async function copy(host: Host, remote: RemoteDraftController, id: string): Promise<void> {
  const input = (host as unknown as HTMLElement).shadowRoot?.getElementById(id) as HTMLInputElement | null;
  if (!input) return;
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    remote.copied = id;
  } catch {
    remote.copied = undefined; // the link is selected: the reader can copy it with the keyboard
  }
  host.requestUpdate();
}

/** A private link in a read-only field, with a button that copies it. */
export function renderLink(host: Host, remote: RemoteDraftController, id: string, label: string, link: string): TemplateResult {
  return html`<div class="field">
      <label for=${id} part="label">${label}</label>
      <input id=${id} part="input" type="text" readonly .value=${link} spellcheck="false" />
    </div>
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${() => copy(host, remote, id)}>${msg('Copy the link')}</button>
    </div>
    <p role="status">${remote.copied === id ? msg('The link is copied.') : nothing}</p>`;
}

function sendByEmail(host: Host, remote: RemoteDraftController, event: Event) {
  event.preventDefault();
  const input = (host as unknown as HTMLElement).shadowRoot?.getElementById('draft-email') as HTMLInputElement | null;
  const email = input?.value.trim() ?? '';
  remote.emailError = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? undefined : true;
  if (remote.emailError) {
    host.requestUpdate();
    return;
  }
  void remote.save(email);
}

/** Below the questions: "Save and continue later", and the link once saved. */
export function renderDraftActions(host: Host, remote: RemoteDraftController): TemplateResult | typeof nothing {
  if (remote.role === 'partner' || host.phase === 'success' || host.phase === 'sending') return nothing;
  const saved = remote.token && remote.role === 'owner';
  const emailInvalid = remote.emailError === true;
  return html`<div class="draft-link" part="notice">
    ${saved
      ? html`${heading('draft-saved', msg('Your answers are saved'), host.headingLevel + 1, true)}
          <p>
            ${msg(str`Use this private link to continue on any device, files included. It works until ${longDate(host.locale, remote.expiresAt)}: saved answers are kept ${remote.offer.days} days after they were last saved.`)}
          </p>
          ${renderLink(host, remote, 'draft-link', msg('Your private link'), linkFor(remote.token!))}
          <p class="hint">${msg('Anyone with this link can open your answers. Do not share it.')}</p>
          <div class="field ${emailInvalid ? 'invalid' : ''}">
            <label for="draft-email" part="label">${msg('Email the link to')}</label>
            ${emailInvalid
              ? html`<p class="error-message" id="draft-email-error" part="error"><span class="visually-hidden">${msg('Error:')}</span> ${msg('Enter an email address in the right format, like name@example.com')}</p>`
              : nothing}
            <input id="draft-email" part="input" type="email" autocomplete="email" spellcheck="false"
              aria-invalid=${emailInvalid ? 'true' : 'false'} aria-describedby=${emailInvalid ? 'draft-email-error' : nothing}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && sendByEmail(host, remote, e)} />
          </div>
          <div class="actions">
            <button type="button" class="secondary" part="button" @click=${(e: Event) => sendByEmail(host, remote, e)}>${msg('Email the link')}</button>
            <button type="button" class="secondary" part="button" @click=${() => remote.save()} aria-disabled=${remote.busy ? 'true' : 'false'}>${msg('Save again')}</button>
            <button type="button" class="secondary" part="button" @click=${() => remote.revoke()}>${msg('Stop this link working')}</button>
          </div>
          <p role="status" id="draft-emailed" tabindex="-1">${remote.emailed ? msg(str`The link was sent to ${remote.emailed}.`) : nothing}</p>
          ${remote.extension?.invitePanel?.(host, remote) ?? nothing}`
      : html`<div class="actions">
          <button type="button" id="draft-save" class="secondary" part="button" aria-disabled=${remote.busy ? 'true' : 'false'} @click=${() => remote.save()}>
            ${remote.busy ? msg('Saving…') : msg('Save and continue later')}
          </button>
        </div>
        <p class="hint">${msg(str`Keeps your answers and files on the server for ${remote.offer.days} days and gives you a private link to continue on any device.`)}</p>`}
  </div>`;
}
