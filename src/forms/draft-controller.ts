/**
 * The form's drafts: restores the saved answers when the form connects, saves
 * them shortly after each change (and at once when the form leaves the page),
 * and keeps the key of a submission being sent, so that a retry after a reload
 * is recognised by the receiver. The storage itself is drafts.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore, type PendingSubmission } from './drafts.js';
import type { GroupItem, Values } from './model.js';
import { getPath, setPath } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = ReactiveControllerHost &
  Pick<SisterCityForm, 'formName' | 'draft' | 'draftDays' | 'draftKey' | 'values' | 'restoredAt' | 'phase' | 'emptyValues' | 'describe'>;

const DELAY = 500;
const DAY = 86_400_000;
export const newKey = () => crypto.randomUUID();

export class DraftController implements ReactiveController {
  /** The submission the answers are being sent as. */
  pending?: PendingSubmission;
  #store?: DraftStore<Values>;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#store) this.restore();
  }

  hostDisconnected(): void {
    if (this.#timer) this.flush();
  }

  /** Reads the draft this form keeps (its name, storage and age may have changed) into the answers. */
  restore(): void {
    const { host } = this;
    const name = host.draftKey ?? (typeof location !== 'undefined' ? location.pathname : '');
    this.#store = new DraftStore(
      `sister-city-widgets:${host.formName}:${name}`,
      host.draft === 'local' || host.draft === 'off' ? host.draft : 'session',
      Math.max(1, host.draftDays) * DAY,
      (values): values is Values => typeof values === 'object' && values !== null && !Array.isArray(values),
    );
    const draft = this.#store.load();
    host.values = this.sanitise(draft?.values ?? {});
    if (!draft) return;
    this.pending = draft.pending;
    host.restoredAt = draft.savedAt;
  }

  /** Keeps only the shape the form expects: group items as objects with keys (at least `min`), files forgotten. */
  sanitise(stored: Values): Values {
    const values: Values = { ...this.host.emptyValues(), ...stored };
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
    if (this.host.phase !== 'success') this.#store?.save(this.host.values, this.pending);
  }

  /** Forgets the draft and the submission it was being sent as. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.pending = undefined;
    this.#store?.clear();
  }
}
