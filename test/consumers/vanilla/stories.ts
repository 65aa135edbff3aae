import 'sister-city-widgets/stories';
import type { StoriesLoadDetail } from 'sister-city-widgets/stories';

// Typed by the package's HTMLElementTagNameMap.
const reader = document.createElement('sister-city-stories');
reader.addEventListener('load', (event) => {
  document.querySelector('output')!.textContent = `Loaded ${(event as CustomEvent<StoriesLoadDetail>).detail.count} stories`;
});
reader.stories = [
  {
    reference: 'STO-1',
    na_city: { country: 'US', region: 'MN', name: 'Saint Paul' },
    jp_city: { prefecture: 42, name: 'Nagasaki' },
    established: '1955-12-07',
    story: 'Two cities chose friendship after the war.',
    connections: ['friendship'],
  },
];
document.body.append(reader);
