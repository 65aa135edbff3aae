import { css } from 'lit';
import { hostStyles } from '../theme/tokens.js';

/** The look of every form: GOV.UK's spacing and error pattern, themed by the --sc-* tokens. */
export const formStyles = [
  hostStyles,
  css`
    :host {
      max-width: 48em;
    }
    form:focus {
      outline: none;
    }
    .heading {
      font-weight: 700;
      color: var(--_accent);
      margin: 1.5em 0 0.5em;
      font-size: 1.375em;
      line-height: 1.25;
    }
    .group > .heading,
    .answers-section > .heading,
    .success > .heading {
      font-size: 1.125em;
    }
    .section {
      margin-bottom: 2em;
    }
    .optional {
      font-weight: 400;
    }
    .intro,
    .hint {
      color: var(--_muted);
      margin: 0 0 0.5em;
    }
    .field {
      margin: 0 0 1.5em;
    }
    .field--error {
      border-inline-start: 0.3em solid var(--_error);
      padding-inline-start: 0.75em;
    }
    .width-short input {
      max-width: 8em;
    }
    .width-medium input {
      max-width: 20em;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25em;
    }
    .choices.inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5em;
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.5em;
      margin: 0.5em 0;
    }
    .choice input {
      width: 1.5em;
      height: 1.5em;
      min-height: 0;
      margin: 0.1em 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .choice label {
      font-weight: 400;
      margin: 0;
    }
    .reveal {
      margin: 0 0 0.5em 0.7em;
      padding-inline-start: 1.2em;
      border-inline-start: 0.25em solid var(--_border);
    }
    .date {
      display: flex;
      flex-wrap: wrap;
      gap: 1em;
    }
    .date label {
      font-weight: 400;
    }
    .date-day input,
    .date-month input {
      width: 4.5em;
    }
    .date-year input {
      width: 6em;
    }
    textarea {
      resize: vertical;
    }
    .count {
      color: var(--_muted);
      margin-top: 0.25em;
    }
    .count.over {
      color: var(--_error);
      font-weight: 700;
    }
    .error-message {
      color: var(--_error);
      font-weight: 700;
      margin: 0 0 0.5em;
    }
    [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
      border-color: var(--_error);
    }
    .error-summary {
      border: 0.3em solid var(--_error);
      padding: var(--_space);
      margin-bottom: 2em;
    }
    .error-summary:focus {
      outline: 3px solid var(--_focus);
    }
    .error-summary .heading {
      margin-top: 0;
      color: var(--_text);
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error-summary a {
      color: var(--_error);
      font-weight: 700;
    }
    .group {
      margin: 0 0 2em;
    }
    .item {
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-bottom: 1em;
    }
    .item > legend {
      padding: 0 0.25em;
    }
    .chosen {
      display: flex;
      align-items: center;
      gap: 0.75em;
      margin-top: 0.5em;
    }
    .thumbnail {
      width: 5em;
      height: 5em;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    input[type='file'] {
      padding: 0.25em;
    }
    .honeypot {
      position: absolute;
      left: -100vw;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1em;
      margin-top: 1.5em;
    }
    button[aria-disabled='true'] {
      opacity: 0.75;
      cursor: progress;
    }
    .progress progress {
      width: 100%;
      height: 1em;
      accent-color: var(--_accent);
    }
    .notice,
    .failure {
      border: 2px solid var(--_border);
      border-inline-start: 0.4em solid var(--_accent);
      padding: var(--_space);
      margin-bottom: 1.5em;
    }
    .failure {
      border-inline-start-color: var(--_error);
    }
    .notice p,
    .failure p {
      margin-top: 0;
    }
    .failure .heading {
      margin-top: 0;
    }
    .panel {
      background: var(--_success);
      color: var(--_surface);
      padding: var(--_space);
      border-radius: var(--_radius);
      text-align: center;
    }
    .panel .heading {
      color: inherit;
      margin-top: 0;
    }
    .reference {
      display: block;
      font-size: 1.5em;
      overflow-wrap: anywhere;
    }
    .answers {
      margin: 0 0 1.5em;
    }
    .answer {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
      gap: 0.5em 1em;
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_border);
    }
    .answer dt {
      font-weight: 700;
    }
    .answer dd {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .item-heading {
      font-weight: 700;
      margin: 0.5em 0 0;
    }
    .answer dl {
      margin: 0;
    }
    .answer dd:has(dl) {
      white-space: normal;
    }
    @container (max-width: 30em) {
      .answer {
        grid-template-columns: 1fr;
      }
    }
    @media print {
      .no-print,
      .actions {
        display: none;
      }
    }
  `,
];
