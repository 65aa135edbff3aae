/** The set-up of a password (from the link `npm run staff -- add` prints) and the sign-in. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/localize.js';
import { api, Problem } from './api.js';
import { errorSummary, fieldError, focusSummary, type FieldErrors } from './error-summary.js';
import type { ScAdmin } from './sc-admin.js';

export interface FormState {
  errors: FieldErrors;
  general?: string;
  busy?: boolean;
}

const MIN_PASSWORD = 12;

const field = (app: ScAdmin, id: string, label: string, type: string, autocomplete: string, hint = '') => html`<div class="field ${app.form.errors.has(id) ? 'invalid' : ''}">
  <label for=${id}>${label}</label>
  ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
  ${fieldError(app.form.errors, id)}
  <input id=${id} name=${id} type=${type} autocomplete=${autocomplete} spellcheck="false"
    aria-invalid=${app.form.errors.has(id) ? 'true' : 'false'}
    aria-describedby=${ifDefined([hint ? `${id}-hint` : '', app.form.errors.has(id) ? `${id}-error` : ''].join(' ').trim() || undefined)} />
</div>`;

function values(event: Event): Record<string, string> {
  event.preventDefault();
  return Object.fromEntries([...new FormData(event.target as HTMLFormElement)].map(([name, value]) => [name, String(value)]));
}

async function fail(app: ScAdmin, errors: FieldErrors, general?: string) {
  app.form = { errors, general };
  await focusSummary(app);
}

const unreachable = () => msg('The server could not be reached. Check the connection and try again.');

export function renderSetup(app: ScAdmin) {
  const token = location.hash.slice(1);
  const submit = async (event: Event) => {
    const { password, confirm } = values(event);
    const errors: FieldErrors = new Map();
    if (password.length < MIN_PASSWORD) errors.set('password', msg(str`Enter a password of at least ${MIN_PASSWORD} characters`));
    else if (password !== confirm) errors.set('confirm', msg('Enter the same password twice'));
    if (errors.size) return fail(app, errors);
    try {
      await api.setUp(token, password);
      app.notice = msg('Your password is set. Sign in with it.');
      history.replaceState(null, '', '/admin');
      app.show('sign-in');
    } catch (error) {
      const status = error instanceof Problem ? error.status : 0;
      if (status === 422) return fail(app, new Map([['password', msg(str`Enter a password of at least ${MIN_PASSWORD} characters`)]]));
      return fail(app, new Map(), status === 400 ? msg('This set-up link was used already or has expired. Ask an admin for a new one.') : unreachable());
    }
    return undefined;
  };
  return html`<h1 tabindex="-1">${msg('Choose your password')}</h1>
    ${token ? '' : html`<p>${msg('This page needs the set-up link you were sent. Open the whole link.')}</p>`}
    <form class="narrow" novalidate @submit=${submit}>
      ${errorSummary(app.form.errors, app.form.general)}
      ${field(app, 'password', msg('New password'), 'password', 'new-password', msg(str`At least ${MIN_PASSWORD} characters. A few unrelated words are easy to remember.`))}
      ${field(app, 'confirm', msg('The same password again'), 'password', 'new-password')}
      <button type="submit">${msg('Set the password')}</button>
    </form>`;
}

export function renderSignIn(app: ScAdmin) {
  const submit = async (event: Event) => {
    const { email, password } = values(event);
    const errors: FieldErrors = new Map();
    if (!email.trim()) errors.set('email', msg('Enter your email address'));
    if (!password) errors.set('password', msg('Enter your password'));
    if (errors.size) return fail(app, errors);
    try {
      app.session = await api.signIn(email, password);
      app.notice = '';
      await app.route();
    } catch (error) {
      const status = error instanceof Problem ? error.status : 0;
      const general =
        status === 401 ? msg('The email address or the password is wrong.')
        : status === 429 ? msg('Too many attempts to sign in. Wait 15 minutes and try again.')
        : unreachable();
      return fail(app, new Map(), general);
    }
    return undefined;
  };
  return html`<h1 tabindex="-1">${msg('Sign in')}</h1>
    ${app.notice ? html`<p class="notice" role="status">${app.notice}</p>` : ''}
    <form class="narrow" novalidate @submit=${submit}>
      ${errorSummary(app.form.errors, app.form.general)}
      ${field(app, 'email', msg('Email address'), 'email', 'username')}
      ${field(app, 'password', msg('Password'), 'password', 'current-password')}
      <button type="submit">${msg('Sign in')}</button>
    </form>`;
}
