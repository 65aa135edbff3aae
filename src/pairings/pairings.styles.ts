import { css } from 'lit';
import { hostStyles } from '../theme/tokens.js';

// Kept out of the CSS below, which the package ships as written:
// - The widget paints its own background, so its text never touches that background's edge, whichever
//   scheme it is in and whatever the page's colour.
// - Wide: every menu in the grid and no disclosure button. Narrow (under 40em): the search box, then the
//   menus behind a "Filters" button, so results start on the first screen; the rows are cards, and the
//   explicit ARIA roles keep the table's semantics.
// - The table's layout is fixed: the columns take set widths (the websites' narrower) instead of widths
//   measured from every row's text, about a seventh of the rows' style and layout (measured). Cards do
//   not use it.

export const pairingsStyles = [
  hostStyles,
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
    .field {
      min-width: 0;
    }
    .search {
      grid-column: 1 / -1;
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
    .skipped {
      margin: 0 0 0.5em;
      color: var(--_muted);
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
    .detail {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    th:last-child {
      width: 18%;
    }
    th {
      text-align: start;
      padding: 0.5em;
      border-bottom: 2px solid var(--_border);
      color: var(--_accent);
    }
    td {
      vertical-align: top;
      padding: 0.625em 0.5em;
      border-bottom: 1px solid var(--_border);
    }
    tbody tr:nth-child(even) {
      background: var(--_surface-alt);
    }
    .name {
      display: block;
      font-weight: 700;
    }
    .alt,
    .meta,
    .note,
    .type {
      display: block;
    }
    .meta,
    .note,
    .kana {
      color: var(--_muted);
    }
    .note {
      font-size: 0.875em;
      margin-top: 0.25em;
    }
    .badge {
      display: inline-block;
      margin-top: 0.25em;
      padding: 0 0.5em;
      border: 2px solid var(--_success);
      border-radius: 1em;
      color: var(--_success);
      font-weight: 700;
      font-size: 0.875em;
    }
    .link {
      display: block;
      padding: 0.25em 0;
      overflow-wrap: anywhere;
    }
    .cell-label {
      display: none;
    }
    .more {
      text-align: center;
    }

    @container (max-width: 40em) {
      .filters-toggle {
        display: block;
        grid-column: 1 / -1;
        justify-self: start;
      }
      .filters-toggle::after {
        content: '';
        display: inline-block;
        margin-inline-start: 0.5em;
        border: 0.3em solid transparent;
        border-top-color: currentColor;
        border-bottom-width: 0;
        vertical-align: middle;
      }
      .filters-toggle[aria-expanded='true']::after {
        border-top-width: 0;
        border-bottom: 0.3em solid currentColor;
      }
      .filters:not(.open) {
        display: none;
      }
    }

    @container (max-width: 40em) {
      table,
      thead,
      tbody,
      tr,
      td {
        display: block;
      }
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tr {
        margin-bottom: var(--_space);
        padding: 0.5em var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      tbody tr:nth-child(even) {
        background: none;
      }
      td {
        border: 0;
        padding: 0.375em 0;
      }
      .cell-label {
        display: block;
        font-size: 0.8125em;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_muted);
      }
      td:last-child:not(:has(a)) {
        display: none;
      }
    }
  `,
];
