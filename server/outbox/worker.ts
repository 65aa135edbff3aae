/**
 * Delivers the outbox: claims due messages under a lease (store/outbox.ts), sends each one on its own
 * (an email through nodemailer to SMTP_URL, a webhook with fetch), and records the outcome: delivered,
 * or due again after an exponential, jittered backoff, or given up after `maxAttempts`. Messages of a
 * batch are sent side by side, so a slow or dead SMTP server or webhook delays nothing else; requests
 * never wait for it (they only write rows). main.ts starts one; tests drive `runOnce` or `start`.
 */
import nodemailer from 'nodemailer';
import type { Email } from '../mail/render.js';
import type { ClaimedMessage, OutboxStore } from '../store/index.js';
import { backoff, type OutboxSettings } from './settings.js';
import { postWebhook } from './webhook.js';

const BATCH = 20;

export class OutboxWorker {
  private readonly mailer;
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly settings: OutboxSettings,
    private readonly log: (line: string) => void = () => {},
  ) {
    const timeout = settings.timeoutMs;
    this.mailer = settings.smtpUrl
      ? nodemailer.createTransport({ url: settings.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout })
      : undefined;
  }

  /** Delivers what is due now, one batch; resolves with how many messages it tried. */
  runOnce(): Promise<number> {
    this.running ??= this.deliverDue().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Runs every `pollMs` (sooner while batches come back full) until `stop`. */
  start(): void {
    const tick = async () => {
      const tried = await this.runOnce().catch((error) => {
        this.log(`outbox: ${error}`);
        return 0;
      });
      if (!this.stopped) this.timer = setTimeout(tick, tried === BATCH ? 0 : this.settings.pollMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => {});
    this.mailer?.close();
  }

  private async deliverDue(): Promise<number> {
    const due = await this.outbox.claimDue(BATCH, this.settings.leaseMs);
    await Promise.all(due.map((message) => this.deliver(message)));
    return due.length;
  }

  private async deliver(message: ClaimedMessage): Promise<void> {
    try {
      await this.send(message);
      await this.outbox.delivered(message.id, message.token);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = message.attempts >= this.settings.maxAttempts;
      const retryIn = giveUp ? null : backoff(message.attempts, this.settings);
      this.log(`outbox: ${message.channel} ${message.id} attempt ${message.attempts} failed (${reason}); ${giveUp ? 'given up' : `retry in ${retryIn}ms`}`);
      await this.outbox.failed(message.id, message.token, reason, retryIn).catch((e) => this.log(`outbox: ${e}`));
    }
  }

  private async send({ id, channel, body }: ClaimedMessage): Promise<void> {
    if (channel === 'email') {
      if (!this.mailer) throw new Error('SMTP_URL is not set');
      const email = body as Email;
      // The Message-ID comes from the outbox row: a repeat after a lost acknowledgement is recognisable.
      await this.mailer.sendMail({ from: this.settings.mailFrom, ...email, messageId: `<${id}@sister-city-widgets>` });
      return;
    }
    const { url, payload } = body as { url: string; payload: unknown };
    if (!this.settings.webhookSecret) throw new Error('WEBHOOK_SECRET is not set');
    await postWebhook(url, id, payload, this.settings.webhookSecret, this.settings.timeoutMs);
  }
}
