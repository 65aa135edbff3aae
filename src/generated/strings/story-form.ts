// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import type { WidgetStrings } from '../../i18n/localize.js';

export const strings: WidgetStrings = {
  'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form.js')]),
  'ja': () => Promise.all([import('../locales/ja/story-form.js')]),
  later: {
    'forms/draft-controller': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form-later-forms-draft-controller.js')]),
      'ja': () => Promise.all([import('../locales/ja/story-form-later-forms-draft-controller.js')]),
    },
    'forms/file-check': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form-later-forms-file-check.js')]),
      'ja': () => Promise.all([import('../locales/ja/story-form-later-forms-file-check.js')]),
    },
    'forms/remote-draft-controller': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form-later-forms-remote-draft-controller.js')]),
      'ja': () => Promise.all([import('../locales/ja/story-form-later-forms-remote-draft-controller.js')]),
    },
    'forms/sending': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form-later-forms-sending.js')]),
      'ja': () => Promise.all([import('../locales/ja/story-form-later-forms-sending.js')]),
    },
    'story-form/invite': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form-later-forms-remote-draft-controller.js'), import('../locales/fr-CA/story-form-later-story-form-invite.js')]),
      'ja': () => Promise.all([import('../locales/ja/story-form-later-forms-remote-draft-controller.js'), import('../locales/ja/story-form-later-story-form-invite.js')]),
    },
    'story-form/story-checks': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/story-form-later-story-form-story-checks.js')]),
      'ja': () => Promise.all([import('../locales/ja/story-form-later-story-form-story-checks.js')]),
    },
  },
};
