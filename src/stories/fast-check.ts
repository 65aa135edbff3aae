/**
 * A hand-written check of a story that accepts only what the reader's schema (slow-check.ts) accepts,
 * without zod: when every story passes it, the schema never loads. It answers false for anything it is
 * unsure of, and the caller then asks the schema, which stays the contract and words the reason a story
 * is skipped (test/stories/fast-check.test.ts holds the two together).
 */
import { isPartialDate } from '../schema/dates.js';

type Fields = Record<string, unknown>;

/** A plain object (what JSON gives); anything more exotic is left to the schema. */
function isRecord(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const text = (value: unknown) => isString(value) && /\S/.test(value);
const date = (value: unknown) => isString(value) && isPartialDate(value);

/** Absent, or an array (holes included) whose every item passes. */
function list(value: unknown, item: (value: unknown) => boolean): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
  return true;
}

/** Whether the schema surely accepts the story. */
export function fastStory(story: unknown): boolean {
  if (!isRecord(story)) return false;
  const { na_city: na, jp_city: jp, partner_side: partner } = story;
  return (
    text(story.reference) &&
    isRecord(na) && (na.country === 'US' || na.country === 'CA') && text(na.region) && text(na.name) &&
    isRecord(jp) && Number.isInteger(jp.prefecture) && (jp.prefecture as number) >= 1 && (jp.prefecture as number) <= 47 && text(jp.name) &&
    (story.established === undefined || date(story.established)) &&
    text(story.story) &&
    list(story.connections, isString) &&
    list(story.dates, (item) => isRecord(item) && date(item.date) && text(item.event)) &&
    list(story.people, (item) => isRecord(item) && text(item.family_name) && isString(item.role)) &&
    list(story.photos, (item) => isRecord(item) && text(item.url) && isString(item.caption) && isString(item.credit)) &&
    (partner === undefined || (isRecord(partner) && text(partner.story)))
  );
}
