import { SisterCityPairings } from './sister-city-pairings.js';

export { SisterCityPairings };
export type { PairingsErrorDetail, PairingsLoadDetail } from './sister-city-pairings.js';

SisterCityPairings.define('sister-city-pairings');

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-pairings': SisterCityPairings;
  }
}
