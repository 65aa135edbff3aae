/**
 * The book: the approved and published stories, each chosen for the book or not (a checkbox here and
 * on the story's own page), and the link that compiles the chosen ones into the printable bilingual
 * book (GET /admin/api/book.html, which staff print to PDF from the browser); how the chosen stories'
 * HEIC photos stand for printing (book-photos.ts), refreshed while some are being made (book-refresh.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/localize.js';
import { api, type BookList, type SubmissionDetail } from './api.js';
import { renderPhotoSummary, renderStoryPhotos } from './book-photos.js';
import { statusLabel } from './labels.js';
import type { ScAdmin } from './sc-admin.js';

export interface BookState {
  data?: BookList;
  failed?: boolean;
  /** What the last choice did, or why it failed. */
  done?: string;
  error?: string;
}

/** Chooses or takes out a story; resolves with whether the server agreed. */
async function choose(app: ScAdmin, id: string, inBook: boolean): Promise<boolean> {
  try {
    await api.chooseForBook(id, inBook);
    return true;
  } catch (error) {
    app.handle(error, () => undefined);
    return false;
  }
}

const choiceDone = (title: string, inBook: boolean) => (inBook ? msg(str`${title} is chosen for the book.`) : msg(str`${title} is taken out of the book.`));
const choiceFailed = () => msg('The choice could not be saved: the story may no longer be approved. Reload the page.');

export function renderBookList(app: ScAdmin) {
  const heading = html`<h1 tabindex="-1">${msg('The book')}</h1>`;
  const state = app.book;
  if (state.failed) return html`${heading}<p class="field-error" role="alert">${msg('The stories could not be loaded. Try again.')}</p>`;
  if (!state.data) return html`${heading}<p role="status">${msg('Loading')}</p>`;
  const stories = state.data.stories;
  const chosen = stories.filter((story) => story.in_book).length;
  const toggle = async (event: Event, story: BookList['stories'][number]) => {
    const box = event.target as HTMLInputElement;
    const inBook = box.checked;
    if (await choose(app, story.id, inBook)) {
      // The list as it is now: the page may have refreshed it meanwhile (book-refresh.ts).
      const current = app.book.data?.stories ?? stories;
      app.book = { data: { stories: current.map((s) => (s.id === story.id ? { ...s, in_book: inBook } : s)) }, done: choiceDone(story.title, inBook) };
    } else {
      box.checked = !inBook;
      app.book = { ...app.book, done: undefined, error: choiceFailed() };
    }
  };
  return html`${heading}
    <p>${msg('Choose the approved or published stories to print. Compiling makes one page in English and Japanese, a chapter per story with its photos; print it to PDF from the browser.')}</p>
    <p role="status">${state.done ?? msg(str`${chosen} of ${stories.length} stories chosen.`)}</p>
    ${state.error ? html`<p class="field-error" role="alert">${state.error}</p>` : nothing}
    ${renderPhotoSummary(stories, app.locale)}
    <p><a class="button" href="/admin/api/book.html?lang=${app.locale}">${msg('Compile the book')}</a></p>
    ${stories.length
      ? html`<table>
          <caption class="visually-hidden">${msg('Approved and published stories')}</caption>
          <thead><tr>
            <th scope="col">${msg('In the book')}</th><th scope="col">${msg('Reference')}</th><th scope="col">${msg('Community or cities')}</th>
            <th scope="col">${msg('Status')}</th><th scope="col">${msg('Photos')}</th>
          </tr></thead>
          <tbody>${stories.map((story) => html`<tr>
            <td><input type="checkbox" id="book-${story.id}" .checked=${story.in_book} aria-label="${msg('In the book')}: ${story.title} (${story.reference})" @change=${(event: Event) => toggle(event, story)} /></td>
            <td><a href="#submission/${encodeURIComponent(story.id)}">${story.reference}</a></td>
            <td>${story.title}</td><td>${statusLabel(story.status)}</td><td>${story.photos}${renderStoryPhotos(story, app.locale)}</td>
          </tr>`)}</tbody>
        </table>`
      : html`<p>${msg('No story is approved yet.')}</p>`}`;
}

/** On a story's page: whether it is in the book (approved or published stories only). */
export function renderBookChoice(app: ScAdmin, data: SubmissionDetail) {
  if (data.kind !== 'story') return nothing;
  const heading = html`<h2>${msg('The book')}</h2>`;
  if (data.status !== 'approved' && data.status !== 'published') return html`${heading}<p>${msg('Approve the story to choose it for the book.')}</p>`;
  const toggle = async (event: Event) => {
    const box = event.target as HTMLInputElement;
    if (await choose(app, data.id, box.checked)) {
      app.detail = { data: await api.submission(data.id), errors: new Map(), done: choiceDone(data.title, box.checked) };
    } else {
      box.checked = !box.checked;
      app.detail = { ...app.detail, errors: new Map(), general: choiceFailed(), done: undefined };
    }
  };
  return html`${heading}
    <div class="field"><input type="checkbox" id="in-book" .checked=${data.in_book} @change=${toggle} /> <label class="inline" for="in-book">${msg('Choose this story for the book')}</label></div>
    <p><a href="#book">${msg('See every story chosen for the book')}</a></p>`;
}
