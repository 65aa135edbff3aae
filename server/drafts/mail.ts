/** The email that carries a draft's link (saved answers, or the partner's invitation), in the asker's language. */
import { compose, type Email } from '../mail/render.js';
import type { MailLocale } from '../mail/texts.js';

const TEXTS: Record<MailLocale, { owner: string; partner: string; body: string; partnerBody: string; until: string; keep: string }> = {
  en: {
    owner: 'Your saved answers',
    partner: 'You are invited to add your side of the story',
    body: 'Your answers are saved. Open this private link to continue on any device:',
    partnerBody: 'Your partner city is writing the story of your affiliation and asks you to add your side. Open this private link:',
    until: 'The link works until {date}.',
    keep: 'Anyone with the link can open the answers: do not share it.',
  },
  ja: {
    owner: '保存した回答',
    partner: '姉妹都市のストーリーにご参加ください',
    body: '回答を保存しました。次の非公開リンクを開くと、どの端末からでも続けられます。',
    partnerBody: '姉妹都市が提携のストーリーを書いており、貴市の側の話を加えるよう依頼しています。次の非公開リンクを開いてください。',
    until: 'このリンクは{date}まで有効です。',
    keep: 'リンクを知っている人は誰でも回答を開けます。共有しないでください。',
  },
  'fr-CA': {
    owner: 'Vos réponses enregistrées',
    partner: 'Vous êtes invité à ajouter votre version de l’histoire',
    body: 'Vos réponses sont enregistrées. Ouvrez ce lien privé pour continuer sur n’importe quel appareil :',
    partnerBody: 'Votre ville jumelle écrit l’histoire de votre jumelage et vous invite à y ajouter votre version. Ouvrez ce lien privé :',
    until: 'Le lien fonctionne jusqu’au {date}.',
    keep: 'Toute personne qui a le lien peut ouvrir les réponses : ne le partagez pas.',
  },
};

export function linkEmail(to: string, locale: MailLocale, link: string, expiresAt: number, partner: boolean): Email {
  const t = TEXTS[locale];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(expiresAt);
  return compose(to, partner ? t.partner : t.owner, [partner ? t.partnerBody : t.body, link, t.until.replace('{date}', date), t.keep]);
}
