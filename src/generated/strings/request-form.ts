// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import type { WidgetStrings } from '../../i18n/localize.js';

export const strings: WidgetStrings = {
  'fr-CA': () => Promise.all([import('../locales/fr-CA/request-form.js')]),
  'ja': () => Promise.all([import('../locales/ja/request-form.js')]),
  later: {
    'forms/draft-controller': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/request-form-later-forms-draft-controller.js')]),
      'ja': () => Promise.all([import('../locales/ja/request-form-later-forms-draft-controller.js')]),
    },
    'forms/file-check': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/request-form-later-forms-file-check.js')]),
      'ja': () => Promise.all([import('../locales/ja/request-form-later-forms-file-check.js')]),
    },
    'forms/remote-draft-controller': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/request-form-later-forms-remote-draft-controller.js')]),
      'ja': () => Promise.all([import('../locales/ja/request-form-later-forms-remote-draft-controller.js')]),
    },
    'forms/sending': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/request-form-later-forms-sending.js')]),
      'ja': () => Promise.all([import('../locales/ja/request-form-later-forms-sending.js')]),
    },
    'request-form/request-checks': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/request-form-later-request-form-request-checks.js')]),
      'ja': () => Promise.all([import('../locales/ja/request-form-later-request-form-request-checks.js')]),
    },
  },
};
