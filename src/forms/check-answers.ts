/**
 * Checking the answers against the form's description and schema: the payload built from the
 * answers (with the problems found on the way), and the message a reader sees for each problem.
 * Pure functions of the answers, so the element only decides when to check and what to show.
 * Loaded with the schema, on the first focus in a form or its first submit (the first screen
 * needs none of it).
 */
import type * as z from 'zod/mini';
import { formatNumber } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { chosen, fieldIndex, inFormOrder, items, slots, type Answers } from './check.js';
import type { Field, FieldMessages, Message, Section, Values } from './model.js';
import { parseNumber } from './number.js';
import { getPath, pathPattern, setPath } from './paths.js';
import type { FilePart } from './submit.js';

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
          if (value === undefined) problems.set(path, messagesOf(field, pathPattern(path), answers).invalid ?? checkThis);
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

const checkThis = () => msg('Check this answer');

/** A field's messages: its own (a description loaded later), else the form's for its path pattern. */
const messagesOf = (field: Field, pattern: string, { messages }: Pick<Answers, 'messages'>): FieldMessages =>
  field.messages ?? { required: messages.required[pattern], invalid: messages.invalid?.[pattern] };

/** The message a reader sees for a problem the schema (or the server) found at `path`. */
export function messageFor(path: string, index: Map<string, Field>, answers: Pick<Answers, 'values' | 'locale' | 'messages'>, tooLong?: number): Message {
  const pattern = pathPattern(path);
  // A problem with a whole object ("na_city") is its first field's.
  const [at, field] = index.has(pattern) ? [pattern, index.get(pattern)!] : ([...index].find(([p]) => p.startsWith(`${pattern}.`)) ?? []);
  if (!field) return checkThis;
  const value = getPath(answers.values, path);
  const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
  if (tooLong !== undefined) return () => msg(str`${field.label} must be ${formatNumber(tooLong, answers.locale)} characters or fewer`);
  const { required, invalid } = messagesOf(field, at!, answers);
  return (empty ? required : invalid) ?? required ?? invalid ?? checkThis;
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
  const result = schema.safeParse(payload);
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

