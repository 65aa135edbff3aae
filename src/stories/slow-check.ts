/**
 * The reader's check of a story, with zod: the contract for what it shows, and the words of the reason a
 * story is skipped. Loaded by loadStories (feed.ts) only when the fast check (fast-check.ts) refuses some
 * story, so that zod stays off the page while the feed is good (the receiver's feed always is).
 */
import * as z from 'zod/mini';
import { prefectureCode } from '../schema/codes.js';
import { isPartialDate } from '../schema/dates.js';

const text = z.string().check(z.regex(/\S/));
const date = z.string().check(z.refine(isPartialDate));
const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item));

/**
 * The fields the reader reads, checked (the receiver checked the whole public version with
 * src/schema/public.ts before publishing; a hand-written file gets the same leniency as the
 * directory's: a story the reader cannot show is skipped, never fatal). Anything else is optional.
 */
export const storyShape = z.object({
  reference: text,
  na_city: z.object({ country: z.enum(['US', 'CA']), region: text, name: text }),
  jp_city: z.object({ prefecture: prefectureCode, name: text }),
  established: z.optional(date),
  story: text,
  connections: list(z.string()),
  dates: list(z.object({ date, event: text })),
  people: list(z.object({ family_name: text, role: z.string() })),
  photos: list(z.object({ url: text, caption: z.string(), credit: z.string() })),
  partner_side: z.optional(z.object({ story: text })),
});

/** What is wrong with a story for the reader to show it, or undefined when nothing is. */
export function storyProblem(value: unknown): string | undefined {
  const result = z.safeParse(storyShape, value);
  return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.') || 'story'}: ${issue.message}`).join('; ');
}
