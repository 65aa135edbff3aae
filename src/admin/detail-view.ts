/** One submission: every answer, its files, its status and the moves allowed, notes and history. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/localize.js';
import { api, Problem, type Status, type SubmissionDetail } from './api.js';
import { errorSummary, fieldError, focusSummary, type FieldErrors } from './error-summary.js';
import { date } from './list-view.js';
import { kindLabel, moveLabel, statusLabel } from './labels.js';
import { renderBookChoice } from './book-view.js';
import { renderPartnerSide } from './partner-side.js';
import { renderPublicEditor } from './public-editor.js';
import type { ScAdmin } from './sc-admin.js';
import type { Locale } from '../i18n/language.js';

export interface DetailState {
  data?: SubmissionDetail;
  missing?: boolean;
  errors: FieldErrors;
  general?: string;
  done?: string;
  /** The language of the public version's preview. */
  preview?: Locale;
}

/** Every answer as `path → text` (lists numbered from 1, as in the CSV export). */
/** Photos a browser can show as a thumbnail (HEIC is downloaded only). */
const THUMBNAIL_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The caption the submitter gave the photo sent as `part` ("photo-2"), for its thumbnail's alternative text. */
function photoCaption(answers: unknown, part: string): string | undefined {
  const photos = (answers as { photos?: { file?: { part?: string }; caption?: string }[] }).photos;
  return photos?.find((photo) => photo.file?.part === part)?.caption;
}

