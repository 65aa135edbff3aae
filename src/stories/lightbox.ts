/**
 * The photo lightbox: a modal `<dialog>` (the page behind it inert, so focus stays inside), the
 * photo at its full size with its caption, date and credit, previous/next buttons and arrow keys,
 * Tab kept among its buttons, Escape or "Close" to leave; focus goes back to the photo that opened it (the element does that).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPartialDate, type Calendar } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import type { StoryEntry } from './feed.js';
import { originalLang } from './text.js';

export interface LightboxView {
  locale: Locale;
  calendar: Calendar;
  /** The story and photo shown, or undefined while closed. */
  open?: { entry: StoryEntry; index: number };
  show(index: number): void;
  close(): void;
}

/** Tab from the last button goes to the first, Shift+Tab from the first to the last: focus never leaves the dialog. */
function keepFocusInside(event: KeyboardEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  const buttons = [...dialog.querySelectorAll('button')];
  const current = (dialog.getRootNode() as ShadowRoot).activeElement;
  const edge = event.shiftKey ? buttons[0] : buttons.at(-1);
  if (current === edge || !buttons.includes(current as HTMLButtonElement)) {
    event.preventDefault();
    (event.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
  }
}

export function renderLightbox(view: LightboxView): TemplateResult {
  const open = view.open;
  const photos = open?.entry.story.photos ?? [];
  const photo = open ? photos[open.index] : undefined;
  const lang = open ? (originalLang(open.entry.story.language, open.entry.story.story) ?? nothing) : nothing;
  const count = photos.length;
  const step = (delta: number) => open && view.show((open.index + delta + count) % count);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') return keepFocusInside(event);
    if (count < 2) return;
    if (event.key === 'ArrowRight') step(1);
    else if (event.key === 'ArrowLeft') step(-1);
  };
  return html`
    <dialog class="dialog lightbox" part="lightbox" aria-labelledby="lightbox-caption" @close=${() => view.close()} @keydown=${onKey}>
      ${photo ?
        html`<figure>
            <img src=${photo.url} alt=${photo.caption} lang=${lang} />
            <figcaption id="lightbox-caption">
              <span lang=${lang}>${photo.caption}</span>
              ${photo.date ? html`<span class="meta">${formatPartialDate(photo.date, view.locale, view.calendar)}</span>` : nothing}
              <span class="credit">${msg('Photo:')} <span lang=${lang}>${photo.credit}</span></span>
              ${count > 1 ?
                html`<span class="meta">${msg(str`Photo ${formatNumber(open!.index + 1, view.locale)} of ${formatNumber(count, view.locale)}`)}</span>`
              : nothing}
            </figcaption>
          </figure>
          <div class="lightbox-buttons">
            ${count > 1 ?
              html`<button type="button" class="secondary" part="button" @click=${() => step(-1)}>${msg('Previous photo')}</button>
                <button type="button" class="secondary" part="button" @click=${() => step(1)}>${msg('Next photo')}</button>`
            : nothing}
            <button type="button" part="button" class="close" @click=${() => view.close()}>${msg('Close')}</button>
          </div>`
      : nothing}
    </dialog>
  `;
}
