/**
 * The partner request ("becoming a sister city"), in both directions: the
 * contract between <sister-city-request-form>, the receiver and any other
 * backend. No Lit, no DOM.
 */
import type * as z from 'zod/mini';
import * as lazy from './lazy-request.js';

export { DIRECTIONS, DOCUMENT_TYPES, EXCHANGES, MAX_CONTACTS } from './lazy-request.js';

export const requestSchema = lazy.requestSchema();

export type RequestPayload = z.output<typeof requestSchema>;
