/**
 * Builds each email as plain text and simple HTML from texts.ts: every value from a submission is
 * escaped in the HTML part; the copy of the answers is one line per answer, named as in the CSV export.
 */
import { flatten } from '../csv.js';
import type { Kind } from '../store/index.js';
import { localeOf, MAIL_LOCALES, TEXTS, type MailLocale } from './texts.js';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A submission as the emails need it. */
export interface Reported {
  kind: Kind;
  reference: string;
  created_at: string;
  payload: unknown;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fill = (template: string, slots: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? '');

/** Answers that are not the submitter's words: the spam trap, the captcha, the form's language. */
const NOT_ANSWERS = new Set(['honeypot', 'captcha_token', 'locale']);

function answerLines(payload: unknown): [string, string][] {
  const flat = flatten(payload, '');
  return Object.entries(flat)
    .filter(([key, value]) => !NOT_ANSWERS.has(key.split('.')[0]) && value !== undefined && value !== '')
    .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
}

/** Paragraphs (and, optionally, the answers) as one email in both forms. */
export function compose(to: string, subject: string, paragraphs: string[], answers?: { heading: string; lines: [string, string][] }): Email {
  const text = [...paragraphs, ...(answers ? [`${answers.heading}:`, answers.lines.map(([k, v]) => `${k}: ${v}`).join('\n')] : [])].join('\n\n');
  const rows = answers?.lines.map(([k, v]) => `<tr><th scope="row" align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('') ?? '';
  const html = [
    '<!doctype html><html><body>',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    answers ? `<h2>${escapeHtml(answers.heading)}</h2><table>${rows}</table>` : '',
    '</body></html>',
  ].join('');
  return { to, subject, text: `${text}\n`, html };
}

function slots(s: Reported, locale: MailLocale, extra: Record<string, string> = {}) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(s.created_at));
  const name = ((s.payload as { submitter?: { name?: string } }).submitter?.name ?? '').trim();
  return { kind: TEXTS[locale].kind[s.kind], reference: s.reference, date, name, ...extra };
}

export const submitterOf = (payload: unknown) => (payload as { submitter?: { email?: string } }).submitter?.email;

/** The receipt, in the submitter's language, with a copy of their answers. */
export function receipt(s: Reported, to: string): Email {
  const locale = localeOf(s.payload);
  const t = TEXTS[locale];
  const v = slots(s, locale);
  return compose(to, fill(t.receiptSubject, v), [fill(t.greeting, v), fill(t.received, v), t.next, t.questions], {
    heading: t.answers,
    lines: answerLines(s.payload),
  });
}

/** The email to staff about a new submission, in `locale` (the staff's, see staffByLanguage), with the answers. */
export function staffNotice(s: Reported, to: string, locale: MailLocale = 'en'): Email {
  const t = TEXTS[locale];
  const v = slots(s, locale);
  return compose(to, fill(t.staffSubject, v), [fill(t.staffReceived, v)], { heading: t.staffAnswers, lines: answerLines(s.payload) });
}

/**
 * STAFF_EMAILS entries grouped by the language each wants: `ja:kato@clair.or.jp` or
 * `fr-CA:agent@example.ca` (a language and a colon before the address), and a bare address in
 * English. One email per language, in the order the languages first appear.
 */
export function staffByLanguage(entries: string[]): [MailLocale, string[]][] {
  const groups = new Map<MailLocale, string[]>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const tag = colon > 0 ? entry.slice(0, colon).trim().toLowerCase() : '';
    const tagged = MAIL_LOCALES.find((locale) => locale.toLowerCase() === tag);
    const locale = tagged ?? 'en';
    const address = (tagged ? entry.slice(colon + 1) : entry).trim();
    groups.set(locale, [...(groups.get(locale) ?? []), address]);
  }
  return [...groups];
}

/** The decision (approved, or rejected with the reason), in the submitter's language. */
export function decision(s: Reported, to: string, outcome: 'approved' | 'rejected', reason: string | null): Email {
  const locale = localeOf(s.payload);
  const t = TEXTS[locale];
  const v = slots(s, locale, { reason: reason ?? '' });
  const [subject, body] = outcome === 'approved' ? [t.approvedSubject, t.approved] : [t.rejectedSubject, t.rejected];
  return compose(to, fill(subject, v), [fill(t.greeting, v), fill(body, v), t.questions]);
}
