/**
 * The form engine both forms stand on: values and drafts, checking on submit
 * with a GOV.UK error summary, files, exactly-once sending with progress and retries, the failure and success
 * panels, and the events. A form is a subclass that describes its sections
 * (see model.ts) and names its schema.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { SisterCityElement } from '../base/sister-city-element.js';
import { formatNumber } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { DraftStore, fingerprint, type DraftMode, type PendingSubmission } from './drafts.js';
import { formatBytes, renderField, type FieldContext } from './fields.js';
import { checkFile, type FileKind } from './file-check.js';
import type { Field, FileValue, Group, GroupItem, Section } from './model.js';
import { parseNumber } from './number.js';
import { getPath, pathPattern, pathToId, pointerToPath, setPath } from './paths.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry-policy.js';
import { submitWithRetry, type FilePart, type SubmitFailure } from './submit.js';

type Values = Record<string, unknown>;

/** A field where it stands in the form; a revealed field names the answer that reveals it. */
interface Slot {
  field: Field;
  path: string;
  shownBy?: { path: string; option: string };
}
type Phase = 'editing' | 'sending' | 'failed' | 'success';

/** Detail of `sister-city-submit` (cancelable: cancel it to send the payload your own way). */
export interface SubmitDetail {
  payload: Record<string, unknown>;
  files: FilePart[];
}

/** Detail of `sister-city-success`. */
export interface SuccessDetail {
  reference: string;
  id?: string;
}

/** Detail of `sister-city-error`. */
export type ErrorDetail = Pick<SubmitFailure, 'kind' | 'status' | 'problem'>;

/** The words a form chooses for its own panels and buttons. */
export interface FormWords {
  submit: string;
  /** With a "check your answers" step: the button that leads to it. */
  check?: string;
  sent: string;
  nextSteps: string;
  notSent: string;
}

const DRAFT_DELAY = 500;
const DAY = 86_400_000;
const newKey = () => crypto.randomUUID();

