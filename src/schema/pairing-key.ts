/**
 * The key of a pairing: `US-MN-saint-paul/42-nagasaki`, the North American side (country, state or
 * province, city) then the Japanese side (prefecture code, municipality). The same key names a pairing
 * in the directory, a story about it, the coverage page and `<sister-city-stories pairing=…>`, so a
 * story finds its row in the directory's file. No Lit, no DOM.
 */

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

/**
 * A name as it appears in a key: accents dropped (`Montréal` → `montreal`), lower case, every run of
 * other characters one `-`; "St." is "Saint"; a trailing "City", "-shi", "Prefecture", "-ku"… dropped
 * (`Kōbe-shi` → `kobe`; a one-word name is never emptied). Letters of any script are kept, so a name
 * written in Japanese stays itself (`長崎市`), and full-width letters become ordinary ones.
 */
export function keyName(name: string): string {
  let folded = name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents only: kana keep their voicing marks (ポ, not ホ)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^st /, 'saint ')
    .replace(/^ste /, 'sainte ');
  if (folded.includes(' ')) folded = folded.replace(SUFFIX, '');
  return folded.replace(/ /g, '-');
}

/** The key of the pairing of these two places (a story's `na_city` and `jp_city`). */
export function pairingKey(na: NorthAmericanSide, jp: JapaneseSide): string {
  return `${na.country.toUpperCase()}-${na.region.toUpperCase()}-${keyName(na.name)}/${Number(jp.prefecture)}-${keyName(jp.name)}`;
}

/** A directory record's fields that name its two sides (see pairing.ts). */
export interface PairingNames {
  na_country: string;
  na_region: string;
  na_name: string;
  na_name_ja?: string;
  jp_prefecture: number;
  jp_name: string;
  jp_name_ja?: string;
}

/** The key of a directory record: from its romanised names. */
export const keyOfPairing = (p: PairingNames) => pairingKey({ country: p.na_country, region: p.na_region, name: p.na_name }, { prefecture: p.jp_prefecture, name: p.jp_name });

/**
 * Every key a story about this pairing may carry: the submitter may have written either city in
 * Latin letters or in Japanese (`長崎市` for Nagasaki). The first is the record's own key.
 */
export function keysOfPairing(p: PairingNames): string[] {
  const na = [p.na_name, p.na_name_ja].filter((name): name is string => !!name);
  const jp = [p.jp_name, p.jp_name_ja].filter((name): name is string => !!name);
  const keys = na.flatMap((naName) => jp.map((jpName) => pairingKey({ country: p.na_country, region: p.na_region, name: naName }, { prefecture: p.jp_prefecture, name: jpName })));
  return [...new Set(keys)];
}

/** Whether a name is written in Japanese script (kana or kanji). */
export function isJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/.test(text);
}

/** The places of a published story (only what its key needs). */
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
