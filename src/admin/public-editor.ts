/**
 * The public version of a submission: its texts as the world will read them, each with an optional
 * staff translation into Japanese and French (Canada), whether a request's pamphlet is shown, and a
 * preview in each language; the names in the other script (a story's cities, a request's community), and
 * the partner city's side of a story. Saved with PUT /admin/api/submissions/:id/public; what is not edited
 * here (region, exchanges, dates, people, photos) is sent back as the draft had it.
 */
import { html, nothing } from 'lit';
import { msg } from '../i18n/localize.js';
import type { Locale } from '../i18n/language.js';
import { api, Problem, type PublicVersion, type SubmissionDetail } from './api.js';
import { fieldError, type FieldErrors } from './error-summary.js';
import type { ScAdmin } from './sc-admin.js';

const TEXTS: Record<SubmissionDetail['kind'], string[]> = {
  request: ['geography', 'activities', 'history', 'expectations', 'partner_preferences'],
  story: ['story'],
};
/**
 * The languages staff may translate a submission into: Japanese and French (Canada); for a story written
 * in another language than English, English too (the book prints English beside Japanese).
 */
function translatedInto(data: SubmissionDetail): Locale[] {
  const language = data.kind === 'story' ? (data.answers as { language?: string }).language : 'en';
  const original = language === 'ja' ? 'ja' : language === 'fr' ? 'fr-CA' : language === 'en' ? 'en' : undefined;
  return (['en', 'ja', 'fr-CA'] as Locale[]).filter((locale) => locale !== original);
}

function textLabel(field: string): string {
  switch (field) {
    case 'geography': return msg('Geography and access');
    case 'activities': return msg('Industry, culture and education');
    case 'history': return msg('Historical background');
    case 'expectations': return msg('Expectations of a partner');
    case 'partner_preferences': return msg('Partner sought');
    default: return msg('The story');
  }
}

const languageName = (locale: Locale) => (locale === 'ja' ? msg('Japanese') : locale === 'fr-CA' ? msg('French (Canada)') : msg('English'));

/** The public version as the form holds it now. */
function read(root: ShadowRoot, data: SubmissionDetail): PublicVersion {
  const translated = translatedInto(data);
  const value = (id: string) => (root.getElementById(id) as HTMLTextAreaElement | null)?.value.trim() ?? '';
  const version: PublicVersion = { ...data.public };
  const translations: NonNullable<PublicVersion['translations']> = {};
  for (const field of TEXTS[data.kind]) {
    if (value(`pub-${field}`)) version[field] = value(`pub-${field}`);
    else delete version[field];
    for (const locale of translated) {
      const text = value(`pub-${field}-${locale}`);
      if (text) translations[field] = { ...translations[field], [locale]: text };
    }
  }
  version.translations = translations;
  readNames(value, data, version);
  readPartnerSide(value, data, version);
  if (data.kind === 'request') version.pamphlet = (root.getElementById('pub-pamphlet') as HTMLInputElement | null)?.checked ?? false;
  return version;
}

type Names = { community?: Record<string, unknown>; alt_names?: Record<string, string> };

/** The names fields: a story's two cities in the other script; a request's community in Japanese, Latin letters and kana. */
function nameFields(data: SubmissionDetail): [id: string, label: string, value: string | undefined][] {
  const p = data.public as Names;
  return data.kind === 'story'
    ? [
        ['pub-alt-na_city', msg('The North American city in Japanese'), p.alt_names?.na_city],
        ['pub-alt-jp_city', msg('The Japanese city in Latin letters'), p.alt_names?.jp_city],
      ]
    : [
        ['pub-name-name_ja', msg('The community’s name in Japanese'), p.community?.name_ja as string | undefined],
        ['pub-name-name_en', msg('The community’s name in Latin letters'), p.community?.name_en as string | undefined],
        ['pub-name-name_kana', msg('The reading in kana'), p.community?.name_kana as string | undefined],
      ];
}

function readNames(value: (id: string) => string, data: SubmissionDetail, version: PublicVersion): void {
  const v = version as Names;
  if (data.kind === 'story') {
    const alt = { na_city: value('pub-alt-na_city'), jp_city: value('pub-alt-jp_city') };
    const kept = Object.fromEntries(Object.entries(alt).filter(([, name]) => name));
    if (Object.keys(kept).length) v.alt_names = kept;
    else delete v.alt_names;
    return;
  }
  const community = { ...v.community };
  for (const key of ['name_ja', 'name_en', 'name_kana']) {
    if (value(`pub-name-${key}`)) community[key] = value(`pub-name-${key}`);
    else delete community[key];
  }
  v.community = community;
}

type PartnerSide = { story: string; language?: string; translations?: Record<string, string> };

/** The partner city's side: its text (required while it is public) and its translations; emptied, it is left out. */
function readPartnerSide(value: (id: string) => string, data: SubmissionDetail, version: PublicVersion): void {
  const side = data.public.partner_side as PartnerSide | undefined;
  if (!side) return;
  const story = value('pub-partner_side');
  if (!story) {
    delete version.partner_side;
    return;
  }
  const translations = Object.fromEntries(
    (['en', 'ja', 'fr-CA'] as Locale[]).map((locale) => [locale, value(`pub-partner_side-${locale}`)]).filter(([, text]) => text),
  );
  version.partner_side = { ...side, story, translations };
}

