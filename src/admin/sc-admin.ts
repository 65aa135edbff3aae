/**
 * `<sc-admin>`: the staff pages, one element served at /admin by the receiver (server/admin-pages.ts).
 * It shows, by the address: /admin/setup#<token> the set-up of a password; /admin the sign-in, then the
 * list of submissions; /admin#submission/<id> one submission; /admin#coverage the pairings file beside the
 * stories received; /admin#book the stories chosen for the book; /admin#staff (admins) who may sign in. The language follows the browser
 * (`navigator.language`) until the member picks one in the menu (kept in localStorage).
 *
 * @summary The back office's pages for staff.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { LOCALES, matchLanguage, type Locale } from '../i18n/language.js';
import { inLocale, isLocaleLoaded, loadLocale, msg } from '../i18n/localize.js';
import { strings } from '../generated/strings/all.js';
import { hostStyles } from '../theme/tokens.js';
import { adminStyles } from './admin.styles.js';
import { api, Problem, type Session } from './api.js';
import { BookRefresh } from './book-refresh.js';
import { renderBookList, type BookState } from './book-view.js';
import { renderCoverage, type CoverageState } from './coverage-view.js';
import { renderDetail, type DetailState } from './detail-view.js';
import { renderList, type ListState } from './list-view.js';
import { renderSetup, renderSignIn, type FormState } from './sign-in-view.js';
import { renderStaff, type StaffState } from './staff-view.js';

const LANGUAGE_KEY = 'sc-admin-language';
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語', 'fr-CA': 'Français (Canada)' };

export type View = 'loading' | 'setup' | 'sign-in' | 'list' | 'detail' | 'coverage' | 'book' | 'staff';

export class ScAdmin extends LitElement {
  static override styles = [hostStyles, adminStyles];
  static override properties = {
    view: { state: true },
    session: { state: true },
    form: { state: true },
    list: { state: true },
    detail: { state: true },
    coverage: { state: true },
    book: { state: true },
    staff: { state: true },
    locale: { state: true },
  };

  view: View = 'loading';
  session?: Session;
  form: FormState = { errors: new Map() };
  list: ListState = { filter: { kind: '', status: '', q: '', from: '', to: '' } };
  detail: DetailState = { errors: new Map() };
  coverage: CoverageState = {};
  book: BookState = {};
  staff: StaffState = {};
  locale: Locale = matchLanguage(localStorage.getItem(LANGUAGE_KEY) ?? navigator.language);
  /** A message for the sign-in page (after setting a password, or signing out). */
  notice = '';

  constructor() {
    super();
    new BookRefresh(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.route);
    void this.route();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.route);
  }

  /** Decides the view from the address and the session. */
  route = async (): Promise<void> => {
    if (location.pathname.replace(/\/$/, '') === '/admin/setup') {
      this.show('setup');
      return;
    }
    if (!this.session) {
      try {
        this.session = await api.session();
      } catch {
        this.show('sign-in');
        return;
      }
    }
    const id = /^#submission\/(.+)$/.exec(location.hash)?.[1];
    if (id) {
      this.detail = { errors: new Map() };
      this.show('detail');
      await this.loadDetail(decodeURIComponent(id));
    } else if (location.hash === '#coverage') {
      this.coverage = {};
      this.show('coverage');
      await this.load(api.coverage, (coverage) => (this.coverage = coverage));
    } else if (location.hash === '#book') {
      this.book = {};
      this.show('book');
      await this.load(api.book, (book) => (this.book = book));
    } else if (location.hash === '#staff') {
      this.staff = {};
      this.show('staff');
      if (this.session.role === 'admin') await this.load(api.staff, (staff) => (this.staff = staff));
    } else {
      this.show('list');
      await this.loadList();
    }
    await this.focusHeading(); // once loaded: the heading of a submission is its reference
  };

  /** Shows a view and moves focus to its heading, as a new page would. */
  show(view: View): void {
    this.view = view;
    this.form = { errors: new Map() };
    void this.focusHeading();
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector('h1')?.focus();
  }

  async loadList(): Promise<void> {
    try {
      this.list = { ...this.list, data: await api.list(this.list.filter), failed: false };
    } catch (error) {
      this.handle(error, () => (this.list = { ...this.list, failed: true }));
    }
  }

  async loadDetail(id: string): Promise<void> {
    try {
      this.detail = { ...this.detail, data: await api.submission(id), missing: false };
    } catch (error) {
      this.handle(error, () => (this.detail = { ...this.detail, missing: true }));
    }
  }

  /** Loads a page's data into its state: `{ data }`, or `{ failed: true }`. */
  async load<T>(fetchData: () => Promise<T>, set: (state: { data?: T; failed?: boolean }) => void): Promise<void> {
    try {
      set({ data: await fetchData() });
    } catch (error) {
      this.handle(error, () => set({ failed: true }));
    }
  }

  /** A 401 means the session ended: back to signing in. Anything else is the caller's to show. */
  handle(error: unknown, otherwise: () => void): void {
    if (error instanceof Problem && error.status === 401) {
      this.session = undefined;
      this.show('sign-in');
    } else {
      otherwise();
    }
  }

  async signOut(): Promise<void> {
    await api.signOut().catch(() => undefined);
    this.session = undefined;
    this.notice = msg('You have signed out.');
    history.replaceState(null, '', '/admin');
    this.show('sign-in');
  }

  private chooseLanguage(event: Event): void {
    this.locale = (event.target as HTMLSelectElement).value as Locale;
    localStorage.setItem(LANGUAGE_KEY, this.locale);
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.locale, strings)) await loadLocale(this.locale, strings);
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    document.documentElement.lang = this.locale;
    inLocale(this.locale, () => super.update(changed));
  }

  protected override render() {
    document.title = `${this.pageTitle()} – ${msg('Sister-city back office')}`;
    return html`<header>
        <p><strong>${msg('Sister-city back office')}</strong></p>
        <div class="who">
          <label for="language" class="visually-hidden">${msg('Language')}</label>
          <select id="language" @change=${this.chooseLanguage}>
            ${LOCALES.map((locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === this.locale}>${LANGUAGE_NAMES[locale]}</option>`)}
          </select>
          ${this.session
            ? html`<span>${this.session.email}</span><button class="secondary" type="button" @click=${() => this.signOut()}>${msg('Sign out')}</button>`
            : ''}
        </div>
      </header>
      ${this.session && this.view !== 'setup' && this.view !== 'sign-in' ? this.navigation() : ''}
      <main>${this.body()}</main>`;
  }

  private navigation() {
    const current = (view: View) => (this.view === view || (view === 'list' && this.view === 'detail') ? 'page' : undefined);
    const link = (href: string, view: View, text: string) => html`<li><a href=${href} aria-current=${current(view) ?? nothing}>${text}</a></li>`;
    return html`<nav aria-label=${msg('Staff pages')}>
      <ul>${link('#', 'list', msg('Submissions'))}${link('#coverage', 'coverage', msg('Coverage'))}${link('#book', 'book', msg('The book'))}${this.session?.role === 'admin' ? link('#staff', 'staff', msg('Staff')) : nothing}</ul>
    </nav>`;
  }

  private pageTitle(): string {
    switch (this.view) {
      case 'setup': return msg('Choose your password');
      case 'sign-in': return msg('Sign in');
      case 'list': return msg('Submissions');
      case 'detail': return this.detail.data?.reference ?? msg('Submission');
      case 'coverage': return msg('Coverage of the pairings');
      case 'book': return msg('The book');
      case 'staff': return msg('Staff');
      default: return msg('Loading');
    }
  }

  private body() {
    switch (this.view) {
      case 'setup': return renderSetup(this);
      case 'sign-in': return renderSignIn(this);
      case 'list': return renderList(this);
      case 'detail': return renderDetail(this);
      case 'coverage': return renderCoverage(this);
      case 'book': return renderBookList(this);
      case 'staff': return renderStaff(this);
      default: return html`<p role="status">${msg('Loading')}</p>`;
    }
  }
}
