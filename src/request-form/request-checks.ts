/**
 * The request form's checks of its answers (`loadChecks`, loaded on the first focus in the form or its first
 * press): the engine's check (check-answers.ts) and the request's messages for the problems it finds, by field
 * path (request-fields.ts describes the fields); the error summary and the words of the outcome panels.
 * One part, so that the strings of all come in one table, since the first screen shows none of them.
 */
import { msg } from '../i18n/localize.js';
import { invalidEmail, regionRequired, submitterRequired } from '../forms/common-messages.js';
import type { MessageTable } from '../forms/model.js';
import type { OutcomeWords } from '../forms/sister-city-form.js';

const communityName = () => msg('Enter the name of your community');
const level = () => msg('Select the level of government');

export { check } from '../forms/check-answers.js';
export { errorSummary } from '../forms/error-summary.js';

/** The words of the outcome panels, which only a send (after a check) shows. */
export const words = (): OutcomeWords => ({
  sent: msg('Request sent'),
  notSent: msg('Your request has not been sent'),
  nextSteps: msg(
    'JLGC will read your request and may contact you by email. CLAIR will then publish it on its website so that communities on the other side can find you. Keep the reference above if you write to them about it.',
  ),
});

export const messages: MessageTable = {
  required: {
    direction: () => msg('Select who is looking for a sister city'),
    'na_community.country': () => msg('Select the country of your community'),
    'na_community.region': regionRequired,
    'na_community.name': communityName,
    'na_community.level': level,
    'jp_community.prefecture': () => msg('Select the prefecture'),
    'jp_community.name': communityName,
    'jp_community.level': level,
    'population.count': () => msg('Enter the population'),
    'population.as_of': () => msg('Enter the year of the population figure'),
    'area.value': () => msg('Enter the area'),
    'area.unit': () => msg('Select the unit of the area'),
    geography: () => msg('Describe the geography and how to get there from the nearest international airport'),
    activities: () => msg('Describe the industry, culture and education of your community'),
    expectations: () => msg('Describe what you expect from a partner'),
    exchanges: () => msg('Select at least one kind of exchange'),
    exchanges_other: () => msg('Say what other kind of exchange you want'),
    ...submitterRequired('submitter'),
    'contacts.*.name': () => msg('Enter the name'),
    'contacts.*.title': () => msg('Enter the job title'),
    'contacts.*.organisation': () => msg('Enter the organisation'),
    'contacts.*.email': () => msg('Enter the email address'),
    consent: () => msg('You must agree to publication before you can send your request'),
  },
  invalid: {
    'population.count': () => msg('Enter the population as a whole number, like 48,000'),
    'population.as_of': () => msg('Enter the year as 4 digits, like 2020'),
    'area.value': () => msg('Enter the area as a number, like 1,234.5'),
    'submitter.email': invalidEmail,
    'contacts.*.email': invalidEmail,
    'contacts.*.phone': () => msg('Enter a phone number with digits only, like +1 651 266 8989'),
  },
};
