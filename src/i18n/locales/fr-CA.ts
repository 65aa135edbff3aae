// Everything a French page needs beyond English, in one chunk: the strings and the region names.
export { positionOf } from '../message-position.js';
export { templates } from '../../generated/locales/fr-CA.js';
export { US_FR as us, CA_FR as ca, PREFECTURES_FR as prefectures } from '../../regions/data-fr.js';
