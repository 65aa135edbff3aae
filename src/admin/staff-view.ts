/**
 * Staff (admins only, at /admin#staff): who may sign in, with their role and whether they have set a
 * password; adding a member, which makes their one-time set-up link (valid 72 hours, as
 * `npm run staff -- add` prints it): the receiver emails it to them, or, without SMTP, the page shows it to send; a new link for a member who lost theirs, forgot their password or
 * was revoked (a reset: their password and sessions end until they use it); and revoking a member, after a confirmation, which ends their sessions at once.
 * An admin cannot revoke themselves (the server refuses it too).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/localize.js';
import { api, Problem, type StaffMember } from './api.js';
import { errorSummary, fieldError, focusSummary, type FieldErrors } from './error-summary.js';
import type { ScAdmin } from './sc-admin.js';

export interface StaffState {
  data?: StaffMember[];
  failed?: boolean;
  /** The set-up link just made, and for whom: emailed to them, or (no email on the receiver) its URL to send. */
  link?: { email: string; emailed: boolean; url?: string };
  /** The member whose revocation waits for a confirmation. */
  confirming?: string;
  /** What the last change did (announced), or why it failed. */
  done?: string;
  error?: string;
}

type Role = StaffMember['role'];

export const roleLabel = (role: Role) => (role === 'admin' ? msg('Admin') : msg('Reviewer'));

function stateLabel(member: StaffMember): string {
  if (member.revoked) return msg('Revoked');
  return member.has_password ? msg('Active') : msg('Waiting for set-up');
}

const failed = (error: unknown) =>
  error instanceof Problem && error.status === 0
    ? msg('The server could not be reached. Check the connection and try again.')
    : msg('The change could not be saved. Reload the page and try again.');

/** After a change: the list again, and focus where the change is told. */
async function reload(app: ScAdmin, state: Omit<StaffState, 'data'>, focus: string): Promise<void> {
  const data = await api.staff().catch(() => app.staff.data);
  app.staff = { ...state, data };
  await app.updateComplete;
  app.shadowRoot?.querySelector<HTMLElement>(focus)?.focus();
}

async function newLink(app: ScAdmin, email: string, role: Role): Promise<boolean> {
  try {
    const { emailed, setup_url: url } = await api.addStaff(email, role, app.locale);
    await reload(app, { link: { email, emailed, url } }, '#setup-link-heading');
    return true;
  } catch (error) {
    app.handle(error, () => (app.staff = { ...app.staff, done: undefined, error: failed(error) }));
    return false;
  }
}

async function revoke(app: ScAdmin, email: string): Promise<void> {
  try {
    await api.revokeStaff(email);
    await reload(app, { done: msg(str`${email} is revoked: they are signed out and can no longer sign in.`) }, 'h1');
  } catch (error) {
    app.handle(error, () => (app.staff = { ...app.staff, confirming: undefined, done: undefined, error: failed(error) }));
  }
}

async function add(app: ScAdmin, event: Event): Promise<void> {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form);
  const email = String(data.get('staff-email') ?? '').trim();
  const role = data.get('staff-role') === 'admin' ? 'admin' : 'reviewer';
  const errors: FieldErrors = new Map();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.set('staff-email', msg('Enter an email address, like name@example.org'));
  else if (app.staff.data?.some((member) => member.email === email.toLowerCase() && !member.revoked)) {
    errors.set('staff-email', msg('This person is on the staff already: give them a new link from the list'));
  }
  if (errors.size) {
    app.form = { errors };
    await focusSummary(app);
    return;
  }
  app.form = { errors: new Map() };
  if (await newLink(app, email, role)) form.reset();
}

async function copyLink(app: ScAdmin, url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    app.staff = { ...app.staff, done: msg('The link is copied.') };
  } catch {
    app.staff = { ...app.staff, done: msg('The link could not be copied: select it and copy it yourself.') };
  }
}

function renderLink(app: ScAdmin, link: StaffState['link'] & {}) {
  if (link.emailed || !link.url) {
    return html`<section class="notice" aria-labelledby="setup-link-heading">
      <h2 id="setup-link-heading" tabindex="-1">${msg(str`The set-up link is emailed to ${link.email}`)}</h2>
      <p>${msg('The receiver sends it by email, and tries again if the mail server does not answer. It can be used once, within 72 hours, to choose their password; a new link replaces it.')}</p>
    </section>`;
  }
  const url = link.url;
  return html`<section class="notice" aria-labelledby="setup-link-heading">
    <h2 id="setup-link-heading" tabindex="-1">${msg(str`The set-up link for ${link.email}`)}</h2>
    <p id="setup-link-hint">${msg('This receiver has no email server set up (SMTP_URL), so the link is not emailed: send it to them yourself.')}
      ${msg('Send them this link. It can be used once, within 72 hours, to choose their password; a new link replaces it.')}</p>
    <label for="setup-link">${msg('Set-up link')}</label>
    <input id="setup-link" type="text" readonly .value=${url} aria-describedby="setup-link-hint" @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
    <button type="button" class="secondary" @click=${() => copyLink(app, url)}>${msg('Copy the link')}</button>
  </section>`;
}

