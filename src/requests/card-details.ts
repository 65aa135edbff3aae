/**
 * A request's whole public profile, shown when a reader opens it on its card: the texts about the
 * community, the reference and the pamphlet. Loaded with its strings (`loadPart`) when a reader first
 * opens a profile, since the first screen shows only the cards' summaries; called while the element
 * renders, so `msg` answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import { textOf } from './present.js';
import type { BoardRequest, TextField } from './record.js';

function paragraph(request: BoardRequest, field: TextField, label: string, locale: Locale) {
  const text = textOf(request, field, locale);
  return text ? html`<p class="label">${label}</p><p class="text" lang=${text.lang ?? nothing}>${text.text}</p>` : nothing;
}

export function renderDetails(request: BoardRequest, locale: Locale): TemplateResult {
  return html`
    ${paragraph(request, 'geography', msg('Geography and access'), locale)}
    ${paragraph(request, 'activities', msg('Industry, culture and education'), locale)}
    ${paragraph(request, 'history', msg('Special historical background'), locale)}
    ${paragraph(request, 'expectations', msg('What they expect from a partner'), locale)}
    ${request.reference ? html`<p class="reference">${msg(str`Reference: ${request.reference}`)}</p>` : nothing}
    ${request.pamphlet_url ? html`<p><a part="link" href=${request.pamphlet_url} rel="noopener noreferrer">${msg('Pamphlet and other materials')}</a></p>` : nothing}
  `;
}
