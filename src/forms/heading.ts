import { html, nothing } from 'lit';

/**
 * A heading at the level the site asks for: a `div role="heading"` rather than `h2`–`h6`,
 * so that the page's own heading styles do not reach it and its level can follow `heading-level`.
 */
export function heading(id: string, text: string, level: number, focusable = false) {
  return html`<div class="heading" role="heading" aria-level=${ariaLevel(level)} id=${id} tabindex=${focusable ? '-1' : nothing}>${text}</div>`;
}

/** A heading level the site asked for, kept within 1–6. */
export const ariaLevel = (level: number) => Math.min(6, Math.max(1, level));
