/**
 * The key of a pairing: `US-MN-saint-paul/42-nagasaki`, the North American side (country, state or
 * province, city) then the Japanese side (prefecture code, municipality). The same key names a pairing
 * in the directory, a story about it, the coverage page and `<sister-city-stories pairing=…>`, so a
 * story finds its row in the directory's file. No Lit, no DOM.
 */

interface NorthAmericanSide {
  country: string;
  region: string;
  name: string;
}

interface JapaneseSide {
  prefecture: number;
  name: string;
}

/**
 * A name as it appears in a key: accents dropped (`Montréal` → `montreal`), lower case, every run of
 * other characters a single `-`. Letters of any script are kept, so a name written in Japanese stays
 * itself (`長崎市`), and full-width letters become ordinary ones.
 */
export function keyName(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents only: kana keep their voicing marks (ポ, not ホ)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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
