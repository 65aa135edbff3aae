// The receiver with its outbox running, for the tests of what it sends (outbox.test.mjs, staff-email.test.mjs):
// pointed at an SMTP server and webhook receivers on 127.0.0.1, retrying quickly.
import { readConfig } from '../../dist/server/config.js';
import { OutboxWorker } from '../../dist/server/outbox.js';
import { until } from './mail-servers.mjs';
import { startReceiver } from './helpers.mjs';

export const SECRET = `whsec_${Buffer.from('a test secret of thirty-two bytes').toString('base64')}`;

/** The receiver with its outbox pointed at `smtpPort` and `webhookUrls`, retrying quickly, and its worker running. */
export async function receiverWithOutbox({ smtpPort, webhookUrls = [], staffEmails = ['staff@example.org'] }) {
  const outbox = {
    ...readConfig({}).outbox,
    smtpUrl: smtpPort ? `smtp://127.0.0.1:${smtpPort}` : undefined,
    mailFrom: 'CLAIR <no-reply@example.org>',
    staffEmails,
    webhookUrls,
    webhookSecret: SECRET,
    retryBaseMs: 50,
    retryMaxMs: 200,
    pollMs: 20,
    timeoutMs: 10_000,
  };
  const receiver = await startReceiver({ outbox });
  const failures = [];
  const worker = new OutboxWorker(receiver.store.outbox, outbox, (line) => failures.push(line));
  worker.start();
  return {
    receiver, worker, failures, outbox,
    async stop() {
      await worker.stop();
      await receiver.stop();
    },
  };
}

/** Waits until a whole backoff ceiling has passed with nothing due: no retry is still pending. */
export async function settled({ worker }, outboxSettings = { retryMaxMs: 200 }) {
  let quietSince = Date.now();
  await until(async () => {
    if ((await worker.runOnce()) > 0) quietSince = Date.now();
    return Date.now() - quietSince > 2 * outboxSettings.retryMaxMs;
  }, 'the outbox to have nothing left to retry');
}
