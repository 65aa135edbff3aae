/**
 * Makes each HEIC photo of the stories chosen for the book into a JPEG the book can print, once, in the
 * background: when a story is chosen, when the receiver starts, and when the book is compiled with a copy
 * missing (a crash mid-conversion is picked up then). One photo at a time, each in its own worker thread
 * (heic-worker.ts), so the receiver keeps answering; the copy is stored beside the original through the
 * store's file storage, and recorded only while this receiver still holds the photo's claim
 * (store/print-copies.ts), so two receivers on one database never both convert it.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { PrintOutcome, Store } from '../store/index.js';

export interface PrintCopierTimes {
  /** How long a claim holds a photo without being renewed (renewed every third of it while converting). */
  leaseMs: number;
  /** A conversion still running after this is stopped and reported. */
  timeoutMs: number;
}

const DEFAULT_TIMES: PrintCopierTimes = { leaseMs: 60_000, timeoutMs: 5 * 60_000 };

type WorkerAnswer = { jpeg: Uint8Array } | Extract<PrintOutcome, { reason: string }>;

/** Converts one HEIC in a worker thread of its own; never throws for a bad photo or a worker that dies. */
export function convertHeic(bytes: Uint8Array, timeoutMs: number): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    // Its output (libheif prints its errors) is not the receiver's log.
    const worker = new Worker(new URL('./heic-worker.js', import.meta.url), { workerData: { bytes }, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    let answered = false;
    const answer = (value: WorkerAnswer) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => answer({ reason: 'too-long', detail: `stopped after ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
    worker.once('message', answer);
    worker.once('error', (error) => answer({ reason: 'crashed', detail: error.message }));
    worker.once('exit', (code) => answer({ reason: 'crashed', detail: `the worker exited with code ${code}` }));
  });
}

export class PrintCopier {
  private running?: Promise<void>;
  private again = false;
  private readonly times: PrintCopierTimes;

  constructor(
    private readonly store: Store,
    private readonly log: (line: string) => void,
    times: Partial<PrintCopierTimes> = {},
  ) {
    this.times = { ...DEFAULT_TIMES, ...times };
  }

  /** Starts a pass over the photos waiting, unless one is running (then another follows it). Never throws. */
  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((error) => this.log(`print copies: ${error instanceof Error ? error.message : error}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      });
  }

  private async pass() {
    for (const fileId of await this.store.printCopies.waiting()) await this.convert(fileId);
  }

  private async convert(fileId: string) {
    const copies = this.store.printCopies;
    const token = randomUUID();
    if (!(await copies.claim(fileId, token, this.times.leaseMs))) return; // another receiver has it
    const renew = setInterval(() => void copies.renew(fileId, token, this.times.leaseMs).catch(() => {}), this.times.leaseMs / 3);
    try {
      const original = await this.store.file(fileId);
      if (!original) return;
      const started = performance.now();
      const answer = await convertHeic(original.bytes, this.times.timeoutMs);
      if ('jpeg' in answer) {
        const storedName = await this.store.files.put(answer.jpeg, 'jpg');
        if (!(await copies.finish(fileId, token, { storedName, size: answer.jpeg.length }))) await this.store.files.remove([storedName]);
        this.log(`print copy of ${original.reference} ${original.part}: ${answer.jpeg.length} bytes in ${Math.round(performance.now() - started)}ms`);
      } else {
        await copies.finish(fileId, token, answer);
        this.log(`print copy of ${original.reference} ${original.part} failed (${answer.reason}): ${answer.detail}`);
      }
    } finally {
      clearInterval(renew);
    }
  }
}
