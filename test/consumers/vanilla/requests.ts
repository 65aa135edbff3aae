import 'sister-city-widgets/requests';
import type { RequestsLoadDetail } from 'sister-city-widgets/requests';

// Typed by the package's HTMLElementTagNameMap.
const board = document.createElement('sister-city-requests');
board.addEventListener('load', (event) => {
  document.querySelector('output')!.textContent = `Loaded ${(event as CustomEvent<RequestsLoadDetail>).detail.count} requests`;
});
board.requests = [
  {
    reference: 'REQ-1',
    direction: 'jp-seeking-na',
    community: { name: '飯田市', country: 'JP', prefecture: 20, level: 'city' },
    exchanges: ['education-youth'],
  },
];
document.body.append(board);
