/**
 * The receiver's settings, from environment variables with safe defaults:
 * bound to 127.0.0.1, no cross-origin callers, export closed without a token.
 */
import { resolve } from 'node:path';
import type { OutboxSettings } from './outbox/settings.js';
import type { S3Settings } from './store/s3-files.js';

export interface ReceiverConfig {
  host: string;
  port: number;
  /** Folder for the SQLite file and the uploaded files. */
  dataDir: string;
  /** PostgreSQL instead of SQLite (DATABASE_URL). */
  databaseUrl?: string;
  /** S3-compatible object storage for the files instead of the data folder (S3_BUCKET and the other S3_*). */
  s3?: S3Settings;
  /** Origins allowed to post from other sites (CORS); same-origin posts are always allowed. */
  origins: string[];
  storiesPath: string;
  requestsPath: string;
  /** A pairings CSV or JSON file served at /api/pairings.csv or .json. */
  pairingsFile?: string;
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Largest JSON payload (the answers without the files), in bytes. */
  maxPayloadBytes: number;
  /** Largest photo and largest pamphlet, in bytes. */
  maxPhotoBytes: number;
  maxDocumentBytes: number;
  /** Submissions a client may send in `rateWindowMs`. */
  rateLimit: number;
  rateWindowMs: number;
  /** Days a draft kept on the receiver lives after its last save (DRAFT_DAYS); 0 turns drafts off. */
  draftDays: number;
  /** Drafts saved, partners invited or links revoked per client in `rateWindowMs` (DRAFT_RATE_LIMIT). */
  draftRateLimit: number;
  /** Draft links opened (and their files fetched) per client in `rateWindowMs` (DRAFT_OPEN_LIMIT). */
  draftOpenLimit: number;
  /** The receiver's public address (PUBLIC_URL) behind a proxy: set-up links and the staff pages' origin. */
  publicUrl?: string;
  /** A staff session ends after this long without a request (SESSION_IDLE_HOURS). */
  sessionIdleMs: number;
  /** Sign-in attempts per email in 15 minutes (SIGN_IN_LIMIT); five times as many per client. */
  signInLimit: number;
  /** Bearer token for the export scripts (/admin/submissions.*, /admin/files/*); without one the export is closed. */
  exportToken?: string;
  /** Use X-Forwarded-For for the client's address (only behind a trusted reverse proxy). */
  trustProxy: boolean;
  /** How long a claimed key waits for its answer before another try may take it over. */
  leaseMs: number;
  /** How long a key and its answer are remembered (a retry within it is never a duplicate). */
  keyTtlMs: number;
  /** How often expired keys and orphaned files are swept. */
  sweepMs: number;
  /** Test-only fault point where the process kills itself (RECEIVER_CRASH_AT). */
  crashAt?: 'after-claim' | 'after-files';
  /** Emails (SMTP_URL, MAIL_FROM, STAFF_EMAILS) and webhooks (WEBHOOK_URLS, WEBHOOK_SECRET) and their retries. */
  outbox: OutboxSettings;
  /** Folders served as static files (the demo, for `npm start`): URL prefix → folder. */
  staticDirs: Record<string, string>;
}

const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) ? parsed : fallback;
};

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

export function readConfig(env: Record<string, string | undefined> = process.env): ReceiverConfig {
  const MB = 1_000_000;
  return {
    host: env.HOST || '127.0.0.1',
    port: number(env.PORT, 8080),
    dataDir: resolve(env.DATA_DIR || '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          region: env.S3_REGION || 'us-east-1',
          endpoint: env.S3_ENDPOINT || undefined,
          accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
          prefix: env.S3_PREFIX ?? 'files/',
          forcePathStyle: env.S3_FORCE_PATH_STYLE === '1' || env.S3_FORCE_PATH_STYLE === 'true',
        }
      : undefined,
    origins: list(env.ALLOWED_ORIGINS),
    storiesPath: env.STORIES_PATH || '/api/stories',
    requestsPath: env.REQUESTS_PATH || '/api/requests',
    pairingsFile: env.PAIRINGS_FILE || undefined,
    maxBodyBytes: number(env.MAX_BODY_MB, 110) * MB,
    maxPayloadBytes: number(env.MAX_PAYLOAD_KB, 1000) * 1000,
    maxPhotoBytes: number(env.MAX_PHOTO_MB, 10) * MB,
    maxDocumentBytes: number(env.MAX_DOCUMENT_MB, 20) * MB,
    rateLimit: number(env.RATE_LIMIT, 30),
    rateWindowMs: number(env.RATE_WINDOW_SECONDS, 600) * 1000,
    draftDays: number(env.DRAFT_DAYS, 30),
    draftRateLimit: number(env.DRAFT_RATE_LIMIT, 30),
    draftOpenLimit: number(env.DRAFT_OPEN_LIMIT, 200),
    publicUrl: env.PUBLIC_URL || undefined,
    sessionIdleMs: number(env.SESSION_IDLE_HOURS, 12) * 3600_000,
    signInLimit: number(env.SIGN_IN_LIMIT, 10),
    exportToken: env.EXPORT_TOKEN || undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    leaseMs: number(env.IDEMPOTENCY_LEASE_SECONDS, 10) * 1000,
    keyTtlMs: number(env.IDEMPOTENCY_HOURS, 24) * 3600_000,
    sweepMs: number(env.SWEEP_SECONDS, 600) * 1000,
    crashAt: env.RECEIVER_CRASH_AT === 'after-claim' || env.RECEIVER_CRASH_AT === 'after-files' ? env.RECEIVER_CRASH_AT : undefined,
    outbox: {
      smtpUrl: env.SMTP_URL || undefined,
      mailFrom: env.MAIL_FROM || 'Sister city widgets <no-reply@localhost>',
      staffEmails: list(env.STAFF_EMAILS),
      webhookUrls: list(env.WEBHOOK_URLS),
      webhookSecret: env.WEBHOOK_SECRET || undefined,
      retryBaseMs: number(env.OUTBOX_RETRY_SECONDS, 30) * 1000,
      retryMaxMs: number(env.OUTBOX_RETRY_MAX_HOURS, 6) * 3600_000,
      maxAttempts: number(env.OUTBOX_MAX_ATTEMPTS, 20),
      keepMs: number(env.OUTBOX_KEEP_DAYS, 30) * 86_400_000,
      pollMs: number(env.OUTBOX_POLL_SECONDS, 2) * 1000,
      leaseMs: number(env.OUTBOX_LEASE_SECONDS, 120) * 1000,
      timeoutMs: number(env.OUTBOX_TIMEOUT_SECONDS, 20) * 1000,
    },
    staticDirs: {},
  };
}
