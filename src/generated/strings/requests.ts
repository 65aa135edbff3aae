// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import type { WidgetStrings } from '../../i18n/localize.js';

export const strings: WidgetStrings = {
  'fr-CA': () => Promise.all([import('../locales/fr-CA/requests.js')]),
  'ja': () => Promise.all([import('../locales/ja/requests.js')]),
  later: {
    'requests/card-details': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/requests-later-requests-card-details.js')]),
      'ja': () => Promise.all([import('../locales/ja/requests-later-requests-card-details.js')]),
    },
    'requests/ranking': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/requests-later-requests-ranking.js')]),
      'ja': () => Promise.all([import('../locales/ja/requests-later-requests-ranking.js')]),
    },
    'requests/source-problem': {
      'fr-CA': () => Promise.all([import('../locales/fr-CA/requests-later-requests-source-problem.js')]),
      'ja': () => Promise.all([import('../locales/ja/requests-later-requests-source-problem.js')]),
    },
  },
};
