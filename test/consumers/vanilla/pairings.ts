// A plain Vite + TypeScript app that imports one widget for its side effect.
import { type PairingsLoadDetail } from 'sister-city-widgets/pairings';
import 'sister-city-widgets/pairings';
import { pairings } from '../shared/pairings.js';

const list = document.createElement('sister-city-pairings');
list.addEventListener('load', (event) => {
  const { count } = (event as CustomEvent<PairingsLoadDetail>).detail;
  document.querySelector('output')!.textContent = `Loaded ${count} pairings`;
});
list.pairings = pairings;
list.pageSize = 50;
document.body.append(list);
