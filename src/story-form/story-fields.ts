/**
 * The Hajimari story form, described section by section for the form engine.
 * Labels are built here, while the element renders, in the reader's language.
 */
import type { Locale } from '../i18n/language.js';
import { plural } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { countryOptions, nameFields, prefectureOptions, regionOptions, submitterFields } from '../forms/common-fields.js';
import { formatBytes } from '../forms/fields.js';
import type { Section } from '../forms/model.js';
import { MAX_DATES, MAX_PEOPLE, STORY_MAX_LENGTH } from '../schema/story-limits.js';

export function storySections(values: Record<string, unknown>, locale: Locale, maxPhotos: number, maxMb: number): Section[] {
  const naCountry = (values.na_city as { country?: unknown } | undefined)?.country;
  return [
    {
      id: 'cities',
      heading: msg('The two cities'),
      items: [
        {
          kind: 'radios', name: 'na_city.country', label: msg('Country of the North American city'), inline: true,
          options: countryOptions(),
        },
        {
          kind: 'select', name: 'na_city.region', label: naCountry === 'CA' ? msg('Province or territory') : msg('State or territory'),
          placeholder: msg('Select…'), options: regionOptions(naCountry, locale),
          hint: naCountry ? undefined : msg('Select the country first'),
        },
        {
          kind: 'text', name: 'na_city.name', label: msg('North American city, county or state'), autocomplete: 'off',
        },
        {
          kind: 'select', name: 'jp_city.prefecture', label: msg('Prefecture'), placeholder: msg('Select…'),
          options: prefectureOptions(locale), numeric: true,
        },
        {
          kind: 'text', name: 'jp_city.name', label: msg('Japanese municipality or prefecture'),
          hint: msg('In Japanese or in English, for example 長崎市 or Nagasaki'),
        },
        {
          kind: 'date', name: 'established', label: msg('When the relationship was established'), optional: true,
          hint: msg('A year is enough, for example 1955. Add the month and day if you know them.'),
        },
      ],
    },
    {
      id: 'story',
      heading: msg('The story'),
      items: [
        {
          kind: 'textarea', name: 'story', label: msg('How did the relationship begin?'), maxLength: STORY_MAX_LENGTH, rows: 12,
          hint: msg('Tell the story in your own words: who met whom, what brought the two cities together, and what happened next.'),
        },
        {
          kind: 'checkboxes', name: 'connections', label: msg('What connected the two cities?'),
          hint: msg('Select all that apply.'),
          options: [
            ['business', msg('Business')], ['friendship', msg('Friendship', { id: 'connection-friendship', desc: 'A kind of connection between two cities: personal friendship' })], ['education', msg('Education')],
            ['humanitarian', msg('Humanitarian')], ['culture', msg('Culture')], ['sports', msg('Sports')],
            ['disaster-relief', msg('Disaster relief')], ['other', msg('Something else')],
          ],
          reveals: {
            other: {
              kind: 'text', name: 'connection_other', label: msg('What else connected them?'),
            },
          },
        },
        {
          kind: 'radios', name: 'language', label: msg('Which language is the story written in?'),
          options: [['en', msg('English')], ['ja', msg('Japanese')], ['fr', msg('French')], ['other', msg('Another language')]],
          reveals: {
            other: {
              kind: 'text', name: 'language_other', label: msg('Which language?'),
            },
          },
        },
      ],
    },
    {
      id: 'details',
      heading: msg('Dates, people and photos'),
      intro: msg('Add as many as you like, or none.'),
      items: [
        {
          kind: 'group', name: 'dates', heading: msg('Important dates'), max: MAX_DATES,
          itemHeading: (n) => msg(str`Date ${n}`), addLabel: msg('Add a date'), removeLabel: (n) => msg(str`Remove date ${n}`),
          maxMessage: msg(str`You can add up to ${MAX_DATES} dates.`),
          fields: [
            {
              kind: 'date', name: 'date', label: msg('Date'), hint: msg('A year, a month and year, or a full date'),
            },
            {
              kind: 'text', name: 'event', label: msg('What happened'),
            },
          ],
        },
        {
          kind: 'group', name: 'people', heading: msg('Key people'), max: MAX_PEOPLE,
          itemHeading: (n) => msg(str`Person ${n}`), addLabel: msg('Add a person'), removeLabel: (n) => msg(str`Remove person ${n}`),
          maxMessage: msg(str`You can add up to ${MAX_PEOPLE} people.`),
          fields: [
            ...nameFields(locale),
            {
              kind: 'text', name: 'role', label: msg('Role in the story'),
              hint: msg('For example: mayor of Saint Paul, who signed the agreement'),
            },
            {
              kind: 'radios', name: 'side', label: msg('Which city is this person from?'), inline: true,
              options: [['na', msg('North American city')], ['jp', msg('Japanese city')]],
            },
          ],
        },
        {
          kind: 'group', name: 'photos', heading: msg('Photos'), max: maxPhotos,
          hint: msg(str`Pictures of the signing or of key people. JPEG, PNG, WebP or HEIC, up to ${formatBytes(maxMb * 1_000_000, locale)} each.`),
          itemHeading: (n) => msg(str`Photo ${n}`), addLabel: msg('Add a photo'), removeLabel: (n) => msg(str`Remove photo ${n}`),
          maxMessage: plural(locale, maxPhotos, { one: () => msg('You can add 1 photo.'), other: () => msg(str`You can add up to ${maxPhotos} photos.`) }),
          fields: [
            {
              kind: 'file', name: 'file', part: 'photo', label: msg('Photo'), accept: 'image/jpeg,image/png,image/webp,image/heic,.heic,.heif',
            },
            {
              kind: 'text', name: 'caption', label: msg('Caption'),
            },
            { kind: 'date', name: 'date', label: msg('Date of the photo'), optional: true },
            {
              kind: 'text', name: 'credit', label: msg('Photo credit'), hint: msg('Who took the photo or owns it'),
            },
            {
              kind: 'checkbox', name: 'permission', label: msg('We have permission to publish this photo in the book'),
            },
          ],
        },
      ],
    },
    {
      id: 'about-you',
      heading: msg('About you'),
      items: [
        ...submitterFields(msg('We will only use this to ask about your story.')),
        {
          kind: 'radios', name: 'partner_coauthor', label: msg('Is the partner city writing this story with you?'), inline: true,
          options: [['yes', msg('Yes')], ['no', msg('No')]],
        },
        {
          kind: 'checkbox', name: 'consent',
          label: msg('I agree that Sister Cities International may publish this story, and any photos sent with it, in a book in English and Japanese'),
        },
      ],
    },
  ];
}
