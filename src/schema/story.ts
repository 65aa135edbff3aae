/**
 * The Hajimari origin-story submission: the contract between
 * <sister-city-story-form>, the receiver and any other backend.
 */
import * as z from 'zod/mini';
import {
  email, fileReference, japanesePlace, northAmericanPlace, optionalText, partialDate, submissionMeta, trimmed,
} from './common.js';
import { CONNECTIONS, MAX_DATES, MAX_PEOPLE, MAX_PHOTOS, PHOTO_TYPES, STORY_LANGUAGES, STORY_MAX_LENGTH } from './story-limits.js';

export { CONNECTIONS, MAX_DATES, MAX_PEOPLE, MAX_PHOTOS, PHOTO_TYPES, STORY_LANGUAGES, STORY_MAX_LENGTH };

export const storySchema = z
  .object({
    na_city: northAmericanPlace,
    jp_city: japanesePlace,
    established: z.optional(partialDate),
    story: trimmed(STORY_MAX_LENGTH),
    connections: z.array(z.enum(CONNECTIONS)).check(z.minLength(1), z.maxLength(CONNECTIONS.length)),
    connection_other: optionalText(200),
    language: z.enum(STORY_LANGUAGES),
    language_other: optionalText(100),
    dates: z.array(z.object({ date: partialDate, event: trimmed(500) })).check(z.maxLength(MAX_DATES)),
    people: z
      .array(
        z.object({
          family_name: trimmed(100),
          given_name: optionalText(100),
          role: trimmed(200),
          side: z.enum(['na', 'jp']),
        }),
      )
      .check(z.maxLength(MAX_PEOPLE)),
    photos: z
      .array(
        z.object({
          file: fileReference(PHOTO_TYPES),
          caption: trimmed(500),
          date: z.optional(partialDate),
          credit: trimmed(200),
          permission: z.literal(true),
        }),
      )
      .check(z.maxLength(MAX_PHOTOS)),
    submitter: z.object({
      name: trimmed(200),
      role: optionalText(200),
      organisation: optionalText(200),
      email,
    }),
    partner_coauthor: z.enum(['yes', 'no']),
    consent: z.literal(true),
    ...submissionMeta,
    /**
     * The sender's own link to the story as sent, for a story sent without a saved draft to an endpoint whose drafts
     * offer `invite` (src/schema/draft.ts): a new secret of a draft link's shape, made in the sender's browser with the
     * Idempotency-Key and sent again with it. The receiver keeps only its SHA-256, as the owner's link of a draft made
     * for this story in the story's own transaction, and answers `invite: true`; the link then only invites the partner.
     */
    owner_token: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))),
  })
  .check(
    // `when`: checked even while other answers are wrong, so every problem is reported at once.
    z.refine((story) => !Array.isArray(story.connections) || !story.connections.includes('other') || !!story.connection_other, {
      path: ['connection_other'],
      message: 'Say what the other connection is',
      when: () => true,
    }),
    z.refine((story) => story.language !== 'other' || !!story.language_other, {
      path: ['language_other'],
      message: 'Say which language',
      when: () => true,
    }),
  );

export type StoryPayload = z.output<typeof storySchema>;
