/**
 * The request form's messages for the problems of its answers, by field path (request-fields.ts describes
 * the fields): loaded with the checks of the answers, with their strings (`loadMessages`), since the first
 * screen shows none of them.
 */
import { msg } from '../i18n/localize.js';
import { invalidEmail, regionRequired, submitterMessages } from '../forms/common-messages.js';
import type { MessageTable } from '../forms/model.js';

const communityName = { required: () => msg('Enter the name of your community') };
const level = { required: () => msg('Select the level of government') };

export const requestMessages: MessageTable = {
  direction: { required: () => msg('Select who is looking for a sister city') },
  'na_community.country': { required: () => msg('Select the country of your community') },
  'na_community.region': { required: regionRequired },
  'na_community.name': communityName,
  'na_community.level': level,
  'jp_community.prefecture': { required: () => msg('Select the prefecture') },
  'jp_community.name': communityName,
  'jp_community.level': level,
  'population.count': { required: () => msg('Enter the population'), invalid: () => msg('Enter the population as a whole number, like 48,000') },
  'population.as_of': { required: () => msg('Enter the year of the population figure'), invalid: () => msg('Enter the year as 4 digits, like 2020') },
  'area.value': { required: () => msg('Enter the area'), invalid: () => msg('Enter the area as a number, like 1,234.5') },
  'area.unit': { required: () => msg('Select the unit of the area') },
  geography: { required: () => msg('Describe the geography and how to get there from the nearest international airport') },
  activities: { required: () => msg('Describe the industry, culture and education of your community') },
  expectations: { required: () => msg('Describe what you expect from a partner') },
  exchanges: { required: () => msg('Select at least one kind of exchange') },
  exchanges_other: { required: () => msg('Say what other kind of exchange you want') },
  ...submitterMessages('submitter'),
  'contacts.*.name': { required: () => msg('Enter the name') },
  'contacts.*.title': { required: () => msg('Enter the job title') },
  'contacts.*.organisation': { required: () => msg('Enter the organisation') },
  'contacts.*.email': { required: () => msg('Enter the email address'), invalid: invalidEmail },
  'contacts.*.phone': { invalid: () => msg('Enter a phone number with digits only, like +1 651 266 8989') },
  consent: { required: () => msg('You must agree to publication before you can send your request') },
};
