/**
 * The pairing record: the one shape every pairing source (CSV, JSON, inline
 * script, property) is checked against. Shared by the directory, the docs and
 * the receiver, so it imports nothing from Lit or the DOM.
 */
import type * as z from 'zod/mini';
import { JP_LEVELS, NA_LEVELS } from './codes.js';
import { isPartialDate } from './dates.js';
import { buildPairingSchema } from './pairing-schema.js';
import { PAIRING_TYPES } from './pairing-types.js';

export { isPartialDate, JP_LEVELS, NA_LEVELS, PAIRING_TYPES };

export const pairingSchema = buildPairingSchema();

export type Pairing = z.output<typeof pairingSchema>;
/** A pairing as a source may give it: `type` may be left out (it means `sister`). */
export type PairingInput = Omit<z.input<typeof pairingSchema>, 'type'> & { type?: PairingType };
export type PairingType = (typeof PAIRING_TYPES)[number];
