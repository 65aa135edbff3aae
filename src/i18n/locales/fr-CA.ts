// What a French page needs beyond English besides each widget's strings (src/generated/strings/):
// the region names and the ids of messages.
export { idOf } from '../message-position.js';
export { US_FR as us, CA_FR as ca, PREFECTURES_FR as prefectures } from '../../regions/data-fr.js';
