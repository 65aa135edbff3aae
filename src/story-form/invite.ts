/**
 * The story told together: the owner's "Invite <partner city> to add their side" (a second private link, made by
 * invitation.ts; see src/forms/remote-draft-controller.ts), and what the partner's link opens — the story so far, read-only and
 * in the language it was written in, without the submitter's contact details, above the form for the partner's
 * own side (their account, dates, people, photos, an optional translation), sent to
 * `{endpoint}/drafts/{token}/side` as a story is sent (src/schema/draft.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import type { FormWords } from '../forms/sister-city-form.js';
import type { Section } from '../forms/model.js';
import { heading } from '../forms/heading.js';
import type { RemoteDraftController } from '../forms/remote-draft-controller.js';
import { linkFor, longDate, renderLink } from '../forms/render-remote-draft.js';
import { invitePartner } from './invitation.js';
import type { SisterCityStoryForm } from './sister-city-story-form.js';
import { STORY_MAX_LENGTH } from '../schema/story-limits.js';

export { partnerSideSchema } from '../schema/draft.js';
export { openPartner, sending, sent } from './invitation.js';

const LANG: Record<string, string> = { en: 'en', ja: 'ja', fr: 'fr' };
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const THUMBNAIL = ['image/jpeg', 'image/png', 'image/webp'];

/** The partner city's name, from the side the owner is not on (the owner writes in Japanese: the North American city). */
function partnerName(host: SisterCityStoryForm): string {
  const v = host.values as { na_city?: { name?: string }; jp_city?: { name?: string } };
  const name = host.locale === 'ja' ? v.na_city?.name : v.jp_city?.name;
  return name?.trim() || msg('the partner city');
}

/** The owner's invitation: a button, then the partner's link, which opens the form in the partner's language. */
export function invitePanel(host: SisterCityStoryForm, remote: RemoteDraftController): TemplateResult | typeof nothing {
  if (!remote.offer.invite) return nothing;
  const partner = partnerName(host);
  // Sent: the confirmation says what went wrong itself (the notice above the questions is gone with them).
  const sent = host.phase === 'success';
  const problem = sent && remote.problem
    ? html`<div class="notice draft-problem" part="notice" id="draft-problem" tabindex="-1" role="alert">
        <p>${remote.problem === 'busy'
          ? msg('Too many tries in a short time. Wait a few minutes and try again.')
          : remote.invite
            ? msg(str`The link for ${partner} could not be stopped. Check your connection and try again.`)
            : msg(str`The link for ${partner} could not be made. Check your connection and try again.`)}</p>
      </div>`
    : nothing;
  if (!remote.invite) {
    return html`${problem}${sent ? html`<p>${msg(str`${partner} can still add their side: a private link shows them the story as you sent it, without your contact details.`)}</p>` : nothing}
      <div class="actions">
        <button type="button" id="invite-button" class="secondary" part="button" aria-disabled=${remote.busy ? 'true' : 'false'} @click=${() => void invitePartner(remote)}>
          ${msg(str`Invite ${partner} to add their side`)}
        </button>
      </div>`;
  }
  // The partner reads the form in their own language: Japanese for a North American owner, English for a Japanese one.
  const lang = host.locale === 'ja' ? 'en' : 'ja';
  // The partner's link works DRAFT_DAYS after either side last saved or sent (server/store/drafts.ts SENT_EXPIRY).
  const until = longDate(host.locale, remote.invite.expiresAt);
  return html`${problem}${heading('invite-heading', msg(str`Invite ${partner} to add their side`), host.headingLevel + 1)}
    <p>
      ${sent
        ? msg(str`Send this link to your contact in ${partner}. They will see the story as you sent it, without your contact details, and can add their side in their own language. Sister Cities International receives their side with your story. It works until ${until}.`)
        : msg(str`Send this link to your contact in ${partner}. They will see the story so far, without your contact details, and can add their side in their own language. It works until ${until}.`)}
    </p>
    ${renderLink(host, remote, 'invite-link', msg(str`Link for ${partner}`), linkFor(remote.invite.token, lang))}
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${() => remote.revoke(true)}>${msg('Stop the partner’s link working')}</button>
    </div>`;
}

