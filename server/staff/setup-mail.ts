/**
 * The email that carries a staff member's one-time set-up link: only what they need to choose their
 * password (what the link is for, the link, until when it works, not to share it), in the member's
 * language when STAFF_EMAILS names one for their address, else in the admin's page language.
 */
import { compose, staffByLanguage, type Email } from '../mail/render.js';
import { localeOf, type MailLocale } from '../mail/texts.js';

const TEXTS: Record<MailLocale, { subject: string; open: string; until: string; keep: string }> = {
  en: {
    subject: 'Choose your password for the sister-city back office',
    open: 'You can now sign in to the sister-city back office. Open this link to choose your password:',
    until: 'The link works once, until {date}.',
    keep: 'Anyone with the link can choose the password: do not share it. If you did not expect this email, ignore it.',
  },
  ja: {
    subject: '姉妹都市 管理画面のパスワードを設定してください',
    open: '姉妹都市 管理画面にサインインできるようになりました。次のリンクを開いて、パスワードを設定してください。',
    until: 'このリンクは{date}まで、1回だけ使えます。',
    keep: 'リンクを知っている人は誰でもパスワードを設定できます。共有しないでください。心当たりのない場合は、このメールを無視してください。',
  },
  'fr-CA': {
    subject: 'Choisissez votre mot de passe pour l’administration des villes jumelles',
    open: 'Vous pouvez maintenant vous connecter à l’administration des villes jumelles. Ouvrez ce lien pour choisir votre mot de passe\u00a0:',
    until: 'Le lien peut servir une seule fois, jusqu’au {date}.',
    keep: 'Toute personne qui a le lien peut choisir le mot de passe\u00a0: ne le partagez pas. Si vous n’attendiez pas ce courriel, ignorez-le.',
  },
};

/**
 * The member's language: the one STAFF_EMAILS names before their address (`ja:kato@…`), else `pageLocale`
 * (the admin's), else English. A bare address in STAFF_EMAILS names no language.
 */
export function memberLocale(staffEmails: string[], email: string, pageLocale: unknown): MailLocale {
  const tagged = staffEmails.filter((entry) => entry.includes(':'));
  const listed = staffByLanguage(tagged).find(([, addresses]) => addresses.some((address) => address.toLowerCase() === email));
  return listed?.[0] ?? localeOf({ locale: pageLocale });
}

export function setupEmail(to: string, locale: MailLocale, link: string, expiresAt: number): Email {
  const t = TEXTS[locale];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(expiresAt);
  return compose(to, t.subject, [t.open, link, t.until.replace('{date}', `${date} UTC`), t.keep]);
}
