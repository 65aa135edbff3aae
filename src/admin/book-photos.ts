/**
 * What the book page says of the chosen stories' HEIC photos before staff compile the book: above the
 * list, how many are still being made printable and how many could not be (a polite live region, so a
 * change is announced when the page refreshes itself, book-refresh.ts); in each chosen story's row, its
 * own counts and why a photo failed. The reasons are worded as the compiled book words them
 * (server/book/photo-notes.ts).
 */
import { html, nothing } from 'lit';
import type { Locale } from '../i18n/language.js';
import { plural } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import type { BookList, HeicStatus, PrintFailure } from './api.js';

type BookStory = BookList['stories'][number];

function why(reason: PrintFailure): string {
  switch (reason) {
    case 'unreadable': return msg('the file is damaged, or is not a photo the receiver can read.');
    case 'too-long': return msg('preparing it took too long.');
    default: return msg('the converter stopped unexpectedly.');
  }
}

/** The chosen stories' HEIC photos still without a printable copy. */
export const pendingPhotos = (stories: readonly BookStory[]) => stories.reduce((sum, story) => sum + (story.in_book ? story.heic.pending : 0), 0);

/** The summary above the list: a live region, present (empty) from the start so that its changes are announced. */
export function renderPhotoSummary(stories: readonly BookStory[], locale: Locale) {
  const chosen = stories.filter((story) => story.in_book);
  const pending = pendingPhotos(chosen);
  const failed = chosen.reduce((sum, story) => sum + story.heic.failed.length, 0);
  const ready = chosen.reduce((sum, story) => sum + story.heic.ready, 0);
  return html`<div class="photo-summary" role="status">
    ${pending
      ? html`<p>${plural(locale, pending, {
          one: () => msg('1 photo is being made printable; compile the book in a minute or two.'),
          other: () => msg(str`${pending} photos are being made printable; compile the book in a minute or two.`),
        })}</p>`
      : ready && !failed
        ? html`<p>${msg('All the chosen stories’ HEIC photos are printable.')}</p>`
        : nothing}
    ${failed
      ? html`<p>${plural(locale, failed, {
          one: () => msg('1 photo could not be made printable: see its story below. Ask the sender for it as a JPEG, or leave it out of the public version.'),
          other: () => msg(str`${failed} photos could not be made printable: see their stories below. Ask the senders for them as JPEGs, or leave them out of the public version.`),
        })}</p>`
      : nothing}
  </div>`;
}

/** A chosen story's HEIC photos, in its row: how many are being made printable, are printable, and could not be made (by reason). */
export function renderStoryPhotos(story: BookStory, locale: Locale) {
  const { pending, ready, failed }: HeicStatus = story.heic;
  if (!story.in_book || !(pending || ready || failed.length)) return nothing;
  const reasons = [...new Set(failed.map((photo) => photo.reason))];
  return html`<ul class="photo-status">
    ${pending
      ? html`<li>${plural(locale, pending, { one: () => msg('1 photo is being made printable.'), other: () => msg(str`${pending} photos are being made printable.`) })}</li>`
      : nothing}
    ${ready ? html`<li>${plural(locale, ready, { one: () => msg('1 HEIC photo is printable.'), other: () => msg(str`${ready} HEIC photos are printable.`) })}</li>` : nothing}
    ${reasons.map((reason) => {
      const count = failed.filter((photo) => photo.reason === reason).length;
      const text = why(reason);
      return html`<li class="field-error">${plural(locale, count, {
        one: () => msg(str`1 photo could not be made printable: ${text}`),
        other: () => msg(str`${count} photos could not be made printable: ${text}`),
      })}</li>`;
    })}
  </ul>`;
}