const title = (data: SubmissionDetail) => {
  const p = data.public as { community?: { name?: string }; na_city?: { name?: string }; jp_city?: { name?: string } };
  return data.kind === 'request' ? p.community?.name ?? '' : `${p.na_city?.name ?? ''} – ${p.jp_city?.name ?? ''}`;
};

export function renderPublicEditor(app: ScAdmin, data: SubmissionDetail, errors: FieldErrors, fail: (errors: FieldErrors, general?: string) => Promise<void>) {
  const save = async (event: Event) => {
    event.preventDefault();
    const version = read(app.shadowRoot!, data);
    try {
      await api.savePublic(data.id, version);
      app.detail = { data: await api.submission(data.id), errors: new Map(), done: msg('The public version is saved.') };
    } catch (error) {
      if (error instanceof Problem && error.status === 422) {
        const fields = error.pointers.map((pointer) => pointer.split('/')[1]).filter((field) => TEXTS[data.kind].includes(field));
        return fail(new Map(fields.map((field) => [`pub-${field}`, msg('Enter this text; it is required in the public version')])), fields.length ? undefined : msg('The public version could not be saved. Check it and try again.'));
      }
      app.handle(error, () => void fail(new Map(), msg('The public version could not be saved. Check it and try again.')));
    }
    return undefined;
  };
  const translated = translatedInto(data);
  const preview = app.detail.preview ?? 'en';
  const shown = (field: string) => data.public.translations?.[field]?.[preview] ?? (data.public[field] as string | undefined);
  const textarea = (id: string, label: string, value: string, lang?: string) => html`<div class="field ${errors.has(id) ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    ${fieldError(errors, id)}
    <textarea id=${id} rows="3" lang=${lang ?? nothing} .value=${value} aria-invalid=${errors.has(id) ? 'true' : 'false'} aria-describedby=${errors.has(id) ? `${id}-error` : nothing}></textarea>
  </div>`;

  return html`<h2>${msg('Public version')}</h2>
    <p class="hint">${data.public_saved ? msg('Saved. Publishing shows this version.') : msg('Not saved yet: a first draft from the answers, without personal data. Save it before publishing.')}</p>
    <form novalidate @submit=${save}>
      ${TEXTS[data.kind].map((field) => html`<fieldset>
        <legend>${textLabel(field)}</legend>
        ${textarea(`pub-${field}`, msg('As submitted (edit if needed)'), String(data.public[field] ?? ''))}
        ${translated.map((locale) => textarea(`pub-${field}-${locale}`, `${msg('Translation:')} ${languageName(locale)}`, data.public.translations?.[field]?.[locale] ?? '', locale))}
      </fieldset>`)}
      ${renderPartnerSide(data, textarea)}
      <fieldset>
        <legend>${msg('Names in the other script')}</legend>
        <p class="hint">${msg('Shown beside the names as submitted, so that readers of both languages find them.')}</p>
        ${nameFields(data).map(([id, label, value]) => html`<div class="field">
          <label for=${id}>${label}</label>
          <input id=${id} type="text" .value=${value ?? ''} />
        </div>`)}
      </fieldset>
      ${data.kind === 'request'
        ? html`<div class="field"><input type="checkbox" id="pub-pamphlet" ?checked=${data.public.pamphlet === true} /> <label class="inline" for="pub-pamphlet">${msg('Show the pamphlet')}</label></div>`
        : nothing}
      <button type="submit">${msg('Save the public version')}</button>
    </form>
    <h3>${msg('Preview')}</h3>
    <div class="field">
      <label for="preview-language">${msg('Preview in')}</label>
      <select id="preview-language" @change=${(event: Event) => (app.detail = { ...app.detail, preview: (event.target as HTMLSelectElement).value as Locale })}>
        ${(['en', 'ja', 'fr-CA'] as Locale[]).map((locale) => html`<option value=${locale} ?selected=${locale === preview}>${languageName(locale)}</option>`)}
      </select>
    </div>
    <article class="preview" lang=${preview}>
      <h4>${title(data)}</h4>
      ${TEXTS[data.kind].map((field) => (shown(field) ? html`<h5>${textLabel(field)}</h5><p>${shown(field)}</p>` : nothing))}
    </article>`;
}

type Textarea = (id: string, label: string, value: string, lang?: string) => unknown;

/** The partner city's side, when it wrote one: its text as written and a translation into each other language. */
function renderPartnerSide(data: SubmissionDetail, textarea: Textarea) {
  const side = data.public.partner_side as PartnerSide | undefined;
  if (!side) return nothing;
  const original = side.language === 'ja' ? 'ja' : side.language === 'fr' ? 'fr-CA' : side.language === 'en' ? 'en' : undefined;
  return html`<fieldset>
    <legend>${msg('The partner city’s side')}</legend>
    <p class="hint">${msg('Leave it empty to publish the story without it.')}</p>
    ${textarea('pub-partner_side', msg('As submitted (edit if needed)'), side.story, original)}
    ${(['en', 'ja', 'fr-CA'] as Locale[])
      .filter((locale) => locale !== original)
      .map((locale) => textarea(`pub-partner_side-${locale}`, `${msg('Translation:')} ${languageName(locale)}`, side.translations?.[locale] ?? '', locale))}
  </fieldset>`;
}
