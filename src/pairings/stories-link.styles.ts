/** The styles of the directory's "Read the origin story" and of the dialog a story opens in (stories-link.ts). */
import { css } from 'lit';
import { dialogStyles } from '../stories/dialog.styles.js';

export const storiesLinkStyles = [dialogStyles, css`
  .story-link {
    display: block;
    margin-top: 0.375em;
    font-weight: 700;
  }
  button.story-link {
    min-height: 2.75em;
  }
  .story-dialog .close {
    float: inline-end;
  }
`];
