// The confirmation of a story sent without a saved draft, in Japanese and in French (Canada), in Chromium against
// the built receiver as `npm start` runs it (`--demo`), on SQLite or (RECEIVER_ENGINE=postgres) PostgreSQL + S3:
// every sentence of the partner's invitation is shown whole and in the page's language — that the partner can
// still add their side, the partner's link for the story as sent with the date until which it works, and the
// errors when the link could not be made or could not be stopped (each refused once by the network here, then
// working). The partner, opening that link in the same language, is told until when it works, and after sending
// their side, until when they can correct it (the side's answer's new date). A sentence missing, or left in
// English, fails the test. axe on each state.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { assertAccessible } from '../admin/axe.mjs';
import { newPage, startStaffPages } from '../admin/staff-pages.mjs';

let pages;
before(async () => {
  pages = await startStaffPages();
});
after(() => pages?.stop());

/** What each language must show; `partner` is the city on the other side, `until` the link's last day as the page writes it. */
const LANGUAGES = {
  ja: {
    page: 'story-ja.html', locale: 'ja-JP', na: 'セントポール市', jp: '長崎市', partner: 'セントポール市', partnerLang: 'en',
    canStill: (p) => `${p}は、これからでも先方の側の話を加えられます。専用のリンクで、送信したストーリーをあなたの連絡先を除いて先方に見せます。`,
    invite: (p) => `${p}に、先方の側の話を加えてもらうよう招待する`,
    notMade: (p) => `${p}用のリンクを作成できませんでした。接続を確認して、もう一度お試しください。`,
    sent: (p, until) => `このリンクを${p}の担当者に送ってください。先方はあなたの連絡先を見ることなく送信されたストーリーを読み、自分の言語で先方の側の話を加えられます。国際姉妹都市協会は先方の側の話をあなたのストーリーと一緒に受け取ります。リンクは${until}まで有効です。`,
    link: (p) => `${p}用のリンク`,
    stop: '提携都市用のリンクを無効にする',
    notStopped: (p) => `${p}用のリンクを無効にできませんでした。接続を確認して、もう一度お試しください。`,
  },
  'fr-CA': {
    page: 'story-fr.html', locale: 'fr-CA', na: 'Montréal', jp: 'Hiroshima', partner: 'Hiroshima', partnerLang: 'ja',
    canStill: (p) => `${p} peut encore ajouter sa version : un lien privé lui montre l’histoire telle que vous l’avez envoyée, sans vos coordonnées.`,
    invite: (p) => `Inviter ${p} à ajouter sa version`,
    notMade: (p) => `Le lien pour ${p} n’a pas pu être créé. Vérifiez votre connexion et réessayez.`,
    sent: (p, until) => `Envoyez ce lien à votre contact à ${p}. Cette personne verra l’histoire telle que vous l’avez envoyée, sans vos coordonnées, et pourra ajouter sa version dans sa propre langue. Sister Cities International reçoit sa version avec votre histoire. Le lien fonctionne jusqu’au ${until}.`,
    link: (p) => `Lien pour ${p}`,
    stop: 'Désactiver le lien de la ville jumelle',
    notStopped: (p) => `Le lien pour ${p} n’a pas pu être désactivé. Vérifiez votre connexion et réessayez.`,
  },
};

/** What the widget shows, its white space made single. */
const shown = (form) => form.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
const focused = (form) => form.evaluate((el) => el.shadowRoot.activeElement?.id ?? '');
/** Nothing of the invitation left in English. */
const ENGLISH = /can still add their side|as you sent it|could not be (made|stopped)|It works until|Link for|Invite .* to add their side|Stop the partner|link works until|correct your side/;

/** What the partner's link says, in the partner's language (the link's `lang`, the partner city's side's). */
const PARTNER = {
  en: { locale: 'en-US', opened: (until) => `This link works until ${until}.`, correct: (until) => `You can correct your side with this link until ${until}.` },
  ja: { locale: 'ja-JP', opened: (until) => `このリンクは${until}まで有効です。`, correct: (until) => `このリンクで${until}まで貴市の側の話を修正できます。` },
  'fr-CA': { locale: 'fr-CA', opened: (until) => `Ce lien fonctionne jusqu’au ${until}.`, correct: (until) => `Vous pouvez corriger votre version avec ce lien jusqu’au ${until}.` },
};

