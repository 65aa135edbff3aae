/** Levels of government, as the pairing data and the request form name them (no zod: the forms show them before loading it). */
export const NA_LEVELS = [
  'city', 'town', 'village', 'county', 'city-and-county', 'municipality', 'state', 'province', 'territory',
] as const;
export const JP_LEVELS = ['prefecture', 'city', 'town', 'village', 'special-ward'] as const;