export abstract class SisterCityForm extends SisterCityElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    draft: {},
    draftDays: { type: Number, attribute: 'draft-days' },
    draftKey: { attribute: 'draft-key' },
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
  /** Per try, in milliseconds. */
  timeout = 30_000;
  /** Heading level of the section headings (2–6). */
  headingLevel = 2;
  /** Called before sending; its token is sent as `captcha_token`. */
  captcha?: () => Promise<string>;
  /** Retries after network errors, timeouts, 429 and 503. */
  retry: RetryPolicy = DEFAULT_RETRY;

  protected values: Values = {};
  protected errors = new Map<string, string>();
  protected phase: Phase = 'editing';
  private progress = 0;
  private announcement = '';
  private failure?: SubmitFailure;
  private reference = '';
  private restoredAt?: number;
  /** Whether the error summary is shown: after a send was tried, as GOV.UK does. */
  private summary = false;
  /** On the "check your answers" step. */
  private reviewing = false;

  /** The files chosen, by group item key and field name; never in a draft. */
  #files = new Map<string, { file: File; type: FileKind; url?: string; list: FileList }>();
  #pending?: PendingSubmission;
  #store?: DraftStore<Values>;
  #saveTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #composing = false;
  #focusAfterRender?: string;
  #sectionsCache: Section[] = [];

  /** Kinds of field the form adds to the basic ones (the story form's dates). */
  protected kinds: FieldContext['kinds'] = {};

  /** Short name of the form in draft keys and events ("story", "request"). */
  protected abstract readonly formName: string;
  protected abstract readonly schema: z.ZodMiniType;
  protected abstract emptyValues(): Values;
  /** The sections, built during render so that labels are in the reader's language. */
  protected abstract describe(values: Values): Section[];
  protected abstract words(): FormWords;
  /** File types and size limit for a file field. */
  protected abstract fileRules(field: Field & { kind: 'file' }): { types: readonly FileKind[]; maxBytes: number };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#store) this.#restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#saveTimer) this.#flushDraft();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Lit SSR never calls connectedCallback: start from the same answers there as in the
    // browser, or hydration finds a different number of group items.
    if (!this.#store) this.#restoreDraft();
    else if ((changed.has('draft') || changed.has('draftKey')) && this.hasUpdated) this.#restoreDraft();
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  /** Deletes the draft and empties the form. */
  clearAnswers(): void {
    this.#store?.clear();
    this.values = this.#sanitise({}, this.emptyValues());
    this.errors = new Map();
    this.reviewing = false;
    this.#pending = undefined;
    this.restoredAt = undefined;
    this.#forgetFiles();
    this.phase = 'editing';
    this.#focusAfterRender = 'form';
  }

  // Drafts ------------------------------------------------------------------

  #restoreDraft(): void {
    const name = this.draftKey ?? (typeof location !== 'undefined' ? location.pathname : '');
    this.#store = new DraftStore(
      `sister-city-widgets:${this.formName}:${name}`,
      this.draft === 'local' || this.draft === 'off' ? this.draft : 'session',
      Math.max(1, this.draftDays) * DAY,
      (values): values is Values => typeof values === 'object' && values !== null && !Array.isArray(values),
    );
    const draft = this.#store.load();
    const empty = this.emptyValues();
    this.values = this.#sanitise(draft?.values ?? {}, empty);
    if (!draft) return;
    this.#pending = draft.pending;
    this.restoredAt = draft.savedAt;
  }

  /** Keeps only the shape the form expects: group items as objects with keys (at least `min`), files forgotten. */
  #sanitise(stored: Values, empty: Values): Values {
    const values: Values = { ...empty, ...stored };
    for (const section of this.describe(values)) {
      for (const item of section.items) {
        if (item.kind === 'file') Object.assign(values, setPath(values, item.name, undefined));
        if (item.kind !== 'group') continue;
        const items = getPath(values, item.name);
        const clean = (Array.isArray(items) ? items : [])
          .filter((entry): entry is GroupItem => typeof entry === 'object' && entry !== null)
          .slice(0, item.max)
          .map((entry) => {
            const copy: GroupItem = { ...entry, key: typeof entry.key === 'string' ? entry.key : newKey() };
            for (const field of item.fields) if (field.kind === 'file') delete copy[field.name];
            return copy;
          });
        while (clean.length < (item.min ?? 0)) clean.push({ key: newKey() });
        Object.assign(values, setPath(values, item.name, clean));
      }
    }
    return values;
  }

  #scheduleDraft(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#flushDraft(), DRAFT_DELAY);
  }

  #flushDraft(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (this.phase !== 'success') this.#store?.save(this.values, this.#pending);
  }

  // Values and files --------------------------------------------------------

  protected set(path: string, value: unknown): void {
    this.values = setPath(this.values, path, value);
    this.#scheduleDraft();
  }

  /** "photos.2.file" → the key of item 2 and the field name, which stay with the item when others are removed. */
  #fileKey(path: string): string {
    const match = /^(.*)\.(\d+)\.([^.]+)$/.exec(path);
    if (!match) return path;
    const item = getPath(this.values, `${match[1]}.${match[2]}`) as GroupItem | undefined;
    return `${item?.key ?? match[2]}/${match[3]}`;
  }

  async #chooseFile(path: string, input: HTMLInputElement, field: Field & { kind: 'file' }): Promise<void> {
    const file = input.files?.[0];
    const key = this.#fileKey(path);
    this.#dropFile(key);
    const errors = new Map(this.errors);
    errors.delete(path);
    if (!file) {
      this.set(path, undefined);
      this.errors = errors;
      return;
    }
    const rules = this.fileRules(field);
    const checked = await checkFile(file, rules.types, rules.maxBytes);
    if ('problem' in checked) {
      input.value = '';
      this.set(path, undefined);
      errors.set(path, this.#fileProblem(checked.problem, field, rules.maxBytes));
      this.errors = errors;
      return;
    }
    const url = checked.type === 'image/heic' || checked.type === 'application/pdf' ? undefined : URL.createObjectURL(file);
    const list = new DataTransfer();
    list.items.add(file);
    this.#files.set(key, { file, type: checked.type, url, list: list.files });
    this.set(path, { name: file.name, type: checked.type, size: file.size } satisfies FileValue);
    this.errors = errors;
  }

  #fileProblem(problem: 'empty' | 'too-large' | 'type', field: Field, maxBytes: number): string {
    switch (problem) {
      case 'empty':
        return msg(str`The selected file is empty. Choose another file for "${field.label}".`);
      case 'too-large':
        return msg(str`The selected file must be smaller than ${formatBytes(maxBytes, this.locale)}.`);
      default:
        return this.fileTypeMessage(field);
    }
  }

  /** The message for a file of a type the field does not take. */
  protected abstract fileTypeMessage(field: Field): string;

  #dropFile(key: string): void {
    const entry = this.#files.get(key);
    if (entry?.url) URL.revokeObjectURL(entry.url);
    this.#files.delete(key);
  }

  #forgetFiles(): void {
    for (const key of [...this.#files.keys()]) this.#dropFile(key);
  }

  // Groups ------------------------------------------------------------------

  #items(group: Group): GroupItem[] {
    const items = getPath(this.values, group.name);
    return Array.isArray(items) ? (items as GroupItem[]) : [];
  }

  #addItem(group: Group): void {
    const items = this.#items(group);
    if (items.length >= group.max) return;
    this.set(group.name, [...items, { key: newKey() }]);
    this.#focusAfterRender = `#${pathToId(`${group.name}.${items.length}.${group.fields[0].name}`)}`;
  }

  /** Fills the first empty item (or a new one) from other answers. */
  #copyItem(group: Group): void {
    const items = this.#items(group);
    let index = items.findIndex((item) => group.fields.every((field) => !item[field.name]));
    if (index < 0) index = items.length;
    if (index >= group.max) return;
    this.set(`${group.name}.${index}`, { ...group.copy!.from(), key: items[index]?.key ?? newKey() });
    this.#focusAfterRender = `#${pathToId(`${group.name}.${index}.${group.fields[0].name}`)}`;
  }

  #removeItem(group: Group, index: number): void {
    const items = this.#items(group);
    for (const field of group.fields) if (field.kind === 'file') this.#dropFile(`${items[index].key}/${field.name}`);
    this.set(group.name, items.filter((_, i) => i !== index));
    this.errors = new Map([...this.errors].filter(([path]) => !path.startsWith(`${group.name}.`)));
    this.#focusAfterRender = `#${pathToId(group.name)}-heading`;
  }

  // Checking ----------------------------------------------------------------

  /** Every field in form order: a group's fields once per item, a revealed field right after its question. */
  #slots(sections: Section[]): Slot[] {
    const slots: Slot[] = [];
    const add = (field: Field, path: string) => {
      slots.push({ field, path });
      const base = path.slice(0, path.lastIndexOf('.') + 1);
      for (const [option, reveal] of Object.entries(('reveals' in field && field.reveals) || {})) {
        slots.push({ field: reveal, path: base + reveal.name, shownBy: { path, option } });
      }
    };
    for (const section of sections) {
      for (const item of section.items) {
        if (item.kind === 'group') this.#items(item).forEach((_, i) => item.fields.forEach((f) => add(f, `${item.name}.${i}.${f.name}`)));
        else add(item, item.name);
      }
    }
    return slots;
  }

  #chosen(shownBy: Slot['shownBy']): boolean {
    if (!shownBy) return true;
    const answer = getPath(this.values, shownBy.path);
    return answer === shownBy.option || (Array.isArray(answer) && answer.includes(shownBy.option));
  }

  /** Builds the payload from the description, with the problems found on the way (dates). */
  #collect(sections: Section[]): { payload: Values; files: FilePart[]; problems: Map<string, string> } {
    let payload: Values = {};
    const files: FilePart[] = [];
    const problems = new Map<string, string>();
    for (const section of sections) {
      for (const item of section.items) {
        if (item.kind === 'group') payload = setPath(payload, item.name, this.#items(item).map(() => ({})));
      }
    }
    for (const { field, path, shownBy } of this.#slots(sections)) {
      if (!this.#chosen(shownBy)) continue;
      const raw = getPath(this.values, path);
      let value: unknown;
      switch (field.kind) {
        case 'text':
        case 'email':
        case 'tel':
        case 'textarea':
          value = typeof raw === 'string' && raw.trim() ? raw.trim().normalize('NFC') : undefined;
          break;
        case 'select':
        case 'radios':
          value = typeof raw === 'string' && raw ? (field.kind === 'select' && field.numeric ? Number(raw) : raw) : undefined;
          break;
        case 'number':
          if (typeof raw === 'string' && raw.trim()) {
            value = parseNumber(raw, this.locale, field.whole);
            if (value === undefined) problems.set(path, field.messages?.invalid ?? msg('Check this answer'));
          }
          break;
        case 'checkboxes':
          value = Array.isArray(raw) ? raw.filter((v) => field.options.some(([option]) => option === v)) : [];
          break;
        case 'checkbox':
          value = raw === true ? true : undefined;
          break;
        default: {
          const got = this.kinds[field.kind]!.collect(raw, field);
          value = got.value;
          if (got.problem) problems.set(path, got.problem);
          break;
        }
        case 'file': {
          const entry = this.#files.get(this.#fileKey(path));
          if (entry) {
            const part = `${field.part}-${files.length}`;
            files.push({ part, file: entry.file });
            value = { part, name: entry.file.name.slice(0, 255), type: entry.type, size: entry.file.size };
          }
          break;
        }
      }
      // Parents exist even when empty, so that the schema names each missing answer, not their object.
      const parent = path.slice(0, Math.max(0, path.lastIndexOf('.')));
      if (parent && getPath(payload, parent) === undefined) payload = setPath(payload, parent, {});
      if (value !== undefined) payload = setPath(payload, path, value);
    }
    return { payload, files, problems };
  }

  /** Every field of the description by its path pattern ("dates.*.event"). */
  #fieldIndex(sections: Section[]): Map<string, Field> {
    return new Map(this.#slots(sections).map(({ field, path }) => [pathPattern(path), field]));
  }

  /** The message a reader sees for a problem the schema (or the server) found at `path`. */
  #messageFor(path: string, index: Map<string, Field>, tooLong?: number): string {
    const pattern = pathPattern(path);
    const field = index.get(pattern) ?? [...index].find(([p]) => p.startsWith(`${pattern}.`))?.[1];
    if (!field) return msg('Check this answer');
    const value = getPath(this.values, path);
    const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
    if (tooLong !== undefined) return msg(str`${field.label} must be ${formatNumber(tooLong, this.locale)} characters or fewer`);
    return (empty ? field.messages?.required : field.messages?.invalid) ?? field.messages?.required ?? field.messages?.invalid ?? msg('Check this answer');
  }

  /** Checks everything; returns the payload when there is nothing to fix. */
  #check(sections: Section[]): { payload: Values; files: FilePart[] } | undefined {
    const { payload, files, problems } = this.#collect(sections);
    const index = this.#fieldIndex(sections);
    const errors = new Map<string, string>();
    // File problems found when the file was chosen stay until another file is chosen.
    for (const [path, message] of this.errors) if (index.get(pathPattern(path))?.kind === 'file' && !getPath(this.values, path)) errors.set(path, message);
    const result = z.safeParse(this.schema, payload);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        const field = index.get(pathPattern(path));
        // A menu with nothing to choose yet (a state before its country) waits for the answer it depends on.
        if (errors.has(path) || problems.has(path) || (field?.kind === 'select' && field.options.length === 0)) continue;
        const tooLong = issue.code === 'too_big' && issue.origin === 'string' ? Number(issue.maximum) : undefined;
        errors.set(path, this.#messageFor(path, index, tooLong));
      }
    }
    for (const [path, message] of problems) errors.set(path, message);
    this.errors = this.#inFormOrder(errors, sections);
    return this.errors.size === 0 ? { payload, files } : undefined;
  }

  /** Orders errors as their fields appear, so the summary reads top to bottom. */
  #inFormOrder(errors: Map<string, string>, sections: Section[]): Map<string, string> {
    const order = this.#slots(sections).map(({ path }) => path);
    const rank = (path: string) => {
      const i = order.findIndex((p) => p === path || path.startsWith(`${p}.`));
      return i < 0 ? order.length : i;
    };
    return new Map([...errors].sort(([a], [b]) => rank(a) - rank(b)));
  }

  // Sending -----------------------------------------------------------------

  #onSubmit(event: Event): void {
    event.preventDefault();
    // Enter that confirms an IME conversion is not a request to send.
    if (this.#composing || this.phase === 'sending') return;
    const checked = this.#check(this.#sectionsCache);
    this.summary = !checked;
    if (!checked) {
      this.reviewing = false;
      this.#focusAfterRender = '.error-summary';
      return;
    }
    if (this.words().check && !this.reviewing) {
      this.reviewing = true;
      this.#focusAfterRender = '#review-heading';
      return;
    }
    void this.#send(checked.payload, checked.files);
  }

  async #send(payload: Values, files: FilePart[]): Promise<void> {
    const sent = this.values;
    this.phase = 'sending';
    this.progress = 0;
    this.failure = undefined;
    try {
      payload.honeypot = (this.renderRoot.querySelector<HTMLInputElement>('#f-website')?.value ?? '') || undefined;
      if (this.captcha) payload.captcha_token = await this.captcha();
    } catch {
      return this.#fail({ ok: false, kind: 'rejected' });
    }
    const detail: SubmitDetail = { payload, files };
    if (!this.dispatchEvent(new CustomEvent('sister-city-submit', { detail, cancelable: true, bubbles: true, composed: true }))) {
      this.phase = 'editing';
      return;
    }
    const print = fingerprint({ payload, files: files.map(({ part, file }) => [part, file.size]) });
    if (this.#pending?.fingerprint !== print) this.#pending = { key: newKey(), fingerprint: print };
    this.#flushDraft();
    this.#announce(msg('Sending…'));
    const result = await submitWithRetry(
      {
        endpoint: this.endpoint,
        payload,
        files,
        idempotencyKey: this.#pending.key,
        timeout: this.timeout,
        onRetry: () => {
          this.progress = 0;
          this.#announce(msg('Not sent yet: trying again…'));
        },
        onProgress: (loaded, total) => {
          const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
          if (Math.floor(percent / 25) > Math.floor(this.progress / 25)) {
            this.#announce(msg(str`${formatNumber(percent, this.locale)}% sent`));
          }
          this.progress = percent;
        },
      },
      this.retry,
    );
    if (result.ok) {
      this.values = sent;
      this.phase = 'success';
      this.reference = result.reference;
      this.#pending = undefined;
      this.#store?.clear();
      clearTimeout(this.#saveTimer);
      this.#focusAfterRender = '#success-heading';
      this.dispatchEvent(
        new CustomEvent<SuccessDetail>('sister-city-success', {
          detail: { reference: result.reference, id: result.id },
          bubbles: true,
          composed: true,
        }),
      );
      return;
    }
    if (result.kind === 'invalid') {
      const index = this.#fieldIndex(this.#sectionsCache);
      const errors = new Map<string, string>();
      for (const { pointer, detail: text } of result.problem?.errors ?? []) {
        if (typeof pointer !== 'string') continue;
        const path = pointerToPath(pointer);
        const known = index.get(pathPattern(path));
        errors.set(path, known ? this.#messageFor(path, index) : typeof text === 'string' ? text : msg('Check this answer'));
      }
      this.errors = this.#inFormOrder(errors, this.#sectionsCache);
      this.summary = true;
      this.reviewing = false;
      this.phase = 'editing';
      this.#focusAfterRender = '.error-summary';
      this.#dispatchError(result);
      return;
    }
    this.#fail(result);
  }

  #fail(result: SubmitFailure): void {
    this.failure = result;
    this.phase = 'failed';
    this.#focusAfterRender = '#failure-heading';
    this.#dispatchError(result);
  }

  #dispatchError(result: SubmitFailure): void {
    this.dispatchEvent(
      new CustomEvent<ErrorDetail>('sister-city-error', {
        detail: { kind: result.kind, status: result.status, problem: result.problem },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.announcement = text), 100);
  }

  #retrySend(): void {
    const checked = this.#check(this.#sectionsCache);
    if (!checked) {
      this.summary = true;
      this.reviewing = false;
      this.phase = 'editing';
      this.#focusAfterRender = '.error-summary';
      return;
    }
    void this.#send(checked.payload, checked.files);
  }

  // Rendering ---------------------------------------------------------------

  #heading(id: string, text: string, level = this.headingLevel, focusable = false) {
    return html`<div class="heading" role="heading" aria-level=${Math.min(6, Math.max(1, level))} id=${id} tabindex=${focusable ? '-1' : nothing}>${text}</div>`;
  }

  protected override render(): TemplateResult {
    this.#sectionsCache = this.describe(this.values);
    const words = this.words();
    if (this.phase === 'success') return this.#renderSuccess(words);
    const sending = this.phase === 'sending';
    return html`
      <form
        novalidate
        tabindex="-1"
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.#onSubmit}
        @compositionstart=${() => (this.#composing = true)}
        @compositionend=${() => (this.#composing = false)}
      >
        ${this.reviewing ?
          html`${this.#heading('review-heading', msg('Check your answers before sending'), this.headingLevel, true)}
          ${this.#renderAnswers(true)}`
        : html`${this.restoredAt ? this.#renderRestored() : nothing} ${this.#renderErrorSummary()}
          ${this.#sectionsCache.map((section) => this.#renderSection(section))}`}
        <div class="honeypot" aria-hidden="true">
          <label for="f-website">Website</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        ${this.phase === 'failed' ? this.#renderFailure(words) : nothing}
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
      </form>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  #renderRestored() {
    const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(this.restoredAt);
    return html`<div class="notice" part="notice">
      <p>${msg(str`We restored the answers you saved on ${when}. Files must be chosen again.`)}</p>
      <button type="button" class="secondary" part="button" @click=${() => this.clearAnswers()}>${msg('Clear answers and start again')}</button>
    </div>`;
  }

  #renderErrorSummary() {
    if (!this.summary || this.errors.size === 0) return nothing;
    return html`
      <div class="error-summary" part="error-summary" tabindex="-1">
        <div role="alert">
          ${this.#heading('error-summary-title', msg('There is a problem'))}
          <ul>
            ${[...this.errors].map(
              ([path, message]) => html`<li><a href="#${pathToId(path)}" @click=${(e: Event) => this.#focusField(e, path)}>${message}</a></li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }

  /** Focuses the field and brings its label (or legend) into view, as GOV.UK's error summary does. */
  #focusField(event: Event, path: string): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLElement>(`#${pathToId(path)}`);
    if (!input) return;
    const legend = input.closest('fieldset')?.querySelector('legend');
    const label = this.renderRoot.querySelector(`label[for="${input.id}"]`);
    input.focus({ preventScroll: true });
    (legend ?? label ?? input).scrollIntoView({ block: 'start' });
  }

  #renderSection(section: Section) {
    const ctx = this.#fieldContext();
    return html`
      <section class="section" aria-labelledby="${section.id}-heading">
        ${this.#heading(`${section.id}-heading`, section.heading)}
        ${section.intro ? html`<p class="intro">${section.intro}</p>` : nothing}
        ${section.items.map((item) => (item.kind === 'group' ? this.#renderGroup(item, ctx) : renderField(item, item.name, ctx)))}
      </section>
    `;
  }

  #fieldContext(): FieldContext {
    return {
      values: this.values,
      get: (path) => getPath(this.values, path),
      errors: this.errors,
      locale: this.locale,
      set: (path, value) => this.set(path, value),
      chooseFile: (path, input) => {
        const field = this.#fieldIndex(this.#sectionsCache).get(pathPattern(path));
        if (field?.kind === 'file') void this.#chooseFile(path, input, field);
      },
      file: (path) => this.#files.get(this.#fileKey(path)),
      kinds: this.kinds,
    };
  }

  #renderGroup(group: Group, ctx: FieldContext) {
    const items = this.#items(group);
    const id = pathToId(group.name);
    return html`
      <div class="group" part="group">
        ${this.#heading(`${id}-heading`, group.heading, this.headingLevel + 1, true)}
        ${group.hint ? html`<p class="hint">${group.hint}</p>` : nothing}
        ${items.map(
          (_, i) => html`
            <fieldset class="item">
              <legend>${group.itemHeading(i + 1)}</legend>
              ${group.fields.map((field) => renderField(field, `${group.name}.${i}.${field.name}`, ctx))}
              ${items.length > (group.min ?? 0) ?
                html`<button type="button" class="secondary" part="button" @click=${() => this.#removeItem(group, i)}>
                  ${group.removeLabel(i + 1)}
                </button>`
              : nothing}
            </fieldset>
          `,
        )}
        ${items.length < group.max ?
          html`<button type="button" class="secondary add" part="button" @click=${() => this.#addItem(group)}>${group.addLabel}</button>`
        : html`<p class="hint">${group.maxMessage}</p>`}
        ${group.copy ?
          html`<button type="button" class="secondary add" part="button" @click=${() => this.#copyItem(group)}>${group.copy.label}</button>`
        : nothing}
      </div>
    `;
  }

  #renderFailure(words: FormWords) {
    const kind = this.failure?.kind;
    const why =
      kind === 'network' || kind === 'timeout' ? msg('The connection was lost or the server did not answer in time.')
      : kind === 'busy' ? msg('The server is busy.')
      : msg('The server did not accept the answers.');
    return html`
      <div class="failure" part="failure">
        ${this.#heading('failure-heading', words.notSent, this.headingLevel, true)}
        <p>${why} ${msg('Your answers are still here, ready to send again.')}</p>
        <div class="actions">
          <button type="button" part="button" @click=${() => this.#retrySend()}>${msg('Try again')}</button>
          <button type="button" class="secondary" part="button" @click=${() => { this.phase = 'editing'; this.#focusAfterRender = 'form'; }}>
            ${msg('Go back to the answers')}
          </button>
        </div>
      </div>
    `;
  }

  #renderSuccess(words: FormWords) {
    return html`
      <div class="success" part="success">
        <div class="panel">
          ${this.#heading('success-heading', words.sent, this.headingLevel, true)}
          <p>${msg('Your reference is')} <strong class="reference">${this.reference}</strong></p>
        </div>
        ${this.#heading('next-heading', msg('What happens next'), this.headingLevel + 1)}
        <p>${words.nextSteps}</p>
        <div class="actions no-print">
          <button type="button" part="button" @click=${() => window.print()}>${msg('Print a copy')}</button>
          <button type="button" class="secondary" part="button" @click=${() => this.clearAnswers()}>${msg('Fill in a new form')}</button>
        </div>
        ${this.#heading('copy-heading', msg('Your answers'), this.headingLevel + 1)} ${this.#renderAnswers(false)}
      </div>
    `;
  }

  /** Every answer, "Not provided" for skipped ones; on the review step, each with a link to change it. */
  #renderAnswers(change: boolean) {
    const link = (id: string, label: string) =>
      change ?
        html`<dd class="change"><a href="#${id}" @click=${(e: Event) => this.#change(e, id)}>${msg('Change')}<span class="visually-hidden"> ${label}</span></a></dd>`
      : nothing;
    const row = (field: Field, path: string) => html`
      <div class="answer">
        <dt>${field.label}</dt>
        <dd>${this.#answerText(field, path)}</dd>
        ${link(pathToId(path), field.label)}
      </div>
    `;
    const rows = (field: Field, path: string): TemplateResult[] => {
      const base = path.slice(0, path.lastIndexOf('.') + 1);
      return [
        row(field, path),
        ...Object.entries(('reveals' in field && field.reveals) || {})
          .filter(([option]) => this.#chosen({ path, option }))
          .map(([, reveal]) => row(reveal, base + reveal.name)),
      ];
    };
    return this.#sectionsCache.map(
      (section) => html`
        <div class="answers-section">
          ${this.#heading(`${section.id}-answers`, section.heading, this.headingLevel + (change ? 1 : 2))}
          <dl class="answers">
            ${section.items.map((item) =>
              item.kind === 'group' ?
                html`<div class="answer">
                  <dt>${item.heading}</dt>
                  <dd>
                    ${this.#items(item).length === 0 ?
                      msg('Not provided')
                    : this.#items(item).map(
                        (_, i) => html`<p class="item-heading">${item.itemHeading(i + 1)}</p>
                          <dl>${item.fields.map((field) => rows(field, `${item.name}.${i}.${field.name}`))}</dl>`,
                      )}
                  </dd>
                  ${this.#items(item).length === 0 ? link(`${pathToId(item.name)}-heading`, item.heading) : nothing}
                </div>`
              : rows(item, item.name),
            )}
          </dl>
        </div>
      `,
    );
  }

  /** Leaves the review step for the field the Change link names. */
  #change(event: Event, id: string): void {
    event.preventDefault();
    this.reviewing = false;
    this.#focusAfterRender = `#${id}`;
  }

  #answerText(field: Field, path: string): string {
    const value = getPath(this.values, path);
    const none = msg('Not provided');
    const label = (v: unknown) => ('options' in field ? (field.options.find(([o]) => o === v)?.[1] ?? String(v)) : String(v));
    switch (field.kind) {
      case 'select':
      case 'radios':
        return typeof value === 'string' && value ? label(value) : none;
      case 'checkboxes':
        return Array.isArray(value) && value.length ? value.map(label).join(', ') : none;
      case 'checkbox':
        return value === true ? msg('Yes') : msg('No');
      case 'file': {
        const file = value as FileValue | undefined;
        return file?.name ? `${file.name} (${formatBytes(file.size, this.locale)})` : none;
      }
      case 'text':
      case 'email':
      case 'tel':
      case 'number':
      case 'textarea':
        // Numbers as understood: full-width 「４６２，０００」 shows as 462,000.
        return typeof value === 'string' && value.trim() ? value.trim().normalize(field.kind === 'number' ? 'NFKC' : 'NFC') : none;
      default:
        return this.kinds[field.kind]!.text(value, this.locale) ?? none;
    }
  }
}
