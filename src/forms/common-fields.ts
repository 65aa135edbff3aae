/**
 * Pieces of form descriptions that both forms ask for: places, names, the person
 * filling in the form.
 */
import type { Locale } from '../i18n/language.js';
import { msg } from '../i18n/localize.js';
import type { Field, Option } from './model.js';
import { prefectureName, regionName, regionsOf } from '../regions/names.js';
import { PREFECTURES_EN } from '../regions/data.js';

export function regionOptions(country: unknown, locale: Locale): Option[] {
  if (country !== 'US' && country !== 'CA') return [];
  return Object.keys(regionsOf(country))
    .map((code): Option => [code, regionName(country, code, locale)])
    .sort((a, b) => a[1].localeCompare(b[1], locale));
}

export function prefectureOptions(locale: Locale): Option[] {
  return PREFECTURES_EN.map((_, i): Option => [String(i + 1), prefectureName(i + 1, locale)]);
}

export const countryOptions = (): Option[] => [
  ['US', msg('United States')],
  ['CA', msg('Canada')],
];

/** Family name first in Japanese, given name first otherwise. */
export function nameFields(locale: Locale): Field[] {
  const family: Field = {
    kind: 'text', name: 'family_name', label: msg('Family name'), width: 'medium', spellcheck: false,
  };
  const given: Field = {
    kind: 'text', name: 'given_name', label: msg('Given name'), width: 'medium', optional: true, spellcheck: false,
  };
  return locale === 'ja' ? [family, given] : [given, family];
}

/** Who fills in the form: name, role, organisation, email (at `submitter.*`). */
export const submitterFields = (emailHint: string): Field[] => [
  { kind: 'text', name: 'submitter.name', label: msg('Your name'), autocomplete: 'name', spellcheck: false },
  { kind: 'text', name: 'submitter.role', label: msg('Your role'), autocomplete: 'organization-title', optional: true },
  { kind: 'text', name: 'submitter.organisation', label: msg('Organisation'), autocomplete: 'organization', optional: true, hint: msg('For example, your sister city association or city hall') },
  {
    kind: 'email', name: 'submitter.email', label: msg('Email address'), autocomplete: 'email', spellcheck: false,
    hint: emailHint,
  },
];
