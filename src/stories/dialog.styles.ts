/** The modal dialogs of the stories (the photo lightbox, and the directory's story dialog): class `dialog`. */
import { css } from 'lit';

export const dialogStyles = css`
  dialog.dialog {
    width: min(60em, 95vw);
    max-height: 95vh;
    padding: var(--_space);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog.dialog::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
`;
