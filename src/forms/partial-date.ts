/**
 * A date that may be only a year, a month and year, or a full date, typed into
 * three text fields. Accepts full-width digits and month names in English,
 * French and Japanese ("Dec", "décembre", "12月").
 */
import { isPartialDate } from '../schema/dates.js';

export interface DateParts {
  year?: string;
  month?: string;
  day?: string;
}

/** What is wrong with the parts, for the message at the field. */
export type DateProblem = 'missing-year' | 'year' | 'month' | 'day' | 'day-without-month' | 'not-real';

const MONTHS: string[][] = [
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc'],
];

const clean = (value: string | undefined) => (value ?? '').normalize('NFKC').trim().toLowerCase().replace(/[.\s]+$/, '');

export function parseMonth(value: string): number | undefined {
  const text = clean(value).replace(/月$/, '');
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const index = MONTHS.findIndex((names) => names.includes(text));
  return index >= 0 ? index + 1 : undefined;
}

export function isEmptyDate(parts: DateParts | undefined): boolean {
  return !clean(parts?.year) && !clean(parts?.month) && !clean(parts?.day);
}

/** Turns the parts into `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or says what is wrong. */
export function parsePartialDate(parts: DateParts): { value: string } | { problem: DateProblem } {
  const yearText = clean(parts.year).replace(/年$/, '');
  const monthText = clean(parts.month);
  const dayText = clean(parts.day).replace(/日$/, '');
  if (!yearText) return { problem: 'missing-year' };
  if (!/^\d{4}$/.test(yearText)) return { problem: 'year' };
  let value = yearText;
  if (monthText) {
    const month = parseMonth(monthText);
    if (month === undefined) return { problem: 'month' };
    value += `-${String(month).padStart(2, '0')}`;
  } else if (dayText) {
    return { problem: 'day-without-month' };
  }
  if (dayText) {
    if (!/^\d{1,2}$/.test(dayText)) return { problem: 'day' };
    value += `-${dayText.padStart(2, '0')}`;
  }
  return isPartialDate(value) ? { value } : { problem: value.length === 4 ? 'year' : 'not-real' };
}

/** The parts of a stored `YYYY[-MM[-DD]]` value, for filling the fields again. */
export function dateToParts(value: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = (value ?? '').split('-');
  return { year, month: month && String(Number(month)), day: day && String(Number(day)) };
}
