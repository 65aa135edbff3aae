/**
 * The emails' words in en, ja and fr-CA (server-side: the widgets' XLIFF files are for the browser).
 * `{name}`-style slots are filled by render.ts, which escapes them for the HTML part.
 */
import type { Kind } from '../store/index.js';

export const MAIL_LOCALES = ['en', 'ja', 'fr-CA'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export interface MailTexts {
  kind: Record<Kind, string>;
  greeting: string;
  receiptSubject: string;
  received: string;
  next: string;
  answers: string;
  approvedSubject: string;
  approved: string;
  rejectedSubject: string;
  rejected: string;
  questions: string;
  staffSubject: string;
  staffReceived: string;
  /** The heading of the answers in the staff's email (not the submitter's "your answers"). */
  staffAnswers: string;
}

export const TEXTS: Record<MailLocale, MailTexts> = {
  en: {
    kind: { request: 'partner request', story: 'Hajimari story' },
    greeting: 'Hello {name},',
    receiptSubject: 'We received your {kind} — {reference}',
    received: 'Thank you. We received your {kind} on {date}. Its reference is {reference}: please quote it if you write to us.',
    next: 'What happens next: our staff will review it. We will email you when it is approved or, if it cannot be accepted, tell you why.',
    answers: 'Your answers',
    staffAnswers: 'Answers',
    approvedSubject: 'Your {kind} {reference} was approved',
    approved: 'Good news: your {kind} ({reference}) was approved. It will be published once our staff have prepared its public version.',
    rejectedSubject: 'Your {kind} {reference} was not accepted',
    rejected: 'We are sorry: your {kind} ({reference}) was not accepted. The reason: {reason}',
    questions: 'If you have questions, reply to this email.',
    staffSubject: 'New {kind}: {reference}',
    staffReceived: 'A new {kind} arrived on {date}: {reference}. Review it in the back office (/admin).',
  },
  ja: {
    kind: { request: 'パートナー提携の依頼', story: 'はじまりの物語' },
    greeting: '{name} 様',
    receiptSubject: '{kind}を受け付けました（{reference}）',
    received: '{date}に{kind}を受け付けました。受付番号は {reference} です。お問い合わせの際はこの番号をお知らせください。',
    next: '今後の流れ：担当者が内容を確認します。承認された場合、または受理できない場合（理由を添えて）は、メールでお知らせします。',
    answers: 'ご回答の内容',
    staffAnswers: '回答内容',
    approvedSubject: '{kind}（{reference}）が承認されました',
    approved: '{kind}（{reference}）が承認されました。公開用の内容が整い次第、掲載されます。',
    rejectedSubject: '{kind}（{reference}）の審査結果',
    rejected: '申し訳ありませんが、{kind}（{reference}）は受理されませんでした。理由：{reason}',
    questions: 'ご不明な点は、このメールにご返信ください。',
    staffSubject: '新しい{kind}：{reference}',
    staffReceived: '{date}に新しい{kind}が届きました：{reference}。管理画面（/admin）で確認してください。',
  },
  'fr-CA': {
    kind: { request: 'demande de partenariat', story: 'récit Hajimari' },
    greeting: 'Bonjour {name},',
    receiptSubject: 'Nous avons reçu votre {kind} — {reference}',
    received: 'Merci. Nous avons reçu votre {kind} le {date}. Son numéro de référence est {reference}; veuillez l’indiquer si vous nous écrivez.',
    next: 'La suite\u00a0: notre équipe examinera votre envoi. Nous vous écrirons dès son approbation ou, en cas de refus, en vous indiquant la raison.',
    answers: 'Vos réponses',
    staffAnswers: 'Réponses',
    approvedSubject: 'Approbation de votre {kind} ({reference})',
    approved: 'Bonne nouvelle\u00a0: votre {kind} ({reference}) a reçu l’approbation de notre équipe. Sa publication suivra dès que la version publique sera prête.',
    rejectedSubject: 'Refus de votre {kind} ({reference})',
    rejected: 'Nous sommes désolés de ne pas pouvoir retenir votre {kind} ({reference}). Raison\u00a0: {reason}',
    questions: 'Pour toute question, répondez à ce courriel.',
    staffSubject: 'Nouvelle soumission ({kind})\u00a0: {reference}',
    staffReceived: 'Une nouvelle soumission ({kind}) est arrivée le {date}\u00a0: {reference}. Examinez-la dans le bureau du personnel (/admin).',
  },
};

/**
 * The submitter's language: the form's (`locale`, sent by the widgets), else the language a story is
 * written in, else English.
 */
export function localeOf(payload: unknown): MailLocale {
  const p = (payload ?? {}) as { locale?: string; language?: string };
  if (MAIL_LOCALES.includes(p.locale as MailLocale)) return p.locale as MailLocale;
  if (p.language === 'ja') return 'ja';
  if (p.language === 'fr') return 'fr-CA';
  return 'en';
}
