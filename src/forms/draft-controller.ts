/**
 * The form's drafts: restores the saved answers (the form asks, before its first render when a draft
 * is stored: draft-keys.ts), saves them shortly after each change (and at once when the form leaves
 * the page), and keeps the key of a submission being sent, so that a retry after a reload is
 * recognised by the receiver. The storage itself is drafts.ts. Loaded on demand (a chunk of its own):
 * a form with no stored draft needs it only once someone fills it. It shows the notice of a restored draft, whose
 * strings load with it (`loadPart`): only a restore, after it loaded, sets `restoredAt`.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { DraftStore, type PendingSubmission } from './drafts.js';
import { slots } from './check.js';
import { draftPlace, newKey } from './draft-keys.js';
import type { FieldContext } from './fields.js';
import type { Field, GroupItem, Values } from './model.js';
import { getPath, setPath } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = ReactiveControllerHost &
  Pick<SisterCityForm, 'formName' | 'draft' | 'draftDays' | 'draftKey' | 'values' | 'restoredAt' | 'phase' | 'emptyValues' | 'describe' | 'kinds' | 'locale' | 'clearAnswers'>;

const DELAY = 500;
const DAY = 86_400_000;

/** The stored answer if it is of the kind the field takes; undefined (no answer) if not. */
function fit(field: Field, value: unknown, kinds: FieldContext['kinds']): unknown {
  switch (field.kind) {
    case 'checkboxes':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
    case 'checkbox':
      return typeof value === 'boolean' ? value : undefined;
    case 'file':
      return undefined;
    case 'text':
    case 'email':
    case 'tel':
    case 'number':
    case 'textarea':
    case 'select':
    case 'radios':
      return typeof value === 'string' ? value : undefined;
    default:
      return kinds[field.kind]?.fit(value);
  }
}

export class DraftController implements ReactiveController {
  /** The submission the answers are being sent as. */
  pending?: PendingSubmission;
  #store?: DraftStore<Values>;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#timer) this.flush();
  }

  /** The store of the draft this form keeps now (its name, storage and age may have changed). */
  #open(): DraftStore<Values> {
    const { key, mode } = draftPlace(this.host);
    return new DraftStore(
      key,
      mode,
      Math.max(1, this.host.draftDays) * DAY,
      (values): values is Values => typeof values === 'object' && values !== null && !Array.isArray(values),
    );
  }

  /** The notice above a restored draft's answers: when they were saved, and a way to start again. */
  notice() {
    const { host } = this;
    const when = new Intl.DateTimeFormat(host.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(host.restoredAt);
    return html`<div class="notice" part="notice">
      <p>${msg(str`We restored the answers you saved on ${when}. Files must be chosen again.`)}</p>
      <button type="button" class="secondary" part="button" @click=${() => host.clearAnswers()}>${msg('Clear answers and start again')}</button>
    </div>`;
  }

  /** Reads the draft this form keeps into the answers. */
  restore(): void {
    const { host } = this;
    this.#store = this.#open();
    const draft = this.#store.load();
    host.values = this.sanitise(draft?.values ?? {});
    if (!draft) return;
    this.pending = draft.pending;
    host.restoredAt = draft.savedAt;
  }

  /**
   * Keeps only what the form can take: group items as objects with keys (at least `min`), files forgotten,
   * and each answer only if it has the shape of its field's kind (a draft may be old or tampered with).
   */
  sanitise(stored: Values): Values {
    let values: Values = { ...this.host.emptyValues(), ...stored };
    for (const section of this.host.describe(values)) {
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
    // An answer may reveal questions (the direction, "Something else"): their answers are checked on the next pass.
    for (let pass = 0, changed = true; changed && pass < 4; pass++) {
      changed = false;
      for (const { field, path } of slots(this.host.describe(values), values)) {
        const parent = path.slice(0, Math.max(0, path.lastIndexOf('.')));
        const holder = parent ? getPath(values, parent) : values;
        if (holder !== undefined && (typeof holder !== 'object' || holder === null)) {
          values = setPath(values, parent, undefined);
          changed = true;
          continue;
        }
        const value = getPath(values, path);
        if (value === undefined || fit(field, value, this.host.kinds) === value) continue;
        values = setPath(values, path, fit(field, value, this.host.kinds));
        changed = true;
      }
    }
    return values;
  }

  /** Saves a moment after the last change, so typing is not slowed by storage. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), DELAY);
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.host.phase !== 'success') (this.#store ??= this.#open()).save(this.host.values, this.pending);
  }

  /** Forgets the draft and the submission it was being sent as. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.pending = undefined;
    (this.#store ??= this.#open()).clear();
  }
}
