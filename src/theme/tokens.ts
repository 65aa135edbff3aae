/**
 * The design tokens every widget reads, with their defaults, and the resets
 * that keep a host page's inherited text styles from leaking in.
 *
 * Colours use `light-dark()`: the widget follows `prefers-color-scheme`
 * unless its `color-scheme` attribute (or the tokens) say otherwise.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_text: var(--sc-color-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--sc-color-muted, light-dark(#505a64, #b4bdc6));
    --_surface: var(--sc-color-surface, light-dark(#ffffff, #16191d));
    --_surface-alt: var(--sc-color-surface-alt, light-dark(#f3f5f7, #22272d));
    --_border: var(--sc-color-border, light-dark(#6b7580, #8d98a4));
    --_accent: var(--sc-color-accent, light-dark(#1d4f91, #8ab8f2));
    --_on-accent: var(--sc-color-on-accent, light-dark(#ffffff, #0d1420));
    --_focus: var(--sc-color-focus, light-dark(#b35c00, #ffbf47));
    --_error: var(--sc-color-error, light-dark(#b3261e, #ff8a80));
    --_success: var(--sc-color-success, light-dark(#1e6b34, #7fd99a));
    --_radius: var(--sc-radius, 0.375em);
    --_space: var(--sc-space, 1em);

    display: block;
    color-scheme: light dark;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--sc-font-family, inherit);
    font-size: var(--sc-font-size, max(1em, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    min-height: 2.75em;
    cursor: pointer;
  }
  button.secondary {
    color: var(--_accent);
    background: transparent;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375em 0.5em;
    min-height: 2.75em;
    width: 100%;
  }
  label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
`;
