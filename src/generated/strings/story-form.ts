// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import type { WidgetStrings } from '../../i18n/localize.js';

export const strings: WidgetStrings = {
  'fr-CA': () => Promise.all([import('../locales/fr-CA/shared.js'), import('../locales/fr-CA/story-form.js'), import('../locales/fr-CA/story-form_request-form.js'), import('../locales/fr-CA/story-form_request-form_requests.js')]),
  'ja': () => Promise.all([import('../locales/ja/shared.js'), import('../locales/ja/story-form.js'), import('../locales/ja/story-form_request-form.js'), import('../locales/ja/story-form_request-form_requests.js')]),
};
