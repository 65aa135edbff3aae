// Real servers the outbox delivers to in tests, on 127.0.0.1: an SMTP server (smtp-server, each message
// parsed with mailparser) and a webhook receiver (node:http) that records what it was sent.
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** An SMTP server on `port` (no TLS, no auth); `messages` fills with the parsed emails and their envelope. */
export async function startSmtp(port) {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push({ ...mail, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        },
        callback,
      );
    },
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, messages, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** A webhook receiver answering with the statuses of `answers` in turn (then 200); `requests` records each. */
export async function startWebhookReceiver(answers = []) {
  const requests = [];
  const server = createHttpServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const status = answers[requests.length] ?? 200;
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      res.writeHead(status).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hook`, requests, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** Waits until `check()` is truthy (polling), or fails with `what` after `ms`. */
export async function until(check, what, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
