/**
 * The checking of the story form's date field (date-field.ts draws it): what its boxes' answer is, or what is
 * wrong with it, and the answer as the review shows it. Loaded with the story form's checks (story-checks.ts),
 * with its messages in their table: the first screen only draws the boxes, and no date is checked or shown
 * as an answer before the checks are in.
 */
import { formatPartialDate } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import type { FieldCheck } from './fields.js';
import { isEmptyDate, parsePartialDate, type DateParts, type DateProblem } from './partial-date.js';

function problemText(problem: DateProblem, label: string): string {
  switch (problem) {
    case 'missing-year':
      return msg(str`${label} must include a year`);
    case 'year':
      return msg(str`${label}: enter the year as 4 digits, like 1955`);
    case 'month':
      return msg(str`${label}: enter the month as a number from 1 to 12, or its name`);
    case 'day-without-month':
      return msg(str`${label} must include a month when it has a day`);
    default:
      return msg(str`${label} must be a real date`);
  }
}

const parse = (raw: unknown) => (isEmptyDate(raw as DateParts) ? undefined : parsePartialDate((raw ?? {}) as DateParts));

export const dateCheck: FieldCheck = {
  collect(raw, field) {
    const parsed = parse(raw);
    return !parsed ? {} : 'value' in parsed ? { value: parsed.value } : { problem: () => problemText(parsed.problem, field.label) };
  },

  text(raw, locale) {
    const parsed = parse(raw);
    return parsed && 'value' in parsed ? formatPartialDate(parsed.value, locale) : undefined;
  },
};
