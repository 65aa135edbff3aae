/**
 * The wider areas a partner is sought in ("the Pacific Northwest", "Kyushu"), which states, provinces
 * and prefectures each holds, and which of them a request's own words name. Pure data and functions:
 * no DOM. Matching and the "desired partner region" filter use them.
 */
import { CA_EN, PREFECTURES_EN, US_EN } from '../regions/data.js';
import { PREFECTURES_JA } from '../regions/data-ja-prefectures.js';
import { foldForSearch } from '../pairings/query.js';
import { sideOf } from './lists.js';
import type { BoardRequest } from './record.js';

/** A wider area: on the North American side (`na`) or the Japanese one (`jp`). */
export interface Area {
  id: string;
  side: 'na' | 'jp';
  /** States and provinces (postal codes) or prefectures (JIS codes, as text). */
  members: readonly string[];
  /** How people write it, in English, Japanese and French; folded before comparing. */
  words: readonly string[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const US = Object.keys(US_EN);
const CA = Object.keys(CA_EN);

export const AREAS: readonly Area[] = [
  { id: 'pacific-northwest', side: 'na', members: ['WA', 'OR', 'ID', 'AK', 'BC'], words: ['pacific northwest', 'nord-ouest pacifique', 'nord-ouest du pacifique', '太平洋岸北西部', '北西部'] },
  { id: 'us-west', side: 'na', members: ['WA', 'OR', 'ID', 'AK', 'CA', 'NV', 'AZ', 'UT', 'CO', 'NM', 'WY', 'MT', 'HI'], words: ['west coast', 'western united states', 'american west', 'ouest americain', 'cote ouest', '西海岸', '米国西部', 'アメリカ西部'] },
  { id: 'us-midwest', side: 'na', members: ['OH', 'MI', 'IN', 'IL', 'WI', 'MN', 'IA', 'MO', 'ND', 'SD', 'NE', 'KS'], words: ['midwest', 'mid-west', 'great lakes', 'grands lacs', '中西部', '五大湖'] },
  { id: 'us-northeast', side: 'na', members: ['ME', 'NH', 'VT', 'MA', 'RI', 'CT', 'NY', 'NJ', 'PA'], words: ['new england', 'northeast', 'nouvelle-angleterre', 'nord-est', '北東部', 'ニューイングランド'] },
  { id: 'us-south', side: 'na', members: ['DE', 'MD', 'DC', 'VA', 'WV', 'NC', 'SC', 'GA', 'FL', 'KY', 'TN', 'AL', 'MS', 'AR', 'LA', 'OK', 'TX', 'PR'], words: ['american south', 'southern united states', 'sud des etats-unis', '米国南部', 'アメリカ南部'] },
  { id: 'us', side: 'na', members: US, words: ['united states', 'etats-unis', 'アメリカ', '米国'] },
  { id: 'ca-west', side: 'na', members: ['BC', 'AB', 'SK', 'MB', 'YT', 'NT', 'NU'], words: ['western canada', 'ouest canadien', 'ouest du canada', 'カナダ西部'] },
  { id: 'ca-east', side: 'na', members: ['ON', 'QC', 'NB', 'NS', 'PE', 'NL'], words: ['eastern canada', 'est du canada', 'est canadien', 'カナダ東部'] },
  { id: 'ca', side: 'na', members: CA, words: ['canada', 'カナダ'] },
  { id: 'hokkaido', side: 'jp', members: ['1'], words: ['hokkaido', '北海道'] },
  { id: 'tohoku', side: 'jp', members: range(2, 7), words: ['tohoku', '東北'] },
  { id: 'kanto', side: 'jp', members: range(8, 14), words: ['kanto', '関東'] },
  { id: 'chubu', side: 'jp', members: range(15, 23), words: ['chubu', 'hokuriku', 'tokai', '中部', '北陸', '東海'] },
  { id: 'kansai', side: 'jp', members: range(24, 30), words: ['kansai', 'kinki', '関西', '近畿'] },
  { id: 'chugoku', side: 'jp', members: range(31, 35), words: ['chugoku region', 'region de chugoku', '中国地方'] },
  { id: 'shikoku', side: 'jp', members: range(36, 39), words: ['shikoku', '四国'] },
  { id: 'kyushu-okinawa', side: 'jp', members: range(40, 47), words: ['kyushu', 'okinawa', '九州', '沖縄'] },
];

export const areaById = (id: string): Area | undefined => AREAS.find((area) => area.id === id);

/** The place of a community: a state or province (postal code), or a prefecture (its JIS code as text). */
export type Place = string;

/** The areas a place is in, narrowest first (the list is ordered so). */
export function areasOf(place: Place): Area[] {
  return AREAS.filter((area) => area.members.includes(place));
}

/** Words that name one state, province or prefecture, folded: "Oregon", "Nagano", "長野県". */
const PLACE_WORDS: readonly [Place, string][] = [
  ...Object.entries(US_EN).map(([code, name]) => [code, foldForSearch(name)] as [Place, string]),
  ...Object.entries(CA_EN).map(([code, name]) => [code, foldForSearch(name)] as [Place, string]),
  ...PREFECTURES_EN.map((name, i) => [String(i + 1), foldForSearch(name)] as [Place, string]),
  ...PREFECTURES_JA.map((name, i) => [String(i + 1), foldForSearch(name)] as [Place, string]),
  ['QC', 'quebec'], ['BC', 'colombie britannique'], ['NS', 'nouvelle ecosse'], ['NL', 'terre neuve'], ['NB', 'nouveau brunswick'],
];

/** Whether folded `haystack` holds `word` as a whole word (Latin) or anywhere (Japanese, which has no spaces). */
function names(haystack: string, word: string): boolean {
  if (/[\u3040-\u9fff]/.test(word)) return haystack.includes(word);
  return ` ${haystack} `.includes(` ${word} `);
}

/**
 * What a request's words say about where it wants its partner: the areas named, and the single
 * states, provinces or prefectures named. "Oregon or Washington" → places OR and WA; "a city in the
 * Pacific Northwest" → area pacific-northwest.
 */
export function soughtIn(texts: readonly (string | undefined)[]): { areas: string[]; places: Place[] } {
  const haystack = foldForSearch(texts.filter(Boolean).join(' | '));
  const areas = AREAS.filter((area) => area.words.some((word) => names(haystack, foldForSearch(word)))).map((area) => area.id);
  const places = [...new Set(PLACE_WORDS.filter(([, word]) => names(haystack, word)).map(([place]) => place))];
  return { areas, places };
}

/** Whether a place lies in what was sought: named itself, or inside a named area. */
export function placeSought(place: Place, sought: { areas: readonly string[]; places: readonly Place[] }): Area | Place | undefined {
  if (sought.places.includes(place)) return place;
  return AREAS.find((area) => sought.areas.includes(area.id) && area.members.includes(place));
}

/** What a request's own words say about where it seeks its partner, on the other side only. */
export function soughtBy(request: BoardRequest): { areas: string[]; places: Place[] } {
  const texts = [request.partner_preferences, request.expectations, ...Object.values(request.translations?.partner_preferences ?? {})];
  const sought = soughtIn(texts);
  const partnerSide = sideOf(request) === 'na' ? 'jp' : 'na';
  const onSide = (place: Place) => (/^\d+$/.test(place) ? 'jp' : 'na') === partnerSide;
  return { areas: sought.areas.filter((id) => areaById(id)?.side === partnerSide), places: sought.places.filter(onSide) };
}
