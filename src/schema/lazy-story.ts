/**
 * The Hajimari origin-story submission, built on first use: the story form builds it when it
 * first checks answers, not while it starts. story.ts gives the built schema to everyone else.
 */
import * as z from 'zod/mini';
import {
  email, fileReference, japanesePlace, northAmericanPlace, optionalText, partialDate, submissionMeta, trimmed,
  once,
} from './lazy-common.js';

export const CONNECTIONS = [
  'business', 'friendship', 'education', 'humanitarian', 'culture', 'sports', 'disaster-relief', 'other',
] as const;
export const STORY_LANGUAGES = ['en', 'ja', 'fr', 'other'] as const;
export const STORY_MAX_LENGTH = 10_000;
export const MAX_DATES = 20;
export const MAX_PEOPLE = 20;
/** The most photos any form may send; an element may allow fewer. */
export const MAX_PHOTOS = 10;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;

export const storySchema = once(() =>
  z
    .object({
      na_city: northAmericanPlace(),
      jp_city: japanesePlace(),
      established: z.optional(partialDate()),
      story: trimmed(STORY_MAX_LENGTH),
      connections: z.array(z.enum(CONNECTIONS)).check(z.minLength(1), z.maxLength(CONNECTIONS.length)),
      connection_other: optionalText(200),
      language: z.enum(STORY_LANGUAGES),
      language_other: optionalText(100),
      dates: z.array(z.object({ date: partialDate(), event: trimmed(500) })).check(z.maxLength(MAX_DATES)),
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
            date: z.optional(partialDate()),
            credit: trimmed(200),
            permission: z.literal(true),
          }),
        )
        .check(z.maxLength(MAX_PHOTOS)),
      submitter: z.object({
        name: trimmed(200),
        role: optionalText(200),
        organisation: optionalText(200),
        email: email(),
      }),
      partner_coauthor: z.enum(['yes', 'no']),
      consent: z.literal(true),
      ...submissionMeta(),
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
    ),
);
