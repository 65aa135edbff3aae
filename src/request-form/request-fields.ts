/**
 * The partner request ("becoming a sister city"), described section by section
 * for the form engine. The first answer, the direction, decides which questions
 * about the community follow; the profile is the same in both directions.
 */
import type { Locale } from '../i18n/language.js';
import { formatNumber } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { countryOptions, prefectureOptions, regionOptions, submitterFields } from '../forms/common-fields.js';
import { formatBytes } from '../forms/fields.js';
import type { Field, Section } from '../forms/model.js';
import { parseNumber } from '../forms/number.js';
import { jpLevelLabel, naLevelLabel } from '../i18n/levels.js';
import { JP_LEVELS, NA_LEVELS } from '../schema/levels.js';
import { MAX_CONTACTS } from '../schema/request-limits.js';

const SQ_MI_IN_KM2 = 2.589988110336;
const TEXT = 5000;

type Answers = Record<string, Record<string, string | undefined> | undefined> & { direction?: string };

/** "About 463 square miles" under the unit of an area given in km², and the other way round. */
function otherUnit(area: Answers['area'], locale: Locale): string | undefined {
  const value = parseNumber(area?.value ?? '', locale);
  if (!value) return undefined;
  if (area?.unit === 'km2') return msg(str`That is about ${formatNumber(Math.round(value / SQ_MI_IN_KM2), locale)} square miles.`);
  if (area?.unit === 'sq-mi') return msg(str`That is about ${formatNumber(Math.round(value * SQ_MI_IN_KM2), locale)} square kilometres.`);
  return undefined;
}

function communityFields(values: Answers, locale: Locale): Field[] {
  const name = (base: string, hint: string): Field => ({
    kind: 'text', name: `${base}.name`, label: msg('Name of your community'), hint,
  });
  const level = { kind: 'radios', label: msg('Level of government') } as const;
  if (values.direction === 'na-seeking-jp') {
    const country = values.na_community?.country;
    return [
      {
        kind: 'radios', name: 'na_community.country', label: msg('Country'), inline: true, options: countryOptions(),
      },
      {
        kind: 'select', name: 'na_community.region', label: country === 'CA' ? msg('Province or territory') : msg('State or territory'),
        placeholder: msg('Select…'), options: regionOptions(country, locale),
        hint: country ? undefined : msg('Select the country first'),
      },
      name('na_community', msg('For example, Saint Paul or Washington County')),
      { ...level, name: 'na_community.level', options: NA_LEVELS.map((code) => [code, naLevelLabel(code)]) },
    ];
  }
  if (values.direction === 'jp-seeking-na') {
    return [
      {
        kind: 'select', name: 'jp_community.prefecture', label: msg('Prefecture'), placeholder: msg('Select…'),
        options: prefectureOptions(locale), numeric: true,
      },
      name('jp_community', msg('In Japanese or in English, for example 長崎市 or Nagasaki')),
      { ...level, name: 'jp_community.level', inline: true, options: JP_LEVELS.map((code) => [code, jpLevelLabel(code)]) },
    ];
  }
  return [];
}

