/**
 * The story form's messages for the problems of its answers, by field path (story-fields.ts describes the
 * fields): loaded with the checks of the answers, with their strings (`loadMessages`), since the first screen
 * shows none of them.
 */
import { msg } from '../i18n/localize.js';
import { regionRequired, submitterMessages } from '../forms/common-messages.js';
import type { MessageTable } from '../forms/model.js';

export const storyMessages: MessageTable = {
  'na_city.country': { required: () => msg('Select the country of the North American city') },
  'na_city.region': { required: regionRequired },
  'na_city.name': { required: () => msg('Enter the name of the North American city, county or state') },
  'jp_city.prefecture': { required: () => msg('Select the prefecture of the Japanese city') },
  'jp_city.name': { required: () => msg('Enter the name of the Japanese municipality or prefecture') },
  story: { required: () => msg('Enter the story of how the relationship began') },
  connections: { required: () => msg('Select at least one connection') },
  connection_other: { required: () => msg('Say what else connected the two cities') },
  language: { required: () => msg('Select the language the story is written in') },
  language_other: { required: () => msg('Enter the language the story is written in') },
  'dates.*.date': { required: () => msg('Enter the date, at least its year') },
  'dates.*.event': { required: () => msg('Enter what happened on this date') },
  'people.*.family_name': { required: () => msg('Enter the family name') },
  'people.*.role': { required: () => msg('Enter the role this person played') },
  'people.*.side': { required: () => msg('Select which city this person is from') },
  'photos.*.file': { required: () => msg('Choose the photo file') },
  'photos.*.caption': { required: () => msg('Enter a caption that says who or what is in the photo') },
  'photos.*.credit': { required: () => msg('Enter who took the photo or owns it') },
  'photos.*.permission': { required: () => msg('Confirm that you have permission to publish this photo') },
  ...submitterMessages('submitter'),
  partner_coauthor: { required: () => msg('Select yes if the partner city is writing this story with you') },
  consent: { required: () => msg('You must agree to publication before you can send your story') },
  // The partner city's side (invite.ts) asks for its author as the story asks for its submitter.
  ...submitterMessages('author'),
};
