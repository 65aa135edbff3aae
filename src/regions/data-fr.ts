// French (Canadian usage) region names, loaded with the fr-CA strings. Only the names that differ
// from English are here: regionName() falls back to the English name (Alabama, Alberta…), so a name
// spelt alike is not downloaded twice.
import { PREFECTURES_EN } from './data.js';

/** US states, DC and territories whose French name differs from the English one. */
export const US_FR: Readonly<Record<string, string>> = {
  CA: 'Californie',
  DC: 'District de Columbia',
  FL: 'Floride',
  GA: 'Géorgie',
  HI: 'Hawaï',
  LA: 'Louisiane',
  NM: 'Nouveau-Mexique',
  NC: 'Caroline du Nord',
  ND: 'Dakota du Nord',
  PA: 'Pennsylvanie',
  SC: 'Caroline du Sud',
  SD: 'Dakota du Sud',
  VA: 'Virginie',
  WV: 'Virginie-Occidentale',
  AS: 'Samoa américaines',
  MP: 'Îles Mariannes du Nord',
  PR: 'Porto Rico',
  UM: 'Îles mineures éloignées des États-Unis',
  VI: 'Îles Vierges des États-Unis',
};

/** Canadian provinces and territories whose French name differs from the English one. */
export const CA_FR: Readonly<Record<string, string>> = {
  BC: 'Colombie-Britannique',
  NB: 'Nouveau-Brunswick',
  NL: 'Terre-Neuve-et-Labrador',
  NS: 'Nouvelle-Écosse',
  PE: 'Île-du-Prince-Édouard',
  QC: 'Québec',
  NT: 'Territoires du Nord-Ouest',
};

/** The macrons of French-language references, on the English names that take them. */
const MACRONS: Readonly<Record<string, string>> = {
  Hokkaido: 'Hokkaidō',
  Tokyo: 'Tōkyō',
  Kyoto: 'Kyōto',
  Osaka: 'Ōsaka',
  Hyogo: 'Hyōgo',
  Kochi: 'Kōchi',
  Oita: 'Ōita',
};

/** Prefectures, JIS order. */
export const PREFECTURES_FR: readonly string[] = PREFECTURES_EN.map((name) => MACRONS[name] ?? name);
