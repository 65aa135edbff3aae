// What `sister-city-widgets` resolves to when an app is built without it (see vite-base.mjs).
export class SisterCityPairings extends HTMLElement {}
export const defineAll = async () => [];