function answers(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => answers(item, `${path}.${i + 1}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => answers(item, path ? `${path}.${key}` : key));
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'boolean') return [[path, value ? msg('Yes') : msg('No')]];
  return [[path, String(value)]];
}

/** An event other than a status change, in words. */
function historyAction(action: string): string {
  switch (action) {
    case 'public': return msg('Public version saved');
    case 'note': return msg('Note added');
    case 'book-in': return msg('Chosen for the book');
    case 'book-out': return msg('Taken out of the book');
    default: return action;
  }
}

const size = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KiB`;

export function renderDetail(app: ScAdmin) {
  const state = app.detail;
  const back = html`<p><a href="#">${msg('Back to the submissions')}</a></p>`;
  if (state.missing) return html`${back}<h1 tabindex="-1">${msg('Submission')}</h1><p>${msg('This submission could not be found.')}</p>`;
  const data = state.data;
  if (!data) return html`${back}<p role="status">${msg('Loading')}</p>`;

  const fail = async (errors: FieldErrors, general?: string) => {
    app.detail = { ...app.detail, errors, general, done: undefined };
    await focusSummary(app);
  };
  const problemText = (error: unknown) => {
    const status = error instanceof Problem ? error.status : 0;
    if (status === 409) return msg('This change is not possible now: the status changed meanwhile, or the public version is not saved yet. Reload the page.');
    return msg('The change could not be saved. Try again.');
  };
  const move = async (to: Status) => {
    const reason = (app.shadowRoot?.getElementById('reason') as HTMLTextAreaElement | null)?.value.trim() ?? '';
    if (to === 'rejected' && !reason) return fail(new Map([['reason', msg('Enter the reason for the rejection')]]));
    try {
      const updated = await api.move(data.id, to, to === 'rejected' || to === 'withdrawn' ? reason : '');
      app.detail = { data: updated, errors: new Map(), done: msg('The status is now:') + ' ' + statusLabel(updated.status) };
    } catch (error) {
      if (error instanceof Problem && error.pointers.includes('/reason')) return fail(new Map([['reason', msg('Enter the reason for the rejection')]]));
      app.handle(error, () => void fail(new Map(), problemText(error)));
    }
    return undefined;
  };
  const addNote = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('note') ?? '').trim();
    if (!text) return fail(new Map([['note', msg('Write the note')]]));
    try {
      app.detail = { data: await api.note(data.id, text), errors: new Map(), done: msg('The note is added.') };
      form.reset();
    } catch (error) {
      app.handle(error, () => void fail(new Map(), problemText(error)));
    }
    return undefined;
  };
  const invalid = (id: string) => state.errors.has(id);
  const described = (id: string, hint?: string) => ifDefined([hint ?? '', invalid(id) ? `${id}-error` : ''].join(' ').trim() || undefined);

  return html`${back}
    <h1 tabindex="-1">${data.reference} · ${data.title}</h1>
    <p>${kindLabel(data.kind)} · ${msg('Received on')} ${date(app.locale, data.created_at)}</p>
    ${errorSummary(state.errors, state.general)}
    ${state.done ? html`<p class="notice" role="status">${state.done}</p>` : nothing}

    <h2>${msg('Status')}: ${statusLabel(data.status)}</h2>
    ${data.next.includes('rejected')
      ? html`<div class="field ${invalid('reason') ? 'invalid' : ''}">
          <label for="reason">${msg('Reason for a rejection')}</label>
          <p class="hint" id="reason-hint">${msg('Required to reject. The submitter is told this reason.')}</p>
          ${fieldError(state.errors, 'reason')}
          <textarea id="reason" rows="3" aria-invalid=${invalid('reason') ? 'true' : 'false'} aria-describedby=${described('reason', 'reason-hint')}></textarea>
        </div>`
      : nothing}
    ${data.next.length
      ? html`<div class="actions">${data.next.map((to) => html`<button type="button" class=${to === 'rejected' || to === 'withdrawn' ? 'secondary' : ''} @click=${() => move(to)}>${moveLabel(data.status, to)}</button>`)}</div>`
      : html`<p>${msg('No further change is possible.')}</p>`}

    <h2>${msg('Answers')}</h2>
    <dl class="answers">${answers(data.answers).map(([key, text]) => html`<dt>${key}</dt><dd>${text}</dd>`)}</dl>

    <h2>${msg('Files')}</h2>
    ${data.files.length
      ? html`<ul class="files">${data.files.map((file) => html`<li>
          ${THUMBNAIL_TYPES.includes(file.type) ? html`<img class="thumbnail" src=${file.url} alt=${photoCaption(data.answers, file.part) ?? file.name} loading="lazy" />` : nothing}
          <a href=${file.url} download>${file.name}</a> (${file.part}, ${file.type}, ${size(file.size)})</li>`)}</ul>`
      : html`<p>${msg('No files.')}</p>`}
    ${renderPartnerSide(data)}

    ${data.status === 'approved' || data.status === 'published' || data.public_saved ? renderPublicEditor(app, data, state.errors, fail) : nothing}
    ${renderBookChoice(app, data)}

    <h2>${msg('Notes')}</h2>
    <p class="hint">${msg('For staff only; never published.')}</p>
    ${data.notes.length
      ? html`<ul class="notes">${data.notes.map((note) => html`<li><strong>${note.by}</strong>, ${date(app.locale, note.at)}: ${note.text}</li>`)}</ul>`
      : html`<p>${msg('No notes yet.')}</p>`}
    <form novalidate @submit=${addNote}>
      <div class="field ${invalid('note') ? 'invalid' : ''}">
        <label for="note">${msg('New note')}</label>
        ${fieldError(state.errors, 'note')}
        <textarea id="note" name="note" rows="3" aria-invalid=${invalid('note') ? 'true' : 'false'} aria-describedby=${described('note')}></textarea>
      </div>
      <button type="submit">${msg('Add the note')}</button>
    </form>

    <h2>${msg('History')}</h2>
    <ol class="history">
      <li>${date(app.locale, data.created_at)}: ${msg('Received')}</li>
      ${data.history.map((event) => html`<li>${date(app.locale, event.at)}, ${event.by}: ${event.from && event.to ? `${statusLabel(event.from)} → ${statusLabel(event.to)}` : historyAction(event.action)}${event.reason ? html` (${msg('reason:')} ${event.reason})` : nothing}</li>`)}
    </ol>`;
}
