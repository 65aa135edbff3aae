// The script-tag entry: registers each element when the page first has one, loading only that widget.
import 'sister-city-widgets/cdn';
import { pairings } from '../shared/pairings.js';

const list = document.createElement('sister-city-pairings');
list.addEventListener('load', (event) => {
  document.querySelector('output')!.textContent = `Loaded ${(event as CustomEvent<{ count: number }>).detail.count} pairings`;
});
document.body.append(list);
await customElements.whenDefined('sister-city-pairings');
list.pairings = pairings;
