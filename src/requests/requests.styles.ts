import { css } from 'lit';
import { hostStyles } from '../theme/tokens.js';

export const requestsStyles = [
  hostStyles,
  css`
    :host {
      padding: var(--_space);
      border-radius: var(--_radius);
    }
    .controls,
    .match-form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
      gap: calc(var(--_space) * 0.75);
      align-items: end;
      padding: var(--_space);
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .match {
      margin-bottom: var(--_space);
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .match-form {
      flex-basis: 100%;
    }
    .match-form[hidden] {
      display: none;
    }
    .field {
      min-width: 0;
    }
    .search,
    .exchanges,
    .hint,
    .submit,
    fieldset.field {
      grid-column: 1 / -1;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      font-weight: 700;
      margin-bottom: 0.25em;
      padding: 0;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      margin: 0.25em 1.25em 0.25em 0;
      font-weight: 400;
    }
    .check input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
    }
    .hint,
    .optional,
    .meta,
    .kana,
    .skipped,
    .reference {
      color: var(--_muted);
    }
    .hint {
      margin: 0;
    }
    .error {
      margin: 0.25em 0 0;
      color: var(--_error);
      font-weight: 700;
    }
    .filters {
      display: contents;
    }
    .filters-toggle {
      display: none;
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
    .message.error {
      border-color: var(--_error);
      border-inline-start-width: 0.4em;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
      gap: var(--_space);
    }
    .card article {
      height: 100%;
      box-sizing: border-box;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }
    .card h2,
    .card h3,
    .card h4 {
      margin: 0.25em 0 0;
      font-size: 1.25em;
      color: var(--_accent);
    }
    .name,
    .alt {
      display: block;
    }
    .alt {
      font-size: 0.875em;
      font-weight: 400;
      color: var(--_text);
    }
    .meta {
      margin: 0.25em 0 0;
    }
    .direction {
      display: inline-block;
      padding: 0 0.5em;
      border: 2px solid var(--_accent);
      border-radius: 1em;
      font-size: 0.875em;
      font-weight: 700;
    }
    .reasons {
      margin: 0.75em 0 0;
      padding: 0.5em 0.75em;
      border-inline-start: 0.3em solid var(--_success);
      background: var(--_surface-alt);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 0.75em;
      margin: 0.75em 0 0;
    }
    .facts div {
      display: contents;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .sought {
      margin: 0.75em 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      margin-top: 0.75em;
    }
    .contact {
      padding: 0.5em 0;
    }
    .details .label {
      margin: 0.75em 0 0;
      font-weight: 700;
    }
    .details .text {
      margin: 0.25em 0 0;
      white-space: pre-line;
    }
    @container (max-width: 40em) {
      .filters-toggle {
        display: block;
        grid-column: 1 / -1;
        justify-self: start;
      }
      .filters:not(.open) {
        display: none;
      }
      .facts {
        grid-template-columns: 1fr;
      }
      .facts dd {
        margin-bottom: 0.25em;
      }
    }
  `,
];
