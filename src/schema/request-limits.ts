/**
 * The request's lists and limits, without zod: what <sister-city-request-form> needs to show its
 * first screen, before any answer is checked (the schema in request.ts, which carries zod, loads later).
 */
export const EXCHANGES = [
  'education-youth', 'culture-arts', 'sports', 'tourism', 'economy-trade', 'agriculture', 'technology', 'government', 'other',
] as const;
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_CONTACTS = 10;
export const DIRECTIONS = ['na-seeking-jp', 'jp-seeking-na'] as const;
