/**
 * The messages of the problems with answers both forms ask for (common-fields.ts), by field path:
 * part of each form's messages module, loaded with the checks of the answers.
 */
import { msg } from '../i18n/localize.js';

export const invalidEmail = () => msg('Enter an email address in the right format, like name@example.com');

export const regionRequired = () => msg('Select the state, province or territory');

/** The person filling in the form, at `<at>.*` (`submitter`; in the story form, also the partner city's `author`). */
export const submitterRequired = (at: string) => ({
  [`${at}.name`]: () => msg('Enter your name'),
  [`${at}.email`]: () => msg('Enter your email address'),
});
