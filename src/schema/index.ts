/**
 * The contracts, importable without Lit or the DOM (a receiver in Node uses them):
 * `import { storySchema } from 'sister-city-widgets/schema'`.
 */
export { pairingSchema, type Pairing, type PairingInput } from './pairing.js';
export { requestSchema, type RequestPayload } from './request.js';
export { storySchema, type StoryPayload } from './story.js';
export { draftCapabilitySchema, draftLinkSchema, draftOpenSchema, draftSaveSchema, partnerSideSchema, receiptSchema, type PartnerSide } from './draft.js';
