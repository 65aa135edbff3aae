// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import type { WidgetStrings } from '../../i18n/localize.js';

export const strings: WidgetStrings = {
  'fr-CA': () => Promise.all([import('../locales/fr-CA/pairings_request-form_requests.js'), import('../locales/fr-CA/pairings_requests.js'), import('../locales/fr-CA/request-form_requests.js'), import('../locales/fr-CA/requests.js'), import('../locales/fr-CA/shared.js'), import('../locales/fr-CA/story-form_request-form_requests.js')]),
  'ja': () => Promise.all([import('../locales/ja/pairings_request-form_requests.js'), import('../locales/ja/pairings_requests.js'), import('../locales/ja/request-form_requests.js'), import('../locales/ja/requests.js'), import('../locales/ja/shared.js'), import('../locales/ja/story-form_request-form_requests.js')]),
};
