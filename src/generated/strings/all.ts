// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import type { WidgetStrings } from '../../i18n/localize.js';

export const strings: WidgetStrings = {
  'fr-CA': () => Promise.all([import('../locales/fr-CA/admin.js'), import('../locales/fr-CA/pairings.js'), import('../locales/fr-CA/request-form.js'), import('../locales/fr-CA/request-form-later-forms-remote-draft-controller.js'), import('../locales/fr-CA/request-form-later-forms-sending.js'), import('../locales/fr-CA/requests.js'), import('../locales/fr-CA/stories.js'), import('../locales/fr-CA/story-form.js'), import('../locales/fr-CA/story-form-later-forms-remote-draft-controller.js'), import('../locales/fr-CA/story-form-later-forms-sending.js'), import('../locales/fr-CA/story-form-later-story-form-invite.js')]),
  'ja': () => Promise.all([import('../locales/ja/admin.js'), import('../locales/ja/pairings.js'), import('../locales/ja/request-form.js'), import('../locales/ja/request-form-later-forms-remote-draft-controller.js'), import('../locales/ja/request-form-later-forms-sending.js'), import('../locales/ja/requests.js'), import('../locales/ja/stories.js'), import('../locales/ja/story-form.js'), import('../locales/ja/story-form-later-forms-remote-draft-controller.js'), import('../locales/ja/story-form-later-forms-sending.js'), import('../locales/ja/story-form-later-story-form-invite.js')]),
};
