import { SisterCityStories } from './sister-city-stories.js';

export { SisterCityStories };
export type { StoriesErrorDetail, StoriesLoadDetail } from './sister-city-stories.js';
export { pairingKey } from '../schema/pairing-key.js';

SisterCityStories.define('sister-city-stories');

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-stories': SisterCityStories;
  }
}