/** What the partner's link opens above their form: the story so far, as written; once their side is sent, until when they may correct it. */
export function partnerView(host: SisterCityStoryForm, remote: RemoteDraftController): TemplateResult | typeof nothing {
  const story = remote.story;
  const until = longDate(host.locale, remote.expiresAt);
  if (host.phase === 'success') return html`<div class="notice" part="notice"><p id="partner-until">${msg(str`You can correct your side with this link until ${until}.`)}</p></div>`;
  if (!story) return nothing;
  const v = story.values as {
    na_city?: { name?: string }; jp_city?: { name?: string }; established?: string; story?: string; language?: string;
    dates?: { date?: string; event?: string }[]; people?: { family_name?: string; given_name?: string; role?: string }[];
    photos?: { caption?: string; credit?: string }[];
  };
  const lang = LANG[text(v.language)];
  const photo = (i: number) => story.files.find((f) => f.path === `photos.${i}.file`);
  const base = new URL(remote.base, location.href);
  return html`<section class="section story-so-far" id="draft-opened" tabindex="-1" aria-labelledby="so-far-heading">
    ${heading('so-far-heading', msg('The story so far'), host.headingLevel)}
    <p class="intro">${msg('Written by the city that invited you. You cannot change it; add your side below. It is shown in the language it was written in.')}</p>
    <p id="partner-until">${msg(str`This link works until ${until}.`)}</p>
    <div lang=${lang ?? nothing}>
      <p><strong>${text(v.na_city?.name)} – ${text(v.jp_city?.name)}</strong>${v.established ? html` (${v.established})` : nothing}</p>
      <p class="story-text">${text(v.story)}</p>
      ${v.dates?.length ? html`<ul>${v.dates.map((d) => html`<li>${text(d.date)}: ${text(d.event)}</li>`)}</ul>` : nothing}
      ${v.people?.length ? html`<ul>${v.people.map((p) => html`<li>${[p.family_name, p.given_name].filter(Boolean).join(' ')}: ${text(p.role)}</li>`)}</ul>` : nothing}
      ${v.photos?.length
        ? html`<ul class="photos">${v.photos.map((p, i) => {
            const file = photo(i);
            // The caption beside the photo says what it shows: the image itself needs no second description.
            return html`<li><figure>${file && THUMBNAIL.includes(file.type) ? html`<img class="preview" src=${new URL(file.url, base).href} alt="" />` : nothing}
              <figcaption>${text(p.caption)}${p.credit ? html` (${text(p.credit)})` : nothing}</figcaption></figure></li>`;
          })}</ul>`
        : nothing}
    </div>
  </section>`;
}

/**
 * The partner's questions, from the story's own (`story`, so that the two stay alike): their account, language
 * and translation, then dates, people and photos, then who they are.
 */
export function partnerSections(story: Section[]): Section[] {
  const language = story.find((s) => s.id === 'story')!.items.find((item) => item.kind === 'radios' && item.name === 'language')!;
  const details = story.find((s) => s.id === 'details')!;
  const about = story.find((s) => s.id === 'about-you')!;
  const author = about.items
    .filter((item) => item.kind !== 'group' && item.name.startsWith('submitter.'))
    .map((item) => ({
      ...item,
      name: item.name.replace('submitter.', 'author.'),
      ...(item.kind === 'email' ? { hint: msg('Staff of Sister Cities International see it; the city that invited you does not.') } : {}),
    }));
  return [
    {
      id: 'side',
      heading: msg('Your side of the story'),
      items: [
        {
          kind: 'textarea', name: 'account', label: msg('How did the relationship begin, as your city remembers it?'), maxLength: STORY_MAX_LENGTH, rows: 10,
          hint: msg('In your own words and your own language.'),
          messages: { required: msg('Enter your city’s account of how the relationship began') },
        },
        { ...language, reveals: undefined, label: msg('Which language is your side written in?'), messages: { required: msg('Select the language your side is written in') } } as Section['items'][number],
        {
          kind: 'textarea', name: 'translation', label: msg('A translation of the story so far'), maxLength: STORY_MAX_LENGTH, rows: 6, optional: true,
          hint: msg('If you can, translate the story so far into your language.'),
        },
      ],
    },
    details,
    { id: 'about-you', heading: about.heading, items: author as Section['items'] },
  ];
}

export const partnerWords = (): FormWords => ({
  submit: msg('Add our side to the story'),
  sent: msg('Your side was added to the story'),
  notSent: msg('Your side has not been added'),
  nextSteps: msg(
    'The city that invited you can read your side, without your email address, and Sister Cities International receives it with the story. To change your side, open the same link again and send it again.',
  ),
});
