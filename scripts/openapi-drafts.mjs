// The drafts and co-authoring endpoints in the OpenAPI document (scripts/json-schema.mjs writes it): drafts kept
// on the receiver behind private links, and the partner city's side of a story (src/schema/draft.ts, README
// "Drafts on the receiver and the partner's side").
export const DRAFT_SCHEMAS = [
  ['DraftCapability', 'draftCapabilitySchema'], ['DraftSave', 'draftSaveSchema'], ['DraftLink', 'draftLinkSchema'],
  ['DraftOpen', 'draftOpenSchema'], ['DraftRevoke', 'draftRevokeSchema'], ['PartnerSide', 'partnerSideSchema'],
  ['Receipt', 'receiptSchema'],
];

const json = (name) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
const multipart = (name, files) => ({
  'multipart/form-data': {
    schema: {
      type: 'object', required: ['payload'], properties: { payload: { $ref: `#/components/schemas/${name}` } },
      additionalProperties: { type: 'string', format: 'binary', description: files },
    },
    encoding: { payload: { contentType: 'application/json' } },
  },
});
const token = { name: 'token', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' }, description: 'The link’s secret (32 random bytes, base64url). Only its SHA-256 is stored.' };
const gone = (problem) => ({ ...problem('The link expired, was revoked, or its draft was sent: `reason` is expired, revoked or sent'), });

/** The paths under one form's endpoint (`/api/stories`, `/api/requests`); `story` adds the invitation and the partner's side. */
export function draftPaths(endpoint, story, problem) {
  const limited = { ...problem('Too many draft requests from this client'), headers: { 'Retry-After': { schema: { type: 'integer' } } } };
  const unknown = problem('The link opens no draft (unknown or altered): `reason` is unknown');
  const linkAnswer = (description) => ({ description, content: json('DraftLink') });
  const paths = {
    [`${endpoint}/drafts`]: {
      get: {
        summary: 'Whether this endpoint keeps drafts (a form offers “Save and continue later” only when it does)',
        responses: { 200: { description: 'Drafts are offered', content: json('DraftCapability') }, 404: problem('Drafts are not offered') },
      },
      post: {
        summary: 'Save a new draft: the answers as they stand and the chosen files (parts file-0, file-1, …, checked as on sending)',
        requestBody: { required: true, content: multipart('DraftSave', 'One part per file, named as files[].part') },
        responses: { 201: linkAnswer('Saved: the private link’s secret and its expiry'), 413: problem('Too large'), 422: problem('A file is not of an accepted type or not whole, or the link cannot be emailed to that page'), 429: limited },
      },
    },
    [`${endpoint}/drafts/{token}`]: {
      parameters: [token],
      get: {
        summary: 'Open a link: the owner gets the answers and files (and the partner’s side without its email); the partner gets the story without the submitter’s contact details, and their own side',
        responses: { 200: { description: 'The draft', content: json('DraftOpen') }, 404: unknown, 410: gone(problem), 429: limited },
      },
      post: {
        summary: 'Save the draft again (the owner’s link); moves its expiry',
        requestBody: { required: true, content: multipart('DraftSave', 'One part per file, named as files[].part') },
        responses: { 200: linkAnswer('Saved'), 403: problem('Not the owner’s link'), 404: unknown, 410: gone(problem), 422: problem('A file to correct'), 429: limited },
      },
    },
    [`${endpoint}/drafts/{token}/files/{id}`]: {
      parameters: [token, { name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { summary: 'A file of the draft, as listed by GET …/drafts/{token}', responses: { 200: { description: 'The file' }, 404: unknown, 410: gone(problem) } },
    },
    [`${endpoint}/drafts/{token}/revoke`]: {
      parameters: [token],
      post: {
        summary: 'Make this link stop working; with { "partner": true } (owner), the partner’s link instead',
        requestBody: { content: json('DraftRevoke') },
        responses: { 200: { description: 'Revoked' }, 403: problem('Only the owner may end the partner’s link'), 404: unknown, 410: gone(problem) },
      },
    },
  };
  if (!story) return paths;
  paths[`${endpoint}/drafts/{token}/invite`] = {
    parameters: [token],
    post: {
      summary: 'Make the partner city’s private link (owner’s link; also after the story was sent, and for a story sent without a draft, its owner_token when the receipt said invite)',
      responses: { 201: linkAnswer('The partner’s link'), 403: problem('Not the owner’s link'), 404: unknown, 410: gone(problem), 429: limited },
    },
  };
  paths[`${endpoint}/drafts/{token}/side`] = {
    parameters: [token, { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 200 } }],
    post: {
      summary: 'Send the partner city’s side (partner’s link), as a story is sent: photos as parts photo-0, …; it replaces the partner’s previous side whole, so a retry stores the same again',
      requestBody: { required: true, content: { ...json('PartnerSide'), ...multipart('PartnerSide', 'One part per photo, named as photos[].file.part') } },
      responses: {
        201: { description: 'Kept with the story: `expires_at`, until when the partner’s link works now', content: { 'application/json': { schema: { $ref: '#/components/schemas/Receipt' } } } },
        403: problem('Not the partner’s link'), 404: unknown, 410: gone(problem), 422: problem('Answers to correct, by JSON Pointer'), 429: limited,
      },
    },
  };
  return paths;
}