function renderActions(app: ScAdmin, member: StaffMember) {
  if (member.email === app.session?.email) return html`${msg('(you)')}`;
  const who = html`<span class="visually-hidden"> ${member.email}</span>`;
  if (app.staff.confirming === member.email) {
    const cancel = async () => {
      app.staff = { ...app.staff, confirming: undefined };
      await app.updateComplete;
      app.shadowRoot?.getElementById(`revoke-${member.email}`)?.focus();
    };
    return html`<div class="confirm" role="group" aria-labelledby="confirm-${member.email}">
      <p id="confirm-${member.email}">${msg(str`Revoke ${member.email}? They are signed out at once and can no longer sign in.`)}</p>
      <button type="button" id="confirm-revoke" @click=${() => revoke(app, member.email)}>${msg('Revoke')}${who}</button>
      <button type="button" class="secondary" @click=${cancel}>${msg('Cancel')}</button>
    </div>`;
  }
  const ask = async () => {
    app.staff = { ...app.staff, confirming: member.email, done: undefined, error: undefined };
    await app.updateComplete;
    app.shadowRoot?.getElementById('confirm-revoke')?.focus();
  };
  return html`<button type="button" class="secondary" @click=${() => newLink(app, member.email, member.role)}>${msg('New set-up link')}${who}</button>
    ${member.revoked ? nothing : html`<button type="button" class="secondary" id="revoke-${member.email}" @click=${ask}>${msg('Revoke')}${who}</button>`}`;
}

export function renderStaff(app: ScAdmin) {
  const heading = html`<h1 tabindex="-1">${msg('Staff')}</h1>`;
  const state = app.staff;
  if (app.session?.role !== 'admin') return html`${heading}<p>${msg('Only an admin can manage the staff.')}</p>`;
  if (state.failed) return html`${heading}<p class="field-error" role="alert">${msg('The staff could not be loaded. Try again.')}</p>`;
  if (!state.data) return html`${heading}<p role="status">${msg('Loading')}</p>`;
  const errors = app.form.errors;
  const invalid = errors.has('staff-email');
  return html`${heading}
    <p>${msg('Who can sign in to the back office. Reviewers review, publish and choose stories for the book; admins can also manage the staff.')}
      ${msg('A new set-up link is a reset: the member’s password and sessions end until they use it.')}</p>
    <p role="status">${state.done ?? ''}</p>
    ${state.error ? html`<p class="field-error" role="alert">${state.error}</p>` : nothing}
    ${state.link ? renderLink(app, state.link) : nothing}
    <table>
      <caption class="visually-hidden">${msg('Staff members')}</caption>
      <thead><tr><th scope="col">${msg('Email address')}</th><th scope="col">${msg('Role')}</th><th scope="col">${msg('State')}</th><th scope="col">${msg('Actions')}</th></tr></thead>
      <tbody>${state.data.map((member) => html`<tr>
        <th scope="row">${member.email}</th><td>${roleLabel(member.role)}</td><td>${stateLabel(member)}</td><td><div class="actions">${renderActions(app, member)}</div></td>
      </tr>`)}</tbody>
    </table>

    <h2 id="add-staff">${msg('Add a staff member')}</h2>
    <form class="narrow" novalidate aria-labelledby="add-staff" @submit=${(event: Event) => add(app, event)}>
      ${errorSummary(errors, app.form.general)}
      <div class="field ${invalid ? 'invalid' : ''}">
        <label for="staff-email">${msg('Email address')}</label>
        ${fieldError(errors, 'staff-email')}
        <input id="staff-email" name="staff-email" type="email" autocomplete="off" spellcheck="false"
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ifDefined(invalid ? 'staff-email-error' : undefined)} />
      </div>
      <fieldset class="field">
        <legend>${msg('Role')}</legend>
        <div><input type="radio" id="staff-role-reviewer" name="staff-role" value="reviewer" checked /> <label class="inline" for="staff-role-reviewer">${roleLabel('reviewer')}</label></div>
        <div><input type="radio" id="staff-role-admin" name="staff-role" value="admin" /> <label class="inline" for="staff-role-admin">${roleLabel('admin')}</label></div>
      </fieldset>
      <button type="submit">${msg('Add and make a set-up link')}</button>
    </form>`;
}
