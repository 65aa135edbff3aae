/**
 * Sending a submission: JSON when there are no files, multipart/form-data (a
 * `payload` JSON part and one part per file) when there are; upload progress;
 * a timeout; bounded retries for network errors, timeouts, 429 and 503; one
 * Idempotency-Key for every try of one submission. Only a 2xx JSON answer with
 * a reference is a success: HTML, a redirect or an empty body is a failure.
 */
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelay, type RetryPolicy } from './retry-policy.js';

export interface FilePart {
  part: string;
  file: Blob & { name?: string };
}

export interface SubmitRequest {
  endpoint: string;
  payload: unknown;
  files: FilePart[];
  idempotencyKey: string;
  /** Per try, in ms. */
  timeout: number;
  onProgress?: (loaded: number, total: number) => void;
  /** Called before each retry with the wait in ms. */
  onRetry?: (attempt: number, wait: number) => void;
  signal?: AbortSignal;
}

/** RFC 9457 problem details, with the `errors` extension naming fields by JSON Pointer. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { pointer?: string; detail?: string }[];
}

export interface SubmitSuccess {
  ok: true;
  status: number;
  id?: string;
  reference: string;
  /** The receiver kept the story's `owner_token`: the partner city can still be invited (src/schema/draft.ts). */
  invite?: true;
  /** The partner's side sent: until when the partner's link works now. */
  expiresAt?: string;
}

export interface SubmitFailure {
  ok: false;
  /**
   * invalid: 422 with field errors; rejected: another answer not worth retrying; busy: 429 or 503
   * after every retry; network, timeout: no answer; unexpected: an answer that is not the contract's.
   */
  kind: 'invalid' | 'rejected' | 'busy' | 'network' | 'timeout' | 'unexpected' | 'aborted';
  status?: number;
  problem?: Problem;
}

export type SubmitResult = SubmitSuccess | SubmitFailure;

interface RawResponse {
  status: number | 'network' | 'timeout' | 'aborted';
  contentType: string;
  retryAfter: string | null;
  body: string;
  redirected: boolean;
}

function body(request: SubmitRequest): XMLHttpRequestBodyInit {
  if (request.files.length === 0) return JSON.stringify(request.payload);
  const form = new FormData();
  form.append('payload', new Blob([JSON.stringify(request.payload)], { type: 'application/json' }));
  for (const { part, file } of request.files) form.append(part, file, file.name ?? part);
  return form;
}

/** One try. XMLHttpRequest rather than fetch, because only it reports upload progress. */
function sendOnce(request: SubmitRequest): Promise<RawResponse> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const url = new URL(request.endpoint, document.baseURI).href;
    const done = (status: RawResponse['status']) => {
      request.signal?.removeEventListener('abort', abort);
      resolve({
        status,
        contentType: xhr.getResponseHeader('Content-Type') ?? '',
        retryAfter: xhr.getResponseHeader('Retry-After'),
        body: typeof xhr.response === 'string' ? xhr.response : '',
        redirected: !!xhr.responseURL && xhr.responseURL !== url,
      });
    };
    const abort = () => xhr.abort();
    xhr.open('POST', url);
    xhr.timeout = request.timeout;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Idempotency-Key', request.idempotencyKey);
    const files = request.files.length > 0;
    if (!files) xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.upload.onprogress = (event) => request.onProgress?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onload = () => done(xhr.status);
    xhr.onerror = () => done('network');
    xhr.ontimeout = () => done('timeout');
    xhr.onabort = () => done('aborted');
    request.signal?.addEventListener('abort', abort);
    xhr.send(body(request));
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isJson = (contentType: string) => /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());

export function classify(raw: RawResponse): SubmitResult {
  const { status } = raw;
  if (status === 'network' || status === 'timeout' || status === 'aborted') return { ok: false, kind: status };
  if (raw.redirected) return { ok: false, kind: 'unexpected', status };
  const data = isJson(raw.contentType) ? parseJson(raw.body) : undefined;
  if (status >= 200 && status < 300) {
    const answer = data as { id?: unknown; reference?: unknown; invite?: unknown; expires_at?: unknown } | undefined;
    if (answer && typeof answer.reference === 'string' && answer.reference) {
      return { ok: true, status, reference: answer.reference, id: typeof answer.id === 'string' ? answer.id : undefined, invite: answer.invite === true || undefined,
        expiresAt: typeof answer.expires_at === 'string' ? answer.expires_at : undefined };
    }
    return { ok: false, kind: 'unexpected', status };
  }
  const problem = data && typeof data === 'object' ? (data as Problem) : undefined;
  if (status === 422 && problem && Array.isArray(problem.errors)) return { ok: false, kind: 'invalid', status, problem };
  return { ok: false, kind: isRetryable(status) ? 'busy' : 'rejected', status, problem };
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/** Sends, trying again after network errors, timeouts, 429 and 503 within the policy. */
export async function submitWithRetry(request: SubmitRequest, policy: RetryPolicy = DEFAULT_RETRY): Promise<SubmitResult> {
  for (let attempt = 0; ; attempt++) {
    const raw = await sendOnce(request);
    const result = classify(raw);
    if (result.ok || raw.status === 'aborted' || !isRetryable(raw.status)) return result;
    const delay = retryDelay(attempt + 1, policy, parseRetryAfter(raw.retryAfter));
    if (delay === undefined) return result;
    request.onRetry?.(attempt + 1, delay);
    await wait(delay, request.signal);
    if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
  }
}
