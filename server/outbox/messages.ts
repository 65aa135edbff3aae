/**
 * What is queued for each change the outbox reports: on a new submission, the staff email, the
 * submitter's receipt and a `submission.received` webhook per URL; on a status change, a
 * `submission.status_changed` webhook per URL and, for an approval or a rejection, an email to the
 * submitter. Emails are rendered now (server/mail/), so the worker only delivers.
 */
import { decision, receipt, staffByLanguage, staffNotice, submitterOf, type Reported } from '../mail/render.js';
import type { NewMessage, Status } from '../store/index.js';
import type { OutboxSettings } from './settings.js';

type Submission = Reported & { id: string };

function webhooks(settings: OutboxSettings, type: string, data: Record<string, unknown>): NewMessage[] {
  if (!settings.webhookSecret) return [];
  const payload = { type, timestamp: new Date().toISOString(), data };
  return settings.webhookUrls.map((url) => ({ channel: 'webhook' as const, body: { url, payload } }));
}

const answersOf = (payload: unknown) => {
  const { honeypot: _h, captcha_token: _c, ...answers } = payload as Record<string, unknown>;
  return answers;
};

export function submissionMessages(settings: OutboxSettings, s: Submission): NewMessage[] {
  const messages: NewMessage[] = [];
  if (settings.smtpUrl) {
    for (const [locale, addresses] of staffByLanguage(settings.staffEmails)) {
      messages.push({ channel: 'email', body: staffNotice(s, addresses.join(', '), locale) });
    }
    const submitter = submitterOf(s.payload);
    if (submitter) messages.push({ channel: 'email', body: receipt(s, submitter) });
  }
  messages.push(...webhooks(settings, 'submission.received', { id: s.id, kind: s.kind, reference: s.reference, status: 'received', answers: answersOf(s.payload) }));
  return messages;
}

export function statusMessages(settings: OutboxSettings, s: Submission, from: Status, to: Status, reason: string | null): NewMessage[] {
  const messages: NewMessage[] = [];
  const submitter = submitterOf(s.payload);
  // Taking a published entry back to approved is not news for the submitter.
  if (settings.smtpUrl && submitter && (to === 'rejected' || (to === 'approved' && from !== 'published'))) {
    messages.push({ channel: 'email', body: decision(s, submitter, to, reason) });
  }
  messages.push(...webhooks(settings, 'submission.status_changed', { id: s.id, kind: s.kind, reference: s.reference, from, status: to, reason }));
  return messages;
}
