import { css } from 'lit';
import { hostStyles } from '../theme/tokens.js';
import { dialogStyles } from './dialog.styles.js';

export const storiesStyles = [
  hostStyles,
  dialogStyles,
  css`
    :host {
      padding: var(--_space);
      border-radius: var(--_radius);
    }
    .controls {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
      gap: calc(var(--_space) * 0.75);
      align-items: end;
      padding: var(--_space);
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .search {
      grid-column: 1 / -1;
    }
    .status {
      margin: var(--_space) 0 0.5em;
      font-weight: 700;
    }
    .message {
      margin: var(--_space) 0;
      padding: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    .message p {
      margin: 0 0 0.75em;
    }
    .message p:last-child {
      margin-bottom: 0;
    }
    .message.error {
      border-color: var(--_error);
      border-inline-start-width: 0.4em;
    }
    .story {
      margin: var(--_space) 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    h2 {
      margin: 0 0 0.25em;
      font-size: 1.375em;
      line-height: 1.3;
      color: var(--_accent);
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 3px solid var(--_focus);
    }
    h3 {
      margin: 1.25em 0 0.5em;
      font-size: 1.0625em;
    }
    .alt,
    .and {
      font-weight: 400;
      font-size: 0.875em;
    }
    .meta,
    .credit,
    .untranslated,
    .author,
    .connections {
      color: var(--_muted);
    }
    .meta,
    .connections {
      margin: 0.25em 0;
    }
    .untranslated {
      font-style: italic;
    }
    .text p {
      margin: 0 0 0.75em;
      white-space: pre-line;
    }
    .side + .side {
      margin-top: var(--_space);
      padding: var(--_space);
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .dates {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin: 0;
    }
    .dates dt {
      font-weight: 700;
    }
    .dates dd {
      margin: 0;
    }
    .people {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .photos {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    figure {
      margin: 0;
    }
    figcaption span {
      display: block;
    }
    .credit {
      font-size: 0.875em;
    }
    button.photo {
      display: block;
      width: 100%;
      padding: 0;
      background: var(--_surface-alt);
      border: 1px solid var(--_border);
      cursor: zoom-in;
    }
    button.photo img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      border-radius: calc(var(--_radius) - 1px);
    }
    .lightbox img {
      display: block;
      max-width: 100%;
      max-height: 70vh;
      margin: 0 auto 0.5em;
    }
    .lightbox-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      justify-content: flex-end;
      margin-top: var(--_space);
    }
  `,
];
