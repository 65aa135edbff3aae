/**
 * Reads a submission's body — JSON, or multipart with a `payload` part and file
 * parts — refusing hostile shapes early and cheaply, before any parsing or
 * recursive walk: more parts than the contract can use, a payload over its size
 * or nested deeper than any answer needs. Every refusal is a 4xx problem.
 */

export interface BodyLimits {
  /** Largest body in bytes, files included. */
  maxBodyBytes: number;
  /** The payload part and the most files the schema allows. */
  maxParts: number;
  /** Largest JSON payload in bytes (the answers, not the files). */
  maxPayloadBytes: number;
  /** Deepest nesting of arrays and objects in the payload. */
  maxDepth: number;
}

export interface ReceivedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export type ReadBody =
  | { ok: true; text: string; payload: Record<string, unknown>; files: Map<string, ReceivedFile> }
  | { ok: false; status: 400 | 413 | 415; title: string };

const refuse = (status: 400 | 413 | 415, title: string): ReadBody => ({ ok: false, status, title });

/** Whether arrays and objects in a JSON text nest at most `max` deep: one pass, no recursion. */
export function nestingWithin(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return false;
    } else if (c === 125 || c === 93) depth--;
  }
  return true;
}

/** How many times `needle` occurs in `haystack` (native search, linear). */
function occurrences(haystack: Buffer, needle: Buffer, stopAfter: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && count <= stopAfter; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

function parsePayload(text: string, bytes: number, limits: BodyLimits, files: Map<string, ReceivedFile>): ReadBody {
  if (bytes > limits.maxPayloadBytes) return refuse(413, 'The answers are too long');
  if (!nestingWithin(text, limits.maxDepth)) return refuse(400, 'The payload is nested too deeply');
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return refuse(400, 'The body could not be read');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return refuse(400, 'The payload must be a JSON object');
  return { ok: true, text, payload: payload as Record<string, unknown>, files };
}

/**
 * The body's bytes within `max`: a declared Content-Length over it is refused before reading,
 * and a body without one (chunked) is counted as it arrives. Reading with arrayBuffer() lets
 * the Node adapter take the body straight from the socket (no web stream per request).
 */
async function bytesWithin(request: Request, headerOf: HeaderOf, max: number): Promise<Buffer | 'too-large'> {
  const length = headerOf('content-length');
  if (length !== undefined && headerOf('transfer-encoding') === undefined) {
    if (!/^\d+$/.test(length) || Number(length) > max) return 'too-large';
    return Buffer.from(await request.arrayBuffer());
  }
  return bytesCounted(request, max);
}

async function bytesCounted(request: Request, max: number): Promise<Buffer | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.length;
    if (size > max) {
      await reader!.cancel();
      return 'too-large';
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** A request header by its lower-case name (server/headers.ts). */
export type HeaderOf = (name: string) => string | undefined;

export async function readBody(request: Request, headerOf: HeaderOf, limits: BodyLimits): Promise<ReadBody> {
  const type = headerOf('content-type') ?? '';
  const files = new Map<string, ReceivedFile>();
  const isJson = /^application\/json\b/i.test(type);
  if (!isJson && !/^multipart\/form-data\b/i.test(type)) return refuse(415, 'Send JSON, or multipart/form-data with a payload part');
  const length = headerOf('content-length');
  if (isJson && length !== undefined && /^\d{1,15}$/.test(length) && headerOf('transfer-encoding') === undefined) {
    // The common case, kept cheap: a declared length within limits, decoded straight from the socket's bytes.
    if (Number(length) > limits.maxBodyBytes) return refuse(413, 'The submission is too large');
    let text: string;
    try {
      text = await request.text();
    } catch {
      return refuse(400, 'The body could not be read');
    }
    return parsePayload(text, Number(length), limits, files);
  }
  let body: Buffer | 'too-large';
  try {
    body = await bytesWithin(request, headerOf, limits.maxBodyBytes);
  } catch {
    return refuse(400, 'The body could not be read');
  }
  if (body === 'too-large') return refuse(413, 'The submission is too large');
  if (isJson) return parsePayload(body.toString('utf8'), body.length, limits, files);

  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(type);
  if (!boundary) return refuse(400, 'The multipart boundary is missing');
  let form: FormData;
  try {
    // Count the parts before the parser sees them: each costs the parser time, and the
    // contract never needs more than `maxParts` (one delimiter more closes the body).
    if (occurrences(body, Buffer.from(`--${boundary[1] ?? boundary[2]}`), limits.maxParts + 1) > limits.maxParts + 1) {
      return refuse(413, 'The submission has more parts than it may');
    }
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type } }).formData();
  } catch {
    return refuse(400, 'The body could not be read');
  }
  let text: string | undefined;
  for (const [part, value] of form) {
    if (part === 'payload') {
      if (text !== undefined) return refuse(400, 'Send one payload part');
      text = typeof value === 'string' ? value : await value.text();
    } else if (typeof value === 'string' || files.has(part)) {
      return refuse(400, `Unexpected part ${part.slice(0, 40)}`);
    } else {
      files.set(part, { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  if (text === undefined) return refuse(400, 'The payload part is missing');
  return parsePayload(text, Buffer.byteLength(text), limits, files);
}
