/**
 * One published story as an article: both cities in both scripts, the date, the kinds of
 * connection, the story (translated or marked with its language), the partner city's side when it
 * wrote one, important dates, key people and photos. Called while the element renders, so `msg`
 * answers in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatList, formatPartialDate, type Calendar } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import { prefectureName, regionName } from '../regions/names.js';
import type { PublishedStory } from '../schema/public.js';
import type { StoryEntry } from './feed.js';
import { isJapanese } from '../schema/pairing-key.js';
import { connectionLabel } from './labels.js';
import { originalLang, shownText, type ShownText } from './text.js';

export interface StoryView {
  locale: Locale;
  calendar: Calendar;
  /** Opens photo `index` of the story in the lightbox. */
  openPhoto(entry: StoryEntry, index: number): void;
}

/** The name in the reader's script first, the other script after it, each marked with its language. */
function renderCity(name: string, alt: string | undefined, locale: Locale): TemplateResult {
  const names = alt ? [name, alt] : [name];
  if (locale === 'ja') names.sort((a, b) => Number(isJapanese(b)) - Number(isJapanese(a)));
  else names.sort((a, b) => Number(isJapanese(a)) - Number(isJapanese(b)));
  const lang = (text: string) => (isJapanese(text) ? 'ja' : locale === 'ja' ? 'en' : nothing);
  return html`<span class="city"><span class="name" lang=${lang(names[0])}>${names[0]}</span>${names[1] ? html` <span class="alt" lang=${lang(names[1])}>${names[1]}</span>` : nothing}</span>`;
}

function renderText(shown: ShownText): TemplateResult {
  // Paragraphs as the writer left them; text, never markup.
  const paragraphs = shown.text.split(/\n\s*\n/).filter((p) => p.trim());
  return html`
    ${shown.untranslated ? html`<p class="untranslated">${msg('Not translated yet: shown in the language it was written in.')}</p>` : nothing}
    <div class="text" lang=${shown.lang ?? nothing} dir="auto">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>
  `;
}

function personName(person: PublishedStory['people'][number]): string {
  if (!person.given_name) return person.family_name;
  // Japanese names family name first; North American names given name first.
  return person.side === 'jp' ? `${person.family_name} ${person.given_name}` : `${person.given_name} ${person.family_name}`;
}

function renderPartnerSide(story: PublishedStory, view: StoryView): TemplateResult | typeof nothing {
  const side = story.partner_side;
  if (!side) return nothing;
  const author = side.author;
  const by = [author?.name, author?.role, author?.organisation].filter(Boolean) as string[];
  const lang = originalLang(side.language, side.story);
  return html`
    <section class="side" part="partner-side">
      <h3>${msg("The partner city's side")}</h3>
      ${by.length ? html`<p class="author">${msg('Written by')} <span lang=${lang ?? nothing}>${by.join(lang === 'ja' ? '、' : ', ')}</span></p>` : nothing}
      ${renderText(shownText(side.story, side.language, side.translations, view.locale))}
    </section>
  `;
}

export function renderStory(entry: StoryEntry, view: StoryView): TemplateResult {
  const { story } = entry;
  const { locale } = view;
  const lang = originalLang(story.language, story.story) ?? nothing;
  const headingId = `story-${story.reference}`;
  const connections = story.connections.map((c) => (c === 'other' && story.connection_other ? story.connection_other : connectionLabel(c)));
  return html`
    <article class="story" part="story" id=${entry.key} aria-labelledby=${headingId}>
      <h2 id=${headingId} tabindex="-1">
        ${renderCity(story.na_city.name, story.alt_names?.na_city, locale)}
        <span class="and">${msg('and', { desc: 'Between the names of the two cities of a story: Saint Paul and Nagasaki' })}</span>
        ${renderCity(story.jp_city.name, story.alt_names?.jp_city, locale)}
      </h2>
      <p class="meta">
        ${regionName(story.na_city.country, story.na_city.region, locale)} · ${prefectureName(story.jp_city.prefecture, locale)}
        · ${story.established ?
          msg(str`Established ${formatPartialDate(story.established, locale, view.calendar)}`, {
            desc: 'The date may be a year (1957), a month and year (November 2014) or a full date (December 7, 1955)',
          })
        : msg('Date established unknown')}
      </p>
      ${connections.length ? html`<p class="connections">${msg('Connections:')} ${formatList(connections, locale)}</p>` : nothing}
      <section class="side" part="side">
        ${story.partner_side ? html`<h3>${msg('The story')}</h3>` : nothing}
        ${renderText(shownText(story.story, story.language, story.translations?.story, locale))}
      </section>
      ${renderPartnerSide(story, view)}
      ${story.dates.length ?
        html`<h3>${msg('Important dates')}</h3>
          <dl class="dates">
            ${story.dates.map((d) => html`<dt>${formatPartialDate(d.date, locale, view.calendar)}</dt><dd lang=${lang}>${d.event}</dd>`)}
          </dl>`
      : nothing}
      ${story.people.length ?
        html`<h3>${msg('Key people')}</h3>
          <ul class="people">
            ${story.people.map((p) => html`<li><span class="person" lang=${isJapanese(personName(p)) ? 'ja' : nothing}>${personName(p)}</span>${locale === 'ja' ? '、' : ', '}<span lang=${lang}>${p.role}</span></li>`)}
          </ul>`
      : nothing}
      ${story.photos.length ?
        html`<h3>${msg('Photos')}</h3>
          <ul class="photos">
            ${story.photos.map((photo, i) => html`<li>
              <figure>
                <button type="button" class="photo" part="photo" aria-haspopup="dialog" @click=${() => view.openPhoto(entry, i)}>
                  <img src=${photo.url} alt=${photo.caption} lang=${lang} width="320" height="240" loading="lazy" decoding="async" />
                </button>
                <figcaption>
                  <span lang=${lang}>${photo.caption}</span>
                  ${photo.date ? html`<span class="meta">${formatPartialDate(photo.date, locale, view.calendar)}</span>` : nothing}
                  <span class="credit">${msg('Photo:')} <span lang=${lang}>${photo.credit}</span></span>
                </figcaption>
              </figure>
            </li>`)}
          </ul>`
      : nothing}
    </article>
  `;
}
