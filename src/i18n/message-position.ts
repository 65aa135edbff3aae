/**
 * Where a message stands in the tables of every language: its id is lit-localize's
 * hash of the English text cut to ID_LENGTH characters (scripts/message-tables.mjs
 * writes the tables in the order of `ids` and refuses a collision). Loaded with a
 * language, so an English page downloads neither the ids nor the hashing.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { ids } from '../generated/message-ids.js';

export const ID_LENGTH = 6;

const positions = new Map(ids.split(',').map((id, i) => [id, i]));
const known = new Map<string | TemplateStringsArray, number | undefined>();

export function positionOf(strings: string | TemplateStringsArray, id?: string): number | undefined {
  if (id !== undefined) return positions.get(id);
  if (!known.has(strings)) known.set(strings, positions.get(generateMsgId(strings, false).slice(1, 1 + ID_LENGTH)));
  return known.get(strings);
}
