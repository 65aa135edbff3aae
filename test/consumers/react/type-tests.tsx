// Not part of the app: mistakes the typings must catch (tsc fails if one stops being an error).
import type {} from 'sister-city-widgets/react';

// @ts-expect-error -- the `load` detail has no `counted`
export const wrongDetail = <sister-city-pairings onload={(event) => event.detail.counted} />;
// @ts-expect-error -- `pairings` is an array of pairings
export const wrongProperty = <sister-city-pairings pairings={42} />;
// @ts-expect-error -- `sister-city-success` carries the reference, not a count
export const wrongFormEvent = <sister-city-story-form onsister-city-success={(event) => event.detail.count} />;
