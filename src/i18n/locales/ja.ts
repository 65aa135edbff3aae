// Everything a Japanese page needs beyond English, in one chunk: the strings and the region names.
export { positionOf } from '../message-position.js';
export { templates } from '../../generated/locales/ja.js';
export { US_JA as us, CA_JA as ca } from '../../regions/data-ja.js';
