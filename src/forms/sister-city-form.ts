/**
 * The form engine both forms stand on. A form is a subclass that describes its
 * sections (see model.ts) and names its schema; this element wires the parts:
 * drafts (draft-controller.ts), files (file-controller.ts), checking (check.ts),
 * sending (send-controller.ts), and the renderers of the error summary, groups,
 * the review step and the outcome panels (render-*.ts).
 *
 * The members marked "for the form's parts" are shared with those modules; they are not API.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { SisterCityElement } from '../base/sister-city-element.js';
import type { Locale } from '../i18n/language.js';
import { loadLocale, msg, type WidgetStrings } from '../i18n/localize.js';
import { loadPart, loadParts, partsLoaded } from '../i18n/parts.js';
import { fieldIndex, type Answers } from './check.js';
import type { DraftController } from './draft-controller.js';
import { hasStoredDraft, initialValues } from './draft-keys.js';
import type { DraftMode } from './drafts.js';
import { renderField, type FieldCheck, type FieldContext } from './fields.js';
import { FileController } from './file-controller.js';
import type { FileKind } from './file-check.js';
import { ariaLevel, heading } from './heading.js';
import type { Field, Message, MessageTable, Section, Values } from './model.js';
import { getPath, pathPattern, setPath } from './paths.js';
import { renderGroup } from './render-groups.js';
import { namedErrors, renderErrorSummary } from './render-summary.js';
import { SectionPacer } from './section-pacer.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry-default.js';
import type { SendController } from './send-controller.js';
import type { RemoteDraftController } from './remote-draft-controller.js';
import type { FilePart, SubmitFailure } from './submit.js';

type Sending = typeof import('./sending.js');

/**
 * What a form's checks module gives (story-checks.ts, request-checks.ts): check-answers.ts's check, the form's messages,
 * the checking of its extra field kinds (date-check.ts) and the words of its outcome panels, which only a send (after
 * a check) shows.
 */
export interface FormChecks {
  check: (typeof import('./check-answers.js'))['check'];
  messages: MessageTable;
  kinds?: Partial<Record<Field['kind'], FieldCheck>>;
  words: () => OutcomeWords;
  /** The error summary (error-summary.ts): only a check (or the receiver, after one) shows it. */
  errorSummary: (typeof import('./error-summary.js'))['errorSummary'];
}
/** What checking needs: the form's schema (zod) and check-answers.ts, loaded on first use. */
type Checks = Pick<FormChecks, 'check' | 'words' | 'errorSummary'> & { schema: z.ZodMiniType };
/** Each form class's schema: a second form of the same kind loads it once. */
const schemas = new WeakMap<Function, Promise<z.ZodMiniType>>();

export type { ErrorDetail, SubmitDetail, SuccessDetail } from './send-controller.js';

type Phase = 'editing' | 'sending' | 'failed' | 'success';

/** The words a form chooses for its own panels and buttons. */
export interface FormWords {
  submit: string;
  /** With a "check your answers" step: the button that leads to it. */
  check?: string;
  sent: string;
  nextSteps: string;
  notSent: string;
}
/** The words of the outcome panels (sent, not sent): loaded with the checks (`FormChecks.words`). */
export type OutcomeWords = Pick<FormWords, 'sent' | 'nextSteps' | 'notSent'>;
/** The words the first screen shows (`words()`): a form may give all (the partner's side, in its own part). */
export type FirstWords = Omit<FormWords, keyof OutcomeWords> & Partial<OutcomeWords>;

