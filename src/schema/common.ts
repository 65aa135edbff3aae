/**
 * Pieces the form schemas share. No Lit, no DOM: the receiver uses them too.
 * lazy-common.ts has the functions that build them (the forms build theirs when they first check answers);
 * here they are built at once.
 */
import * as lazy from './lazy-common.js';

export { fileReference, optionalText, trimmed } from './lazy-common.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = lazy.partialDate();
export const email = lazy.email();
export const northAmericanPlace = lazy.northAmericanPlace();
/** A North American community with its level of government (the request form's). */
export const northAmericanCommunity = lazy.northAmericanCommunity();
export const japanesePlace = lazy.japanesePlace();
export const japaneseCommunity = lazy.japaneseCommunity();
/** What every form adds: the spam trap (empty for people) and an optional captcha token. */
export const submissionMeta = lazy.submissionMeta();
