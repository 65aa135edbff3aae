/**
 * A message's id in the string tables: lit-localize's hash of the English text cut to ID_LENGTH
 * characters (scripts/message-tables.mjs writes the tables with these ids and refuses a
 * collision), or its explicit id. Loaded with a language, so an English page downloads no hashing.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

export const ID_LENGTH = 6;

const known = new Map<string | TemplateStringsArray, string>();

export function idOf(strings: string | TemplateStringsArray, id?: string): string {
  if (id !== undefined) return id;
  let short = known.get(strings);
  if (short === undefined) known.set(strings, (short = generateMsgId(strings, false).slice(1, 1 + ID_LENGTH)));
  return short;
}
