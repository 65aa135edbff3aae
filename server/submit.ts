/**
 * The submission endpoints (stories and partner requests): read the body within
 * its limits, check it with the widgets' own zod schema, check every file by
 * parsing it, then store the parsed answers (unknown keys dropped) exactly once.
 * A body without files is stored in one transaction that also claims its key; a
 * body with files claims the key under a lease first, writes the files, then
 * commits while the lease is held (see store/types.ts).
 */
import { hash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { FileKind } from '../src/forms/file-check.js';
import { DOCUMENT_TYPES, requestSchema, type RequestPayload } from '../src/schema/request.js';
import { MAX_PHOTOS, PHOTO_TYPES, storySchema, type StoryPayload } from '../src/schema/story.js';
import { readBody } from './body.js';
import { header } from './headers.js';
import type { ReceiverConfig } from './config.js';
import { draftToAttach, sentDraftOf } from './drafts/staff.js';
import { verifyFile } from './file-verify.js';
import { submissionMessages } from './outbox/messages.js';
import { problem } from './problem.js';
import { newReference, type Claim, type IncomingFile, type Kind, type Store } from './store/index.js';

interface Endpoint {
  kind: Kind;
  schema: z.ZodMiniType;
  /** The file part prefix ("photo"), its allowed types, size limit and how many the schema allows. */
  files: { prefix: string; types: readonly string[]; maxBytes: number; max: number };
  /** The file references in checked answers, with their JSON Pointers. */
  references: (data: never) => FileReference[];
}

interface FileReference {
  pointer: string;
  part: string;
  type: string;
  size: number;
}

const sha256 = (data: string | Uint8Array) => hash('sha256', data);
const toPointer = (path: readonly PropertyKey[]) => `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** A test-only fault point: the process dies here, as in a power cut (`RECEIVER_CRASH_AT`). */
function crashPoint(config: ReceiverConfig, point: 'after-claim' | 'after-files') {
  if (config.crashAt === point) process.kill(process.pid, 'SIGKILL');
}

export function submissionRoutes(app: Hono, config: ReceiverConfig, store: Store, clientAddress: (c: Context) => string) {
  const endpoints: Record<string, Endpoint> = {
    [config.storiesPath]: {
      kind: 'story', schema: storySchema,
      files: { prefix: 'photo', types: PHOTO_TYPES, maxBytes: config.maxPhotoBytes, max: MAX_PHOTOS },
      references: (story: StoryPayload) => story.photos.map((photo, i) => ({ pointer: `/photos/${i}/file`, ...photo.file })),
    },
    [config.requestsPath]: {
      kind: 'request', schema: requestSchema,
      files: { prefix: 'pamphlet', types: DOCUMENT_TYPES, maxBytes: config.maxDocumentBytes, max: 1 },
      references: (request: RequestPayload) => (request.pamphlet ? [{ pointer: '/pamphlet', ...request.pamphlet }] : []),
    },
  };

  const answerClaim = (c: Context, claim: Exclude<Claim, { state: 'new' }>) => {
    if (claim.state === 'replay') {
      c.header('Idempotent-Replayed', 'true');
      return c.json(claim.response.body as object, claim.response.status as 201);
    }
    if (claim.state === 'in-progress') {
      c.header('Retry-After', String(Math.max(1, Math.ceil(claim.retryAfterMs / 1000))));
      return problem(c, 409, 'This submission is still being processed');
    }
    return problem(c, 422, 'This Idempotency-Key was already used for a different submission', {
      errors: [{ pointer: '', detail: 'Send a new submission with a new Idempotency-Key' }],
    });
  };

  for (const [path, endpoint] of Object.entries(endpoints)) {
    const limits = { maxParts: 1 + endpoint.files.max, maxPayloadBytes: config.maxPayloadBytes, maxDepth: 16, maxBodyBytes: config.maxBodyBytes };
    app.post(path, async (c) => {
        const key = header(c, 'idempotency-key')?.trim();
        if (!key || key.length > 200) return problem(c, 400, 'The Idempotency-Key header is missing');
        const wait = await store.hit(clientAddress(c), config.rateLimit, config.rateWindowMs);
        if (wait > 0) {
          c.header('Retry-After', String(wait));
          return problem(c, 429, 'Too many submissions; try again later');
        }
        const body = await readBody(c.req.raw, (name) => header(c, name), limits);
        if (!body.ok) return problem(c, body.status, body.title);
        const { kind } = endpoint;

        // A filled spam trap is answered like a success and stored nowhere.
        if (typeof body.payload.honeypot === 'string' && body.payload.honeypot) {
          const answer = { id: crypto.randomUUID(), reference: newReference(kind) };
          await store.answer(kind, key, sha256(body.text), { status: 201, body: answer });
          return c.json(answer, 201);
        }

        const result = z.safeParse(endpoint.schema, body.payload);
        if (!result.success) {
          const errors = result.error.issues.map((issue) => ({ pointer: toPointer(issue.path), detail: issue.message }));
          return problem(c, 422, 'Some answers need to be corrected', { errors });
        }
        // The draft link it came from (never stored: a secret) joins the partner's side to the submission; without
        // one, the sender's own link (owner_token, kept as its hash) lets the sender invite the partner city after sending.
        const { draft: draftToken, owner_token: ownerToken, ...answers } = result.data as { draft?: string; owner_token?: string };
        const draftId = await draftToAttach(store, kind, draftToken);
        const errors: { pointer: string; detail: string }[] = [];
        const accepted: IncomingFile[] = [];
        const rules = endpoint.files;
        for (const ref of endpoint.references(result.data as never)) {
          const file = body.files.get(ref.part);
          if (!file || !ref.part.startsWith(`${rules.prefix}-`)) {
            errors.push({ pointer: `${ref.pointer}/part`, detail: 'No file was sent for this part' });
            continue;
          }
          if (file.bytes.length > rules.maxBytes) {
            return problem(c, 413, 'A file is too large', { errors: [{ pointer: ref.pointer, detail: `Files must be at most ${rules.maxBytes} bytes` }] });
          }
          const actual = file.bytes.length > 0 ? verifyFile(file.bytes) : undefined;
          if (file.bytes.length === 0) errors.push({ pointer: ref.pointer, detail: 'The file is empty' });
          else if (!actual || !rules.types.includes(actual) || actual !== ref.type) {
            errors.push({ pointer: ref.pointer, detail: `The file is not one of ${rules.types.join(', ')}` });
          } else if (file.bytes.length !== ref.size) errors.push({ pointer: ref.pointer, detail: 'The file was not received whole' });
          else accepted.push({ part: ref.part, name: file.name, type: actual as FileKind, bytes: file.bytes });
        }
        if (errors.length > 0) return problem(c, 422, 'Some answers need to be corrected', { errors });

        const sentDraft = draftId ? undefined : sentDraftOf(config, kind, ownerToken, endpoint.references(result.data as never));
        const fingerprint = sha256(body.text + accepted.map((f) => `|${f.part}:${sha256(f.bytes)}`).join(''));
        let token: string | undefined;
        if (accepted.length > 0) {
          const claim = await store.claim(kind, key, fingerprint);
          if (claim.state !== 'new') return answerClaim(c, claim);
          token = claim.token;
          crashPoint(config, 'after-claim');
        }
        try {
          const saved = await store.save({
            kind, key, fingerprint, token, payload: answers, files: accepted, draftId, sentDraft,
            draftExpiresAt: draftId ? Date.now() + config.draftDays * 86_400_000 : undefined,
            notify: (saved) => submissionMessages(config.outbox, { ...saved, kind, created_at: new Date().toISOString(), payload: answers }),
            beforeCommit: () => crashPoint(config, 'after-files'),
          });
          return 'id' in saved ? c.json(saved, 201) : answerClaim(c, saved);
        } catch (error) {
          if (token) await store.release(kind, key, token).catch(() => {});
          throw error;
        }
    });
  }
}
