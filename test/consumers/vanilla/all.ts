// The root entry defines all five elements.
import { SisterCityPairings, type PairingsLoadDetail } from 'sister-city-widgets';
import { pairings } from '../shared/pairings.js';

const list = new SisterCityPairings();
list.addEventListener('load', (event) => {
  document.querySelector('output')!.textContent = `Loaded ${(event as CustomEvent<PairingsLoadDetail>).detail.count} pairings`;
});
list.pairings = pairings;
document.body.append(list, document.createElement('sister-city-story-form'), document.createElement('sister-city-request-form'));
