/**
 * The form's fields in form order, as drafts, rendering and checking walk them. Checking the
 * answers themselves is in check-answers.ts, loaded with the schema on first use.
 */
import type { Locale } from '../i18n/language.js';
import type { FieldCheck } from './fields.js';
import type { FileKind } from './file-check.js';
import type { Field, Group, GroupItem, MessageTable, Section, Values } from './model.js';
import { getPath, pathPattern } from './paths.js';

/** A field where it stands in the form; a revealed field names the answer that reveals it. */
export interface Slot {
  field: Field;
  path: string;
  shownBy?: { path: string; option: string };
}

/**
 * What checking reads: the answers, the language they were typed in, the form's messages for their problems
 * (loaded with the checks), the checking of the form's extra field kinds (loaded with the checks) and its files.
 */
export interface Answers {
  values: Values;
  locale: Locale;
  messages: MessageTable;
  kinds: Partial<Record<Field['kind'], FieldCheck>>;
  file(path: string): { file: File; type: FileKind } | undefined;
}

export function items(values: Values, group: Group): GroupItem[] {
  const found = getPath(values, group.name);
  return Array.isArray(found) ? (found as GroupItem[]) : [];
}

/** Every field in form order: a group's fields once per item, a revealed field right after its question. */
export function slots(sections: Section[], values: Values): Slot[] {
  const all: Slot[] = [];
  const add = (field: Field, path: string) => {
    all.push({ field, path });
    const base = path.slice(0, path.lastIndexOf('.') + 1);
    for (const [option, reveal] of Object.entries(('reveals' in field && field.reveals) || {})) {
      all.push({ field: reveal, path: base + reveal.name, shownBy: { path, option } });
    }
  };
  for (const section of sections) {
    for (const item of section.items) {
      if (item.kind === 'group') items(values, item).forEach((_, i) => item.fields.forEach((f) => add(f, `${item.name}.${i}.${f.name}`)));
      else add(item, item.name);
    }
  }
  return all;
}

export function chosen(values: Values, shownBy: Slot['shownBy']): boolean {
  if (!shownBy) return true;
  const answer = getPath(values, shownBy.path);
  return answer === shownBy.option || (Array.isArray(answer) && answer.includes(shownBy.option));
}

/** Every field of the description by its path pattern ("dates.*.event"). */
export function fieldIndex(sections: Section[], values: Values): Map<string, Field> {
  return new Map(slots(sections, values).map(({ field, path }) => [pathPattern(path), field]));
}

/** Orders errors as their fields appear, so the summary reads top to bottom. */
export function inFormOrder<T>(errors: Map<string, T>, sections: Section[], values: Values): Map<string, T> {
  const order = slots(sections, values).map(({ path }) => path);
  const rank = (path: string) => {
    const i = order.findIndex((p) => p === path || path.startsWith(`${p}.`));
    return i < 0 ? order.length : i;
  };
  return new Map([...errors].sort(([a], [b]) => rank(a) - rank(b)));
}
