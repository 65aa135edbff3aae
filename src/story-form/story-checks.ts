/**
 * The story form's checks of its answers (`loadChecks`, loaded on the first focus in the form or its first
 * press): the engine's check (check-answers.ts) and the story's messages for the problems it finds, by field
 * path (story-fields.ts describes the fields); the checking of its dates, the error summary and the words of the outcome panels.
 * One part, so that the strings of all come in one table, since the first screen shows none of them.
 */
import { msg } from '../i18n/localize.js';
import { invalidEmail, regionRequired, submitterRequired } from '../forms/common-messages.js';
import { dateCheck } from '../forms/date-check.js';
import type { MessageTable } from '../forms/model.js';
import type { OutcomeWords } from '../forms/sister-city-form.js';

export { check } from '../forms/check-answers.js';
export { errorSummary } from '../forms/error-summary.js';

/** The checking of the story's dates (date-field.ts draws them). */
export const kinds = { date: dateCheck };

/** The words of the outcome panels, which only a send (after a check) shows. */
export const words = (): OutcomeWords => ({
  sent: msg('Story sent'),
  notSent: msg('Your story has not been sent'),
  nextSteps: msg(
    'Sister Cities International will read your story and may contact you by email with questions. Keep the reference above if you write to them about it.',
  ),
});

export const messages: MessageTable = {
  required: {
    'na_city.country': () => msg('Select the country of the North American city'),
    'na_city.region': regionRequired,
    'na_city.name': () => msg('Enter the name of the North American city, county or state'),
    'jp_city.prefecture': () => msg('Select the prefecture of the Japanese city'),
    'jp_city.name': () => msg('Enter the name of the Japanese municipality or prefecture'),
    story: () => msg('Enter the story of how the relationship began'),
    connections: () => msg('Select at least one connection'),
    connection_other: () => msg('Say what else connected the two cities'),
    language: () => msg('Select the language the story is written in'),
    language_other: () => msg('Enter the language the story is written in'),
    'dates.*.date': () => msg('Enter the date, at least its year'),
    'dates.*.event': () => msg('Enter what happened on this date'),
    'people.*.family_name': () => msg('Enter the family name'),
    'people.*.role': () => msg('Enter the role this person played'),
    'people.*.side': () => msg('Select which city this person is from'),
    'photos.*.file': () => msg('Choose the photo file'),
    'photos.*.caption': () => msg('Enter a caption that says who or what is in the photo'),
    'photos.*.credit': () => msg('Enter who took the photo or owns it'),
    'photos.*.permission': () => msg('Confirm that you have permission to publish this photo'),
    ...submitterRequired('submitter'),
    partner_coauthor: () => msg('Select yes if the partner city is writing this story with you'),
    consent: () => msg('You must agree to publication before you can send your story'),
    // The partner city's side (invite.ts) asks for its author as the story asks for its submitter.
    ...submitterRequired('author'),
  },
  invalid: { 'submitter.email': invalidEmail, 'author.email': invalidEmail },
};
