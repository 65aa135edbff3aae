/**
 * Checking the answers against the form's description and schema: every field
 * in form order, the payload built from the answers (with the problems found on
 * the way), and the message a reader sees for each problem. Pure functions of
 * the answers, so the element only decides when to check and what to show.
 */
import * as z from 'zod/mini';
import { formatCount } from './quick-format.js';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import type { FieldContext } from './fields.js';
import type { FileKind } from './file-check.js';
import type { Field, Group, GroupItem, Message, Section, Values } from './model.js';
import { parseNumber } from './number.js';
import { getPath, pathPattern, setPath } from './paths.js';
import type { FilePart } from './submit.js';

/** A field where it stands in the form; a revealed field names the answer that reveals it. */
export interface Slot {
  field: Field;
  path: string;
  shownBy?: { path: string; option: string };
}

/** What checking reads: the answers, the language they were typed in, the form's extra field kinds and its files. */
export interface Answers {
  values: Values;
  locale: Locale;
  kinds: FieldContext['kinds'];
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

/** Builds the payload from the description, with the problems found on the way (dates). */
export function collect(sections: Section[], answers: Answers): { payload: Values; files: FilePart[]; problems: Map<string, Message> } {
  const { values } = answers;
  let payload: Values = {};
  const files: FilePart[] = [];
  const problems = new Map<string, Message>();
  for (const section of sections) {
    for (const item of section.items) {
      if (item.kind === 'group') payload = setPath(payload, item.name, items(values, item).map(() => ({})));
    }
  }
  for (const { field, path, shownBy } of slots(sections, values)) {
    if (!chosen(values, shownBy)) continue;
    const raw = getPath(values, path);
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
          value = parseNumber(raw, answers.locale, field.whole);
          if (value === undefined) problems.set(path, field.messages?.invalid ?? checkThis);
        }
        break;
      case 'checkboxes':
        value = Array.isArray(raw) ? raw.filter((v) => field.options.some(([option]) => option === v)) : [];
        break;
      case 'checkbox':
        value = raw === true ? true : undefined;
        break;
      default: {
        const got = answers.kinds[field.kind]!.collect(raw, field);
        value = got.value;
        if (got.problem) problems.set(path, got.problem);
        break;
      }
      case 'file': {
        const entry = answers.file(path);
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
export function fieldIndex(sections: Section[], values: Values): Map<string, Field> {
  return new Map(slots(sections, values).map(({ field, path }) => [pathPattern(path), field]));
}

const checkThis = () => msg('Check this answer');

/** The message a reader sees for a problem the schema (or the server) found at `path`. */
export function messageFor(path: string, index: Map<string, Field>, answers: Pick<Answers, 'values' | 'locale'>, tooLong?: number): Message {
  const pattern = pathPattern(path);
  const field = index.get(pattern) ?? [...index].find(([p]) => p.startsWith(`${pattern}.`))?.[1];
  if (!field) return checkThis;
  const value = getPath(answers.values, path);
  const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
  if (tooLong !== undefined) return () => msg(str`${field.label} must be ${formatCount(tooLong, answers.locale)} characters or fewer`);
  return (empty ? field.messages?.required : field.messages?.invalid) ?? field.messages?.required ?? field.messages?.invalid ?? checkThis;
}

/**
 * Checks everything: the errors to show, in form order, and the payload when there is nothing to fix.
 * File problems found when the file was chosen (in `before`) stay until another file is chosen.
 */
export function check(
  sections: Section[],
  answers: Answers,
  schema: z.ZodMiniType,
  before: ReadonlyMap<string, Message>,
): { errors: Map<string, Message>; payload: Values; files: FilePart[] } {
  const { payload, files, problems } = collect(sections, answers);
  const index = fieldIndex(sections, answers.values);
  const errors = new Map<string, Message>();
  for (const [path, message] of before) if (index.get(pathPattern(path))?.kind === 'file' && !getPath(answers.values, path)) errors.set(path, message);
  const result = z.safeParse(schema, payload);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const field = index.get(pathPattern(path));
      // A menu with nothing to choose yet (a state before its country) waits for the answer it depends on.
      if (errors.has(path) || problems.has(path) || (field?.kind === 'select' && field.options.length === 0)) continue;
      const tooLong = issue.code === 'too_big' && issue.origin === 'string' ? Number(issue.maximum) : undefined;
      errors.set(path, messageFor(path, index, answers, tooLong));
    }
  }
  for (const [path, message] of problems) errors.set(path, message);
  return { errors: inFormOrder(errors, sections, answers.values), payload, files };
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
