/** Where the outbox delivers (config.ts reads these from the environment) and how it retries. */
export interface OutboxSettings {
  /** SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example.org:587); without it no email is queued. */
  smtpUrl?: string;
  /** The From of every email (MAIL_FROM). */
  mailFrom: string;
  /**
   * Who is told of each new submission (STAFF_EMAILS, comma-separated), each in the language before
   * its address (`ja:kato@clair.or.jp`, `fr-CA:…`) or in English.
   */
  staffEmails: string[];
  /** Where submissions and status changes are posted (WEBHOOK_URLS, comma-separated). */
  webhookUrls: string[];
  /** The Standard Webhooks signing secret, `whsec_<base64>` (WEBHOOK_SECRET); without it no webhook is queued. */
  webhookSecret?: string;
  /** The first retry's delay; each later one doubles, up to `retryMaxMs`, with jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** After this many attempts a message is given up (kept, with its last error, until `keepMs`). */
  maxAttempts: number;
  /**
   * How long a delivered or given-up message is kept (OUTBOX_KEEP_DAYS): it holds personal data (a
   * rendered email with the answers), so it is forgotten by the sweep after that.
   */
  keepMs: number;
  /** How often the worker looks for due messages. */
  pollMs: number;
  /** How long a claimed message is held by one worker before another may try it. */
  leaseMs: number;
  /** Longest wait for one SMTP conversation or webhook answer (below the lease). */
  timeoutMs: number;
}

/**
 * The delay before attempt `attempts + 1`: exponential, capped, with "equal jitter" (half fixed, half
 * random) so that messages failing together do not all come back at the same instant.
 */
export function backoff(attempts: number, { retryBaseMs, retryMaxMs }: Pick<OutboxSettings, 'retryBaseMs' | 'retryMaxMs'>, random = Math.random()): number {
  const ceiling = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
