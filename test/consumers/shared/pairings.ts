import type { PairingInput } from 'sister-city-widgets';

/** The data every fixture app hands to <sister-city-pairings> as a property. */
export const pairings: PairingInput[] = [
  { na_country: 'US', na_region: 'MN', na_name: 'Saint Paul', jp_prefecture: 42, jp_name: 'Nagasaki', established: '1955-12-07' },
  { na_country: 'US', na_region: 'WA', na_name: 'Seattle', jp_prefecture: 28, jp_name: 'Kobe', established: '1957' },
];
