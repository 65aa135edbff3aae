import type { PropertyDeclarations } from 'lit';
import { msg } from '../i18n/localize.js';
import type { FileKind } from '../forms/file-check.js';
import { formStyles } from '../forms/forms.styles.js';
import { SisterCityForm, type FirstWords } from '../forms/sister-city-form.js';
import { DOCUMENT_TYPES } from '../schema/request-limits.js';
import { requestSections } from './request-fields.js';
import { strings } from '../generated/strings/request-form.js';

/**
 * @tagname sister-city-request-form
 * @summary The "becoming a sister city" request that CLAIR/JLGC collects, in both directions: a North
 * American community seeking a Japanese partner, or a Japanese prefecture or municipality seeking a
 * North American one. Its profile, the exchanges wanted, contacts and a pamphlet, checked on a "check
 * your answers" step and sent to the endpoint the site configures.
 *
 * @attr endpoint - URL the request is posted to (see the README for the contract).
 * @attr draft - Where answers are saved as the reader types: `session` (default), `local` or `off`.
 * @attr draft-days - Days a saved draft is kept (default 7).
 * @attr draft-key - Tells this form's draft apart from another request form on the same site.
 * @attr {boolean} remote-drafts - Offer "Save and continue later" with a private link when the endpoint keeps drafts (see the README).
 * @attr timeout - Milliseconds to wait for each try (default 30000).
 * @attr heading-level - Level of the section headings, 2 to 6 (default 2).
 * @attr max-document-size - Largest pamphlet in MB (default 20).
 * @attr {'light' | 'dark'} color-scheme - `light`, `dark`, or unset to follow the reader's system setting.
 *
 * @fires {SubmitDetail} sister-city-submit - Before sending; cancelable. `detail: { payload, files }`.
 * @fires {SuccessDetail} sister-city-success - The server accepted the request. `detail: { reference, id }`.
 * @fires {ErrorDetail} sister-city-error - The request was not accepted. `detail: { kind, status, problem }`.
 *
 * @csspart label - Field labels and legends.
 * @csspart input - Text fields, menus and file inputs.
 * @csspart error - Inline error messages.
 * @csspart error-summary - The list of problems at the top.
 * @csspart button - Every button.
 * @csspart group - The repeating group of contacts.
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
export class SisterCityRequestForm extends SisterCityForm {
  protected static override localeStrings = strings;
  static override styles = formStyles;

  static override properties: PropertyDeclarations = {
    maxDocumentSize: { type: Number, attribute: 'max-document-size' },
  };

  maxDocumentSize = 20;

  /** @internal */
  readonly formName = 'request';
  /** @internal */
  loadSchema() {
    return import('../schema/request.js').then((module) => module.requestSchema);
  }

  /** @internal */
  loadChecks() {
    return this.loadPart('request-form/request-checks', () => import('./request-checks.js'));
  }

  /** @internal */
  emptyValues() {
    return { exchanges: [], contacts: [] };
  }

  /** @internal */
  describe(values: Record<string, unknown>) {
    return requestSections(values, this.locale, this.#maxMb());
  }

  #maxMb(): number {
    return Math.max(0.1, this.maxDocumentSize) || 20;
  }

  /** @internal */
  words(): FirstWords {
    // The outcome's words come with the checks (request-checks.ts).
    return { check: msg('Continue'), submit: msg('Send the request') };
  }

  /** @internal */
  fileRules(): { types: readonly FileKind[]; maxBytes: number } {
    return { types: DOCUMENT_TYPES, maxBytes: this.#maxMb() * 1_000_000 };
  }

  /** @internal */
  fileTypeMessage(): string {
    return msg('The selected file must be a PDF, JPEG or PNG');
  }
}
