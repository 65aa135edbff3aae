/** The kinds of pairing (no zod: the directory's menus and its fast row check need them before, or without, the schema). */
export const PAIRING_TYPES = ['sister', 'friendship', 'partnership'] as const;
