/**
 * The key of one pairing, shared by the directory and the stories reader so that each finds the
 * other's entries: `US-MN-saint-paul/42-nagasaki` — the North American country, state or province
 * and city name, then the prefecture's JIS code and the Japanese name (romanised), each name folded
 * (no case, accents or macrons; "St." is "Saint"; a trailing "City", "-shi", "Prefecture", "-ken"…
 * dropped). Pure: no DOM.
 */
import { foldForSearch } from '../pairings/query.js';

export interface NorthAmericanSide {
  country: string;
  region: string;
  name: string;
}

export interface JapaneseSide {
  prefecture: number;
  name: string;
}

const SUFFIX = / (city|town|village|county|prefecture|shi|machi|cho|mura|ku|ken|fu|to)$/;

/** A name as it appears in a key: `Saint Paul` → `saint-paul`, `Kōbe-shi` → `kobe`, `St. Louis` → `saint-louis`. */
export function keyName(name: string): string {
  let folded = foldForSearch(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  folded = folded.replace(/^st /, 'saint ').replace(/^ste /, 'sainte ');
  // "Nagasaki City" and "Nagasaki-shi" are "Nagasaki"; a one-word name is never emptied.
  if (folded.includes(' ')) folded = folded.replace(SUFFIX, '');
  return folded.replace(/ /g, '-');
}

/** The key of a pairing: `US-MN-saint-paul/42-nagasaki`. */
export function pairingKey(na: NorthAmericanSide, jp: JapaneseSide): string {
  return `${na.country.toUpperCase()}-${na.region.toUpperCase()}-${keyName(na.name)}/${Number(jp.prefecture)}-${keyName(jp.name)}`;
}

/** Whether a name is written in Japanese script (kana or kanji). */
export function isJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/.test(text);
}

/** The places of a story as the feed has them (only what the key needs). */
export interface StoryPlaces {
  na_city: NorthAmericanSide;
  jp_city: JapaneseSide;
  alt_names?: { na_city?: string; jp_city?: string };
}

/** The Latin-script name of a city: its own name, or the other-script name staff gave when its own is in Japanese. */
function latinName(name: string, alt: string | undefined): string {
  return isJapanese(name) && alt && !isJapanese(alt) ? alt : name;
}

/** The key of a published story's pairing (names in Japanese script give way to their Latin-script names). */
export function storyKey(story: StoryPlaces): string {
  const { na_city: na, jp_city: jp, alt_names: alt } = story;
  return pairingKey({ ...na, name: latinName(na.name, alt?.na_city) }, { ...jp, name: latinName(jp.name, alt?.jp_city) });
}
