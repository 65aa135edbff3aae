/**
 * A story's two sides on the staff pages: who wrote the story, and the partner city's side kept with its own
 * author (server/drafts/), with its account, translation, dates, people and photos. Staff see both authors'
 * email addresses; neither author sees the other's.
 */
import { html, nothing } from 'lit';
import { msg } from '../i18n/localize.js';
import type { SubmissionDetail } from './api.js';

type Person = { name?: string; role?: string; organisation?: string; email?: string };
export interface PartnerSide {
  author: Person;
  language?: string;
  account?: string;
  translation?: string;
  dates?: { date: string; event: string }[];
  people?: { family_name: string; given_name?: string; role: string }[];
  photos?: { caption: string; credit: string }[];
  files: { id: string; part: string; name: string; type: string; size: number; url: string }[];
}

const THUMBNAIL_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const LANGS: Record<string, string> = { en: 'en', ja: 'ja', fr: 'fr' };
const author = (p: Person | undefined) => [p?.name, p?.role, p?.organisation].filter(Boolean).join(', ') + (p?.email ? ` <${p.email}>` : '');

export function renderPartnerSide(data: SubmissionDetail & { partner?: PartnerSide | null }) {
  if (data.kind !== 'story') return nothing;
  const submitter = (data.answers as { submitter?: Person }).submitter;
  const side = data.partner;
  return html`<h2>${msg('Both sides of the story')}</h2>
    <p class="author-line">${msg('The story, written by:')} ${author(submitter)}</p>
    ${side
      ? html`<section class="partner-side" aria-labelledby="partner-heading">
          <h3 id="partner-heading">${msg('The partner city’s side')}</h3>
          <p class="author-line">${msg('Written by:')} ${author(side.author)}</p>
          <div lang=${LANGS[side.language ?? ''] ?? nothing}>
            <p class="account">${side.account}</p>
            ${side.dates?.length ? html`<ul>${side.dates.map((d) => html`<li>${d.date}: ${d.event}</li>`)}</ul>` : nothing}
            ${side.people?.length ? html`<ul>${side.people.map((p) => html`<li>${[p.family_name, p.given_name].filter(Boolean).join(' ')}: ${p.role}</li>`)}</ul>` : nothing}
          </div>
          ${side.translation ? html`<h4>${msg('Translation of the story')}</h4><p class="translation">${side.translation}</p>` : nothing}
          ${side.files.length
            ? html`<ul class="files">${side.files.map((file) => [file, Number(file.part.split('.')[1])] as const).map(([file, i]) => html`<li>
                ${THUMBNAIL_TYPES.includes(file.type) ? html`<img class="thumbnail" src=${file.url} alt=${side.photos?.[i]?.caption ?? file.name} loading="lazy" />` : nothing}
                <a href=${file.url} download>${file.name}</a>${side.photos?.[i]?.credit ? ` (${side.photos[i].credit})` : ''}</li>`)}</ul>`
            : nothing}
        </section>`
      : html`<p>${msg('The partner city has not added its side.')}</p>`}`;
}
