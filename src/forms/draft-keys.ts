/**
 * What a form needs of its drafts before their code (draft-controller.ts, loaded on the first focus or
 * input, or before the first render when a draft is stored) is in: the key of a new group item, where
 * the form's draft is kept and whether one is there, and the answers of a form without one.
 */
import type { DraftMode } from './drafts.js';
import type { Values } from './model.js';
import { setPath } from './paths.js';
import type { SisterCityForm } from './sister-city-form.js';

type Host = Pick<SisterCityForm, 'formName' | 'draft' | 'draftKey' | 'emptyValues' | 'describe'>;

export const newKey = () => crypto.randomUUID();

/** The storage drafts are kept in, if the browser allows it. */
export function draftStorage(mode: DraftMode): Storage | undefined {
  try {
    return mode === 'local' ? localStorage : mode === 'session' ? sessionStorage : undefined;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

/** Where this form's draft is kept (its name, storage and age may change with its attributes). */
export function draftPlace(host: Host): { key: string; mode: DraftMode } {
  const name = host.draftKey ?? (typeof location !== 'undefined' ? location.pathname : '');
  return { key: `sister-city-widgets:${host.formName}:${name}`, mode: host.draft === 'local' || host.draft === 'off' ? host.draft : 'session' };
}

/** Whether a draft of this form is stored (maybe expired or unreadable: the draft code decides). */
export function hasStoredDraft(host: Host): boolean {
  const { key, mode } = draftPlace(host);
  try {
    return draftStorage(mode)?.getItem(key) != null;
  } catch {
    return false;
  }
}

/**
 * The answers of a form without a draft: none, and each repeating group with its least number of items
 * (as draft-controller.ts's `sanitise` makes them of no stored answers: the same in Lit SSR and the browser).
 */
export function initialValues(host: Host): Values {
  let values = host.emptyValues();
  for (const section of host.describe(values)) {
    for (const item of section.items) {
      if (item.kind === 'file') values = setPath(values, item.name, undefined);
      if (item.kind === 'group') values = setPath(values, item.name, Array.from({ length: item.min ?? 0 }, () => ({ key: newKey() })));
    }
  }
  return values;
}
