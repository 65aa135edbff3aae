/**
 * The Hajimari origin-story submission: the contract between
 * <sister-city-story-form>, the receiver and any other backend.
 */
import type * as z from 'zod/mini';
import * as lazy from './lazy-story.js';

export { CONNECTIONS, MAX_DATES, MAX_PEOPLE, MAX_PHOTOS, PHOTO_TYPES, STORY_LANGUAGES, STORY_MAX_LENGTH } from './lazy-story.js';

export const storySchema = lazy.storySchema();

export type StoryPayload = z.output<typeof storySchema>;
