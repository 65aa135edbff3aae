/**
 * The script-tag entry: defines every sister-city element.
 */
export * from './pairings/define.js';
export * from './story-form/define.js';
export * from './request-form/define.js';
export * from './stories/define.js';
export * from './requests/define.js';
export { pairingSchema, type Pairing, type PairingInput } from './schema/pairing.js';
export { storySchema, type StoryPayload } from './schema/story.js';
export { requestSchema, type RequestPayload } from './schema/request.js';
