/**
 * Drafts kept on the receiver and the partner city's side of a story: the contract between the forms'
 * "Save and continue later" and "Invite the partner city", the receiver and any other backend.
 * Endpoints hang under the form's own endpoint (`/api/stories/drafts`, `/api/requests/drafts`): see README.
 * Every call is GET or POST, so that a cross-origin form needs no more CORS than sending does.
 */
import * as z from 'zod/mini';
import { email, fileReference, optionalText, partialDate, submissionMeta, trimmed } from './common.js';
import { MAX_DATES, MAX_PEOPLE, MAX_PHOTOS, PHOTO_TYPES, STORY_LANGUAGES, STORY_MAX_LENGTH } from './story.js';

/** A link's secret: 32 random bytes in base64url. The receiver stores only its SHA-256. */
export const DRAFT_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const draftToken = z.string().check(z.regex(DRAFT_TOKEN));
/** Where a file sits in the answers, as the form names it (`photos.0.file`, `pamphlet`). */
export const draftFilePath = z.string().check(z.regex(/^[a-z_]{1,40}(\.\d{1,2}\.[a-z_]{1,40})?$/));

/** `GET {endpoint}/drafts`: the receiver keeps drafts. Another endpoint answers 404: the form then offers nothing new. */
export const draftCapabilitySchema = z.object({
  drafts: z.literal(true),
  /** Days a draft is kept after its last save. */
  days: z.number().check(z.gte(1)),
  /** Whether a story may be shared with the partner city. */
  invite: z.boolean(),
});

/**
 * `POST {endpoint}/drafts` (a new draft) and `POST {endpoint}/drafts/{token}` (saving again): the answers as they
 * stand, unchecked (a draft may be incomplete), and the chosen files as parts `file-0`, `file-1`, … (each
 * checked by its content, as on sending). Optionally the link emailed to `email`, opening at `page`.
 */
export const draftSaveSchema = z.object({
  values: z.record(z.string(), z.unknown()),
  files: z
    .array(z.object({ path: draftFilePath, part: z.string().check(z.regex(/^file-\d{1,2}$/)), name: z.string().check(z.maxLength(255)), size: z.number().check(z.gte(1)) }))
    .check(z.maxLength(MAX_PHOTOS + 1)),
  email: z.optional(email),
  page: z.optional(z.string().check(z.maxLength(2000), z.regex(/^https?:\/\//))),
  locale: submissionMeta.locale,
});

/** The answer to a save or an invitation: the link's secret (shown once, never stored) and its expiry. */
export const draftLinkSchema = z.object({ token: draftToken, expires_at: z.string(), days: z.number() });

/**
 * The answer to sending a story or a request, and to the partner's side: the reference to quote. `invite`: the receiver
 * kept the story's `owner_token` (src/schema/story.ts), so the sender may still invite the partner city with
 * `POST /api/stories/drafts/{owner_token}/invite`; a retry of the same send gets the same answer.
 */
export const receiptSchema = z.object({
  id: z.optional(z.string()), reference: z.string(), invite: z.optional(z.literal(true)),
  /** The partner's side: until when the partner's link works now (DRAFT_DAYS from this side sent). */
  expires_at: z.optional(z.string()),
});

/** `POST {endpoint}/drafts/{token}/revoke`: this link stops working; with `partner`, the owner ends the partner's link. */
export const draftRevokeSchema = z.object({ partner: z.optional(z.boolean()) });

/**
 * The partner city's side of a story, sent by the partner with `POST /api/stories/drafts/{token}/side` (the
 * partner's link), with an Idempotency-Key and photos as parts `photo-0`, … as a story sends them. Kept apart
 * from the story and with its author: neither side can change the other's.
 */
export const partnerSideSchema = z.object({
  author: z.object({ name: trimmed(200), role: optionalText(200), organisation: optionalText(200), email }),
  language: z.enum(STORY_LANGUAGES),
  account: trimmed(STORY_MAX_LENGTH),
  dates: z.array(z.object({ date: partialDate, event: trimmed(500) })).check(z.maxLength(MAX_DATES)),
  people: z
    .array(z.object({ family_name: trimmed(100), given_name: optionalText(100), role: trimmed(200), side: z.enum(['na', 'jp']) }))
    .check(z.maxLength(MAX_PEOPLE)),
  photos: z
    .array(
      z.object({
        file: fileReference(PHOTO_TYPES), caption: trimmed(500), date: z.optional(partialDate), credit: trimmed(200), permission: z.literal(true),
      }),
    )
    .check(z.maxLength(MAX_PHOTOS)),
  /** Optionally, the story translated into the partner's language. */
  translation: optionalText(STORY_MAX_LENGTH),
  ...submissionMeta,
});

export type PartnerSide = z.output<typeof partnerSideSchema>;

/** A file of a draft as `GET {endpoint}/drafts/{token}` lists it; its bytes at `url` (same link). */
const draftFile = z.object({ path: z.string(), name: z.string(), type: z.string(), size: z.number(), url: z.string() });

/**
 * `GET {endpoint}/drafts/{token}`: what the link opens. The owner gets their answers and files (and the partner's
 * side, without the partner's email); the partner gets the story so far without the submitter's contact details,
 * and their own side. 404 for a link that opens nothing, 410 for one expired or revoked (`reason`).
 */
export const draftOpenSchema = z.object({
  kind: z.enum(['story', 'request']),
  role: z.enum(['owner', 'partner']),
  values: z.record(z.string(), z.unknown()),
  files: z.array(draftFile),
  expires_at: z.string(),
  days: z.number(),
  /** The reference of the story once it was sent. */
  reference: z.optional(z.string()),
  /** Whether the partner was invited (owner only). */
  invited: z.optional(z.boolean()),
  /** The partner's side so far, author without email: for the owner, and for the partner to go on with. */
  side: z.optional(z.record(z.string(), z.unknown())),
  side_files: z.optional(z.array(draftFile)),
});