export function requestSections(answers: Record<string, unknown>, locale: Locale, maxMb: number): Section[] {
  const values = answers as Answers;
  const submitter = values.submitter;
  return [
    {
      id: 'direction',
      heading: msg('Who is asking'),
      items: [
        {
          kind: 'radios', name: 'direction', label: msg('Who is looking for a sister city?'),
          options: [
            ['na-seeking-jp', msg('A North American community seeking a Japanese partner')],
            ['jp-seeking-na', msg('A Japanese prefecture or municipality seeking a North American partner')],
          ],
        },
      ],
    },
    {
      id: 'community',
      heading: msg('Your community'),
      intro: values.direction ? undefined : msg('Answer the first question to see the questions about your community.'),
      items: communityFields(values, locale),
    },
    {
      id: 'profile',
      heading: msg('Profile'),
      items: [
        {
          kind: 'number', name: 'population.count', label: msg('Population'), whole: true, width: 'medium',
        },
        {
          kind: 'number', name: 'population.as_of', label: msg('Year of the population figure'), whole: true, width: 'short',
          hint: msg('For example, 2020 for the 2020 census'),
        },
        {
          kind: 'number', name: 'area.value', label: msg('Area'), width: 'medium',
        },
        {
          kind: 'radios', name: 'area.unit', label: msg('Unit of the area'), inline: true, hint: otherUnit(values.area, locale),
          options: [['km2', msg('Square kilometres (km²)')], ['sq-mi', msg('Square miles (sq mi)')]],
        },
        {
          kind: 'textarea', name: 'geography', label: msg('Geography and access'), maxLength: TEXT,
          hint: msg('An outline of the geography and landscape, and how to get there from the nearest international airport.'),
        },
        {
          kind: 'textarea', name: 'activities', label: msg('Industry, culture and education'), maxLength: TEXT,
          hint: msg('Main industries, cultural and educational activities, and facilities such as universities, museums or sports grounds.'),
        },
        {
          kind: 'textarea', name: 'history', label: msg('Special historical background'), maxLength: TEXT, optional: true,
          hint: msg('For example, ties your community already has with the other country.'),
        },
      ],
    },
    {
      id: 'partnership',
      heading: msg('The partnership you want'),
      items: [
        {
          kind: 'textarea', name: 'expectations', label: msg('What you expect from a partner'), maxLength: TEXT,
          hint: msg('What your community hopes to do with a partner, and to gain from the relationship.'),
        },
        {
          kind: 'checkboxes', name: 'exchanges', label: msg('Kinds of exchange you want'), hint: msg('Select all that apply.'),
          options: [
            ['education-youth', msg('Education and youth')], ['culture-arts', msg('Culture and the arts')], ['sports', msg('Sports')],
            ['tourism', msg('Tourism')], ['economy-trade', msg('Economy and trade')], ['agriculture', msg('Agriculture')],
            ['technology', msg('Technology')], ['government', msg('Government and administration')], ['other', msg('Something else')],
          ],
          reveals: {
            other: {
              kind: 'text', name: 'exchanges_other', label: msg('What other kind of exchange?'),
            },
          },
        },
        {
          kind: 'textarea', name: 'partner_preferences', label: msg('The partner you are looking for'), maxLength: 2000, rows: 4, optional: true,
          hint: msg('A region, a size, or traits such as a port, a university or an industry you share.'),
        },
      ],
    },
    {
      id: 'about-you',
      heading: msg('About you'),
      items: submitterFields(msg('CLAIR and JLGC will use this to ask about your request.')),
    },
    {
      id: 'contacts',
      heading: msg('Contacts'),
      items: [
        {
          kind: 'group', name: 'contacts', heading: msg('Officials or organisations with authority'),
          hint: msg('People who can move the choice of a partner forward. Add at least one; it may be you.'),
          min: 1, max: MAX_CONTACTS,
          itemHeading: (n) => msg(str`Contact ${n}`), addLabel: msg('Add another contact'), removeLabel: (n) => msg(str`Remove contact ${n}`),
          maxMessage: msg(str`You can add up to ${MAX_CONTACTS} contacts.`),
          copy: {
            label: msg('Add yourself as a contact'),
            from: () => ({ name: submitter?.name, title: submitter?.role, organisation: submitter?.organisation, email: submitter?.email }),
          },
          fields: [
            {
              kind: 'text', name: 'name', label: msg('Name'), autocomplete: 'section-contact name', spellcheck: false,
            },
            {
              kind: 'text', name: 'title', label: msg('Job title'), autocomplete: 'section-contact organization-title',
            },
            {
              kind: 'text', name: 'organisation', label: msg('Organisation'), autocomplete: 'section-contact organization',
            },
            {
              kind: 'email', name: 'email', label: msg('Email address'), autocomplete: 'section-contact email', spellcheck: false,
            },
            {
              kind: 'tel', name: 'phone', label: msg('Phone number'), autocomplete: 'section-contact tel', width: 'medium', optional: true,
              hint: msg('With the country code, for example +81 95 825 5151'),
            },
          ],
        },
      ],
    },
    {
      id: 'more',
      heading: msg('Anything else'),
      items: [
        { kind: 'textarea', name: 'other_information', label: msg('Any other information'), maxLength: TEXT, rows: 4, optional: true },
        {
          kind: 'file', name: 'pamphlet', part: 'pamphlet', label: msg('Pamphlet or other materials'), optional: true,
          accept: 'application/pdf,image/jpeg,image/png,.pdf',
          hint: msg(str`One PDF, JPEG or PNG file about your community, up to ${formatBytes(maxMb * 1_000_000, locale)}.`),
        },
        {
          kind: 'checkbox', name: 'consent',
          label: msg("I agree that CLAIR may publish this request, with the community's profile and contacts, on its website"),
        },
      ],
    },
  ];
}
