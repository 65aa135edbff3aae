/**
 * The lists of the requests contract the board reads (directions, exchange kinds, public languages and
 * texts), the side a request's community is on, and a list of kinds with one toggled. No imports at run
 * time, so that the fast check, the schema, the loader and matching can all use them.
 */
import type * as publicContract from '../schema/public.js';
import type * as requestContract from '../schema/request.js';

/*
 * The contract's lists, written again here rather than imported: importing src/schema/request.ts and
 * public.ts would pull the form schemas into a chunk every form page then loads as one more file.
 * The types below fail to compile if they ever differ from the contract's.
 */
export const DIRECTIONS = ['na-seeking-jp', 'jp-seeking-na'] as const;
export const EXCHANGES = [
  'education-youth', 'culture-arts', 'sports', 'tourism', 'economy-trade', 'agriculture', 'technology', 'government', 'other',
] as const;
export const PUBLIC_LANGUAGES = ['en', 'ja', 'fr-CA'] as const;
export const REQUEST_TEXT_FIELDS = ['geography', 'activities', 'history', 'expectations', 'partner_preferences'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ListsMatchContract = Assert<
  Same<(typeof DIRECTIONS)[number], (typeof requestContract.DIRECTIONS)[number]> &
  Same<(typeof EXCHANGES)[number], (typeof requestContract.EXCHANGES)[number]> &
  Same<(typeof PUBLIC_LANGUAGES)[number], (typeof publicContract.PUBLIC_LANGUAGES)[number]> &
  Same<(typeof REQUEST_TEXT_FIELDS)[number], (typeof publicContract.REQUEST_TEXT_FIELDS)[number]>
>;

export type Direction = (typeof DIRECTIONS)[number];
export type Exchange = (typeof EXCHANGES)[number];
export type TextField = (typeof REQUEST_TEXT_FIELDS)[number];

/** The side a request's community is on. */
export const sideOf = (request: { direction: Direction }): 'na' | 'jp' => (request.direction === 'na-seeking-jp' ? 'na' : 'jp');

/** A list of kinds with `kind` added or taken out (the filters' and the matching form's boxes). */
export const toggled = (kinds: readonly Exchange[], kind: Exchange, on: boolean) => (on ? [...new Set([...kinds, kind])] : kinds.filter((k) => k !== kind));
