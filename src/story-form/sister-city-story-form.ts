import type { PropertyDeclarations } from 'lit';
import { msg } from '../i18n/localize.js';
import type { FileKind } from '../forms/file-check.js';
import { dateKind } from '../forms/date-field.js';
import { formStyles } from '../forms/forms.styles.js';
import type { Field } from '../forms/model.js';
import { SisterCityForm, type FirstWords } from '../forms/sister-city-form.js';
import { MAX_PHOTOS, PHOTO_TYPES } from '../schema/story-limits.js';
import { storySections } from './story-fields.js';
import { strings } from '../generated/strings/story-form.js';

/**
 * @tagname sister-city-story-form
 * @summary Sister Cities International's Hajimari origin-story submission: the two cities, the
 * story, important dates, key people and photos, sent to the endpoint the site configures.
 *
 * @attr endpoint - URL the story is posted to (see the README for the contract).
 * @attr draft - Where answers are saved as the reader types: `session` (default), `local` or `off`.
 * @attr draft-days - Days a saved draft is kept (default 7).
 * @attr draft-key - Tells this form's draft apart from another story form on the same site.
 * @attr {boolean} remote-drafts - Offer "Save and continue later" with a private link when the endpoint keeps drafts (see the README).
 * @attr timeout - Milliseconds to wait for each try (default 30000).
 * @attr heading-level - Level of the section headings, 2 to 6 (default 2).
 * @attr max-photos - How many photos may be added (default and most 10).
 * @attr max-photo-size - Largest photo in MB (default 10).
 * @attr {'light' | 'dark'} color-scheme - `light`, `dark`, or unset to follow the reader's system setting.
 *
 * @fires {SubmitDetail} sister-city-submit - Before sending; cancelable. `detail: { payload, files }`.
 * @fires {SuccessDetail} sister-city-success - The server accepted the story. `detail: { reference, id, invite, expiresAt }` (`invite`: the partner city can still be invited; `expiresAt`, on the partner's form once their side is sent: until when their link works).
 * @fires {ErrorDetail} sister-city-error - The story was not accepted. `detail: { kind, status, problem }`.
 *
 * @csspart label - Field labels and legends.
 * @csspart input - Text fields, menus and file inputs.
 * @csspart error - Inline error messages.
 * @csspart error-summary - The list of problems at the top.
 * @csspart button - Every button.
 * @csspart group - A repeating group (dates, people, photos).
 * @csspart notice - The "answers restored" notice.
 * @csspart failure - The "not sent" panel with Try again.
 * @csspart success - The confirmation with the reference.
 *
 * @cssprop [--sc-font-family=inherit] - Font family; inherited from the page by default.
 * @cssprop [--sc-font-size=max(1em, 16px)] - Base font size; everything scales from it.
 * @cssprop [--sc-color-text=#1b1f24] - Text colour.
 * @cssprop [--sc-color-muted=#505a64] - Hints and secondary text.
 * @cssprop [--sc-color-surface=#ffffff] - Background of the form and its fields.
 * @cssprop [--sc-color-surface-alt=#f3f5f7] - Repeating groups, notices and the review of answers.
 * @cssprop [--sc-color-border=#6b7580] - Borders of fields and groups.
 * @cssprop [--sc-color-accent=#1d4f91] - Buttons, headings and links.
 * @cssprop [--sc-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--sc-color-focus=#b35c00] - Focus outline.
 * @cssprop [--sc-color-error=#b3261e] - Error messages and the error summary.
 * @cssprop [--sc-color-success=#1e6b34] - The confirmation panel.
 * @cssprop [--sc-radius=0.375em] - Corner radius.
 * @cssprop [--sc-space=1em] - Base spacing.
 */
export class SisterCityStoryForm extends SisterCityForm {
  protected static override localeStrings = strings;
  static override styles = formStyles;

  static override properties: PropertyDeclarations = {
    maxPhotos: { type: Number, attribute: 'max-photos' },
    maxPhotoSize: { type: Number, attribute: 'max-photo-size' },
  };

  maxPhotos = MAX_PHOTOS;
  maxPhotoSize = 10;

  /** @internal */
  override kinds = { date: dateKind };
  /** @internal */
  readonly formName = 'story';
  /** @internal */
  loadSchema() {
    return import('../schema/story.js').then((module) => module.storySchema);
  }

  /** @internal */
  loadChecks() {
    return this.loadPart('story-form/story-checks', () => import('./story-checks.js'));
  }

  /** @internal The partner city's side when the partner's link opened the form (invite.ts). */
  override schemaOverride() {
    return this.#partner?.partnerSideSchema;
  }

  /** @internal The invitation and the partner's side (with their strings), loaded only when the endpoint offers drafts. */
  static draftExtension = (form: SisterCityForm) => form.loadPart('story-form/invite', () => import('./invite.js'));

  /** The partner's part of the form, when the partner's link opened it. */
  get #partner() {
    const feature = this.remote.feature;
    return feature?.role === 'partner' ? (feature.extension as typeof import('./invite.js')) : undefined;
  }

  /** @internal */
  emptyValues() {
    return this.#partner ? { dates: [], people: [], photos: [] } : { connections: [], dates: [], people: [], photos: [] };
  }

  /** @internal */
  describe(values: Record<string, unknown>) {
    const photos = Math.max(0, Math.min(MAX_PHOTOS, Math.floor(this.maxPhotos) || 0));
    const sections = storySections(values, this.locale, photos, this.maxPhotoSize);
    return this.#partner?.partnerSections(sections) ?? sections;
  }

  /** @internal */
  words(): FirstWords {
    // The outcome's words come with the checks (story-checks.ts); the partner's side gives its own.
    return this.#partner?.partnerWords() ?? { submit: msg('Send the story') };
  }

  /** @internal */
  fileRules(): { types: readonly FileKind[]; maxBytes: number } {
    return { types: PHOTO_TYPES, maxBytes: Math.max(0.1, this.maxPhotoSize) * 1_000_000 };
  }

  /** @internal */
  fileTypeMessage(_field: Field): string {
    return msg('The selected file must be a JPEG, PNG, WebP or HEIC photo');
  }
}
