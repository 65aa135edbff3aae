/**
 * The story's lists and limits, without zod: what <sister-city-story-form> needs to show its first
 * screen, before any answer is checked (the schema in story.ts, which carries zod, loads later).
 */
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