/** The partner opens their link (in their language): told until when it works; sends their side: told the new date. */
async function partnerSide(browser, link, lang) {
  const words = PARTNER[lang];
  const page = await newPage(browser, words.locale);
  const token = /#draft=([^&]+)/.exec(link)[1];
  const answer = page.waitForResponse((response) => response.url().endsWith(`/api/stories/drafts/${token}`) && response.status() === 200);
  await page.goto(link);
  const opened = await (await answer).json();
  const side = page.locator('sister-city-story-form');
  await side.locator('.story-so-far').waitFor();
  const day = (at) => page.evaluate(([locale, d]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(d)), [lang, at]);
  const until = await day(opened.expires_at);
  assert.ok((await shown(side)).includes(words.opened(until)), `the partner's link works until ${until}, in ${lang}`);
  if (lang !== 'en') assert.doesNotMatch(await shown(side), ENGLISH);
  await assertAccessible(page, `the partner's link opened, with its date, in ${lang}`);

  await side.locator('#f-account').fill('Our city remembers the first visit.');
  await side.locator('input[name="language"][value="en"]').check();
  await side.locator('#f-author-name').fill('Ken Sato');
  await side.locator('#f-author-email').fill('ken@example.org');
  const answered = page.waitForResponse((response) => response.url().endsWith('/side') && response.status() === 201);
  await side.locator('button[type="submit"]').click();
  const { expires_at: expiresAt } = await (await answered).json();
  assert.ok(expiresAt && Date.parse(expiresAt) >= Date.parse(opened.expires_at), 'the side moves the link’s end');
  await side.locator('#success-heading').waitFor({ timeout: 60_000 });
  const later = await day(expiresAt);
  assert.ok((await shown(side)).includes(words.correct(later)), `the partner can correct their side until ${later}, in ${lang}`);
  if (lang !== 'en') assert.doesNotMatch(await shown(side), ENGLISH);
  await assertAccessible(page, `the partner's side sent, with its date, in ${lang}`);
  assert.deepEqual(page.errors, []);
  await page.close();
}

/** Answers the story's questions by their fields (the labels are in the page's language) and sends it. */
async function sendStory(form, { na, jp }) {
  await form.locator('input[name="na_city.country"][value="US"]').check();
  await form.locator('#f-na_city-region').selectOption('MN');
  await form.locator('#f-na_city-name').fill(na);
  await form.locator('#f-jp_city-prefecture').selectOption('34');
  await form.locator('#f-jp_city-name').fill(jp);
  await form.locator('#f-story').fill('Two cities chose friendship after the war.');
  await form.locator('input[name="connections"][value="friendship"]').check();
  await form.locator('input[name="language"][value="en"]').check();
  await form.locator('#f-submitter-name').fill('Jane Doe');
  await form.locator('#f-submitter-email').fill('jane@example.org');
  await form.locator('input[name="partner_coauthor"]').last().check();
  await form.locator('#f-consent').check();
  // The receiver keeps drafts (the offer is on the page), but nothing is saved: the story is sent straight away.
  await form.locator('#draft-save').waitFor();
  await form.locator('button[type="submit"]').click();
  await form.locator('.reference').waitFor({ timeout: 60_000 });
}

for (const [lang, words] of Object.entries(LANGUAGES)) {
  it(`says every sentence of the partner's invitation after sending in ${lang}, the errors included`, async () => {
    const page = await newPage(pages.browser, words.locale);
    // The network refuses the first invitation and the first stop; the next ones reach the receiver.
    let invites = 0;
    await page.route('**/api/stories/drafts/*/invite', (route) =>
      invites++ ? route.continue() : route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Unavailable"}' }));
    let stops = 0;
    await page.route('**/api/stories/drafts/*/revoke', (route) =>
      stops++ ? route.continue() : route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Unavailable"}' }));
    await page.goto(`${pages.base}/${words.page}`);
    const form = page.locator('sister-city-story-form');
    await sendStory(form, words);
    const p = words.partner;
    assert.ok((await shown(form)).includes(words.canStill(p)), `the partner can still add their side, in ${lang}`);
    await assertAccessible(page, `the confirmation offering the invitation in ${lang}`);

    await form.getByRole('button', { name: words.invite(p) }).click();
    await form.locator('#draft-problem').getByText(words.notMade(p)).waitFor();
    assert.equal(await focused(form), 'draft-problem');
    await assertAccessible(page, `the invitation that could not be made, in ${lang}`);

    const answered = page.waitForResponse((response) => response.url().endsWith('/invite') && response.status() === 201);
    await form.getByRole('button', { name: words.invite(p) }).click();
    const { expires_at: expiresAt } = await (await answered).json();
    await form.getByLabel(words.link(p)).waitFor();
    // The last day, as the page writes dates in its language.
    const until = await page.evaluate(([locale, at]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(at)), [lang, expiresAt]);
    assert.ok((await shown(form)).includes(words.sent(p, until)), `the partner's link for the story as sent, until ${until}, in ${lang}`);
    assert.equal(await focused(form), 'invite-link');
    await assertAccessible(page, `the confirmation with the partner's link in ${lang}`);
    // The partner opens it in the partner city's language (the Japanese page's partner reads English, the French page's Japanese), and in French.
    const partnerLink = await form.getByLabel(words.link(p)).inputValue();
    await partnerSide(pages.browser, partnerLink, words.partnerLang);
    if (lang === 'fr-CA') await partnerSide(pages.browser, partnerLink.replace(/&lang=[^&]*/, '&lang=fr-CA'), 'fr-CA');

    await form.getByRole('button', { name: words.stop }).click();
    await form.locator('#draft-problem').getByText(words.notStopped(p)).waitFor();
    assert.equal(await focused(form), 'draft-problem');
    assert.doesNotMatch(await shown(form), ENGLISH);
    await assertAccessible(page, `the partner's link that could not be stopped, in ${lang}`);

    await form.getByRole('button', { name: words.stop }).click();
    await form.getByRole('button', { name: words.invite(p) }).waitFor();
    assert.doesNotMatch(await shown(form), ENGLISH);
    // The 503s refused by the network are the page's own console errors; nothing else went wrong.
    assert.deepEqual(page.errors.filter((e) => !/status of 503/.test(e)), []);
  });
}
