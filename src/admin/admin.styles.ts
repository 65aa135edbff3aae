/** The staff pages' own styles, on top of the widgets' theme tokens (src/theme/tokens.ts). */
import { css } from 'lit';

export const adminStyles = css`
  :host {
    max-width: 72rem;
    margin: 0 auto;
    padding: var(--_space);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    border-bottom: 2px solid var(--_border);
    padding-bottom: 0.5em;
    margin-bottom: var(--_space);
  }
  header .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  header select {
    width: auto;
  }
  h1 {
    font-size: 1.75em;
    margin: 0.25em 0 0.5em;
  }
  h2 {
    font-size: 1.3em;
    margin: 1.25em 0 0.5em;
  }
  form.narrow {
    max-width: 28rem;
  }
  .field {
    margin-bottom: var(--_space);
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-summary h2 {
    margin-top: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .notice {
    border-inline-start: 4px solid var(--_success);
    padding: 0.5em var(--_space);
    background: var(--_surface-alt);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .filters .field {
    flex: 1 1 12rem;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    padding: 0;
    list-style: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  dl.answers {
    display: grid;
    grid-template-columns: minmax(10rem, max-content) 1fr;
    gap: 0.25em 1em;
  }
  dl.answers dt {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  dl.answers dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: var(--_space);
  }
  fieldset {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
  }
  legend {
    font-weight: 700;
  }
  label.inline {
    display: inline;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.5em;
    min-height: 1.5em;
    vertical-align: middle;
  }
  .preview {
    border: 2px dashed var(--_border);
    padding: var(--_space);
  }
  ol.history,
  ul.notes,
  ul.photo-status {
    padding-inline-start: 1.25em;
  }
  ul.photo-status {
    margin: 0.25em 0 0;
  }
  .files li {
    margin-block: 0.5em;
  }
  .thumbnail {
    display: block;
    max-inline-size: 12em;
    max-block-size: 9em;
    block-size: auto;
    border: 1px solid var(--sc-color-border);
    border-radius: var(--sc-radius);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  nav a[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  a.button {
    display: inline-block;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    text-decoration: none;
  }
  td input[type='checkbox'] {
    margin: 0;
  }
  td .actions {
    margin: 0;
    align-items: center;
  }
  .confirm p {
    margin: 0 0 0.5em;
    flex-basis: 100%;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