export abstract class SisterCityForm extends SisterCityElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    draft: {},
    draftDays: { type: Number, attribute: 'draft-days' },
    draftKey: { attribute: 'draft-key' },
    remoteDrafts: { type: Boolean, attribute: 'remote-drafts' },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    captcha: { attribute: false },
    retry: { attribute: false },
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    progress: { state: true },
    announcement: { state: true },
    failure: { state: true },
    reference: { state: true },
    restoredAt: { state: true },
    summary: { state: true },
    reviewing: { state: true },
  };

  /** URL the form posts to. */
  endpoint = '';
  /** Where drafts are kept: `session` (default), `local`, or `off`. */
  draft: DraftMode = 'session';
  /** Days a draft is kept. */
  draftDays = 7;
  /** Name that tells this form's draft apart from another form of the same kind on the site. */
  draftKey?: string;
  /** Offer "Save and continue later" on the receiver, when the endpoint keeps drafts (remote-drafts.ts). */
  remoteDrafts = false;
  /** Per try, in milliseconds. */
  timeout = 30_000;
  /** Heading level of the section headings (2–6). */
  headingLevel = 2;
  /** Called before sending; its token is sent as `captcha_token`. */
  captcha?: () => Promise<string>;
  /** Retries after network errors, timeouts, 429 and 503. */
  retry: RetryPolicy = DEFAULT_RETRY;

  // For the form's parts ------------------------------------------------------
  /** @internal */ declare locale: Locale;
  /** @internal */ values: Values = {};
  /** @internal */ errors = new Map<string, Message>();
  /** @internal */ phase: Phase = 'editing';
  /** @internal Upload progress, 0–100. */ progress = 0;
  /** @internal The polite status message. */ announcement?: () => string;
  /** @internal */ failure?: SubmitFailure;
  /** @internal */ reference = '';
  /** @internal When the restored draft was saved. */ restoredAt?: number;
  /** @internal Whether the error summary is shown: after a send was tried, as GOV.UK does. */ summary = false;
  /** @internal On the "check your answers" step. */ reviewing = false;
  /** @internal The description as last rendered. */ sections: Section[] = [];
  /** @internal A selector to focus once rendered. */ focusAfterRender?: string;
  /**
   * @internal The drafts (draft-controller.ts), loaded on the first focus or input in the form, or before
   * its first render when a draft is stored (restored before anyone can type).
   */
  drafts?: DraftController;
  /** @internal */ readonly files = new FileController(this);
  /** @internal Made on the first send, with sending.ts. */ sender!: SendController;
  /** @internal Drafts kept on the receiver: the feature, once the endpoint offered them (remote-drafts.ts). */
  readonly remote: { feature?: RemoteDraftController } = {};
  /** @internal Kinds of field the form adds to the basic ones (the story form's dates). */ kinds: FieldContext['kinds'] = {};
  /** @internal The checking of those kinds (`FormChecks.kinds`), loaded with the checks. */ fieldChecks: Answers['kinds'] = {};
  /** @internal The messages of the answers' problems (`loadChecks`), loaded with the checks. */ messages: MessageTable = { required: {} };

  #composing = false;
  /** The first screen's sections first, the rest in later tasks (section-pacer.ts). */
  readonly #pacer = new SectionPacer(this);
  /** The strings of the parts loaded on demand so far (`loadPart`): an update waits for them in the form's language. */
  #parts = new Set<WidgetStrings>();
  #drafts?: Promise<DraftController>;
  /** Whether the answers have been set up: from the stored draft, or empty. */
  #started = false;
  /** The review step, transport and outcome panels (sending.ts), loaded on the first focus or input in the form, or its first submit. */
  #sending?: Promise<Sending>;
  #outcome?: Sending;
  /** A press of the submit button waiting for the schema or the review step's code. */
  #pending?: Promise<void>;
  /** The checks of the answers with this form's messages, once loaded (`#loadSchema`): no check runs before. */
  #checks?: Checks;
  #loadingChecks?: Promise<boolean>;

  /** @internal Short name of the form in draft keys and events ("story", "request"). */
  abstract readonly formName: string;
  /** @internal The schema the answers are checked against (it carries zod: loaded on the first focus in the form). */
  abstract loadSchema(): Promise<z.ZodMiniType>;
  /**
   * @internal The check of the answers and the form's messages for their problems: a module of the form's own, loaded
   * with its strings (`loadPart`) with the schema.
   */
  abstract loadChecks(): Promise<FormChecks>;
  /** @internal Another schema for this form's answers now (the story form's partner side), if any. */
  schemaOverride(): z.ZodMiniType | undefined {
    return undefined;
  }
  /** @internal */
  abstract emptyValues(): Values;
  /** @internal The sections, built during render so that labels are in the reader's language. */
  abstract describe(values: Values): Section[];
  /** @internal */
  abstract words(): FirstWords;
  /** @internal File types and size limit for a file field. */
  abstract fileRules(field: Field & { kind: 'file' }): { types: readonly FileKind[]; maxBytes: number };
  /** @internal The message for a file of a type the field does not take. */
  abstract fileTypeMessage(field: Field): string;

  /** @internal Loads a part of the form on demand (`load`, an import()) together with the strings it shows. */
  loadPart<T>(name: string, load: () => Promise<T>): Promise<T> {
    return loadPart(this.locale, (this.constructor as typeof SisterCityForm).localeStrings, name, this.#parts, load);
  }

  /**
   * @internal Loads the drafts' code, once, with the strings of the restored draft's notice (`loadPart`); from then
   * on the answers are saved as they change.
   */
  loadDrafts(): Promise<DraftController> {
    this.#drafts ??= this.loadPart('forms/draft-controller', () => import('./draft-controller.js')).then(
      ({ DraftController }) => (this.drafts = new DraftController(this)),
      (error: unknown) => {
        // Like the widget's own chunk failing to load: the answers stay on the page; the next change tries again.
        this.#drafts = undefined;
        console.error('sister-city-widgets: could not load the drafts code', error);
        throw error;
      },
    );
    return this.#drafts;
  }

  /**
   * A stored draft is restored before the first render, so nothing typed is ever overwritten by it.
   * A part loaded on demand renders only in its language: after a change of language, its strings are loaded first.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !this.drafts && hasStoredDraft(this)) await this.loadDrafts().catch(() => undefined);
    if (!partsLoaded(this.locale, this.#parts)) {
      await Promise.all([loadParts(this.locale, this.#parts), loadLocale(this.locale, (this.constructor as typeof SisterCityForm).localeStrings)]);
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Lit SSR never connects the element: start from the same answers there as in the browser,
    // or hydration finds a different number of group items.
    if (!this.#started) {
      this.#started = true;
      if (this.drafts) this.drafts.restore();
      else this.values = initialValues(this);
    } else if ((changed.has('draft') || changed.has('draftKey')) && this.hasUpdated) void this.loadDrafts().then((drafts) => drafts.restore(), () => undefined);
  }

  protected override firstUpdated(): void {
    // After the first render, so that the form's own draft is restored first; only where the site opted in.
    if (this.remoteDrafts && this.endpoint) void import('./remote-drafts.js').then(({ offerDrafts }) => offerDrafts(this));
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  /** Deletes the draft and empties the form. */
  clearAnswers(): void {
    this.drafts?.clear();
    this.values = initialValues(this);
    this.errors = new Map();
    this.reviewing = false;
    this.restoredAt = undefined;
    this.files.forget();
    this.phase = 'editing';
    this.focusAfterRender = 'form';
  }

  /** @internal */
  set(path: string, value: unknown): void {
    this.values = setPath(this.values, path, value);
    if (this.drafts) this.drafts.schedule();
    else void this.loadDrafts().then((drafts) => drafts.schedule(), () => undefined);
  }

  /** @internal Checks every answer: shows the problems (the summary takes focus), or returns what to send. */
  checkAnswers(): { payload: Values; files: FilePart[] } | undefined {
    const { schema, check } = this.#checks!;
    const { errors, payload, files } = check(this.sections, this.#answers(), this.schemaOverride() ?? schema, this.errors);
    this.errors = errors;
    this.summary = errors.size > 0;
    if (!this.summary) return { payload, files };
    this.reviewing = false;
    this.phase = 'editing';
    this.focusAfterRender = '.error-summary';
    return undefined;
  }

  #answers() {
    return { values: this.values, locale: this.locale, messages: this.messages, kinds: this.fieldChecks, file: (path: string) => this.files.get(path) };
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    // Enter that confirms an IME conversion is not a request to send.
    if (this.#composing || this.phase === 'sending' || this.#pending) return;
    this.#sending ??= this.#loadSendingCode();
    if (this.#checks) this.#submit();
    else this.#pending ??= this.#loadSchema().then((loaded) => {
      this.#pending = undefined;
      if (loaded) this.#submit();
    });
  }

  /** A press waiting for what it needs (loaded on first use) is part of the update it leads to. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.#pending) await this.#pending;
    // Complete once every section is rendered, not only the first screen's.
    await this.#pacer.done;
    return super.getUpdateComplete();
  }

  /** On the first focus or input in the form: loads what checking and sending the answers need. */
  #prepare = (): void => {
    void this.#loadSchema();
    this.#sending ??= this.#loadSendingCode();
    void this.loadDrafts().catch(() => undefined);
  };

  #loadSendingCode(): Promise<Sending> {
    // Sending keeps the submission's key in the draft: the drafts' code comes with it.
    return this.loadPart('forms/sending', () => Promise.all([import('./sending.js'), this.loadDrafts()]).then(([sending]) => sending));
  }

  /**
   * Starts loading the checks of the answers, once per form (the schema once per kind of form): on the first focus
   * in a form, or its first submit. Resolves once the schema and this form's messages, with their strings in its
   * language, are in: only then can a check run, so no problem is ever shown without its message. (A language
   * changed later waits for the messages' strings too, as for any part: `loadPart`.)
   */
  #loadSchema(): Promise<boolean> {
    const kind = this.constructor;
    let schema = schemas.get(kind);
    if (!schema) {
      schema = this.loadSchema();
      schemas.set(kind, schema);
      schema.catch(() => schemas.delete(kind));
    }
    this.#loadingChecks ??= Promise.all([schema, this.loadChecks()]).then(
      ([schema, { check, messages, kinds, words, errorSummary }]) => {
        this.messages = messages;
        this.fieldChecks = kinds ?? {};
        this.#checks = { schema, check, words, errorSummary };
        return true;
      },
      (error: unknown) => {
        // Like the widget's own chunk failing to load; the next press tries again.
        this.#loadingChecks = undefined;
        console.error('sister-city-widgets: could not load the checks of the answers', error);
        return false;
      },
    );
    return this.#loadingChecks;
  }

  #submit(): void {
    const checked = this.checkAnswers();
    if (!checked) return;
    if (this.words().check && !this.reviewing) {
      this.#pending = this.#loadSending().then((loaded) => {
        this.#pending = undefined;
        if (!loaded) return;
        this.reviewing = true;
        this.focusAfterRender = '#review-heading';
      });
      return;
    }
    void this.#send(checked.payload, checked.files);
  }

  /** Waits for sending.ts (started by the press); false when it could not load. */
  async #loadSending(): Promise<boolean> {
    try {
      this.#outcome = await this.#sending!;
      return true;
    } catch (error) {
      // Like the widget's own chunk failing to load; the next press tries again.
      this.#sending = undefined;
      console.error('sister-city-widgets: could not load the sending code', error);
      return false;
    }
  }

  async #send(payload: Values, files: FilePart[]): Promise<void> {
    // Busy from the press on, while the first send loads the sending code.
    this.phase = 'sending';
    if (!(await this.#loadSending())) {
      this.phase = 'editing';
      return;
    }
    this.sender ??= new this.#outcome!.SendController(this);
    await this.sender.send(payload, files);
  }

  protected override render(): TemplateResult {
    this.sections = this.describe(this.values);
    const words = this.words();
    if (this.phase === 'success') return html`${this.#outcome!.renderSuccess(this, this.#outcomeWords(words))}${this.remote.feature?.afterSent() ?? nothing}`;
    const sending = this.phase === 'sending';
    const errors = namedErrors(this.errors, this.sections, this.locale);
    // Every field at once when the form needs them all: errors, the review step, a field to focus, sending.
    const shown = this.#pacer.count(this.sections, this.summary || this.reviewing || this.errors.size > 0 || this.focusAfterRender !== undefined || this.phase !== 'editing');
    return html`
      <form
        novalidate
        tabindex="-1"
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.#onSubmit}
        @focusin=${this.#prepare}
        @input=${this.#prepare}
        @compositionstart=${() => (this.#composing = true)}
        @compositionend=${() => (this.#composing = false)}
      >
        ${this.reviewing ?
          html`${heading('review-heading', msg('Check your answers before sending'), this.headingLevel, true)}
          ${this.#outcome!.renderAnswers(this, true)}`
        : html`${this.remote.feature?.notice()} ${this.restoredAt && !this.remote.feature?.opened ? this.drafts?.notice() : nothing} ${renderErrorSummary(this, errors, this.#checks?.errorSummary)}
          ${this.sections.slice(0, shown).map((section) => this.#renderSection(section, errors))}`}
        ${shown < this.sections.length ? nothing : this.#renderEnd(words, sending)}
      </form>
      <div class="visually-hidden" role="status">${this.announcement?.()}</div>
    `;
  }

  /** After the last section: the honeypot, the outcome of a failed send, the progress and the buttons. */
  /** The words of the outcome panels, which only a send shows: a send follows a check, so the checks are in. */
  #outcomeWords(words: FirstWords): FormWords {
    return { ...this.#checks!.words(), ...words };
  }

  #renderEnd(words: FirstWords, sending: boolean) {
    return html`<div class="honeypot" aria-hidden="true">
          <label for="f-website">Website</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        ${this.phase === 'failed' ? this.#outcome!.renderFailure(this, this.#outcomeWords(words)) : nothing}
        ${sending ?
          html`<div class="progress">
            <label for="progress">${msg('Sending progress')}</label>
            <progress id="progress" max="100" .value=${this.progress}>${this.progress}%</progress>
          </div>`
        : nothing}
        ${this.phase === 'failed' ? nothing : html`
          <div class="actions">
            <button type="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>
              ${sending ? msg('Sending…') : this.reviewing || !words.check ? words.submit : words.check}
            </button>
          </div>
        `}
        ${this.remote.feature?.actions()}`;
  }

  #renderSection(section: Section, errors: ReadonlyMap<string, string>) {
    const ctx = this.#fieldContext(errors);
    // The heading in the section's own template (as heading() writes it): one template fewer to fill per section.
    return html`
      <section class="section" aria-labelledby="${section.id}-heading">
        <div class="heading" role="heading" aria-level=${ariaLevel(this.headingLevel)} id="${section.id}-heading">${section.heading}</div>
        ${section.intro ? html`<p class="intro">${section.intro}</p>` : nothing}
        ${section.items.map((item) => (item.kind === 'group' ? renderGroup(this, item, ctx) : renderField(item, item.name, ctx)))}
      </section>
    `;
  }

  #fieldContext(errors: ReadonlyMap<string, string>): FieldContext {
    return {
      values: this.values,
      get: (path) => getPath(this.values, path),
      errors,
      locale: this.locale,
      set: (path, value) => this.set(path, value),
      chooseFile: (path, input) => {
        const field = fieldIndex(this.sections, this.values).get(pathPattern(path));
        if (field?.kind === 'file') void this.files.choose(path, input, field);
      },
      file: (path) => this.files.get(path),
      kinds: this.kinds,
    };
  }
}
