// What a Japanese page needs beyond English besides each widget's strings (src/generated/strings/):
// the region names and the ids of messages.
export { idOf } from '../message-position.js';
export { US_JA as us, CA_JA as ca } from '../../regions/data-ja.js';
export { PREFECTURES_JA as prefectures } from '../../regions/data-ja-prefectures.js';
