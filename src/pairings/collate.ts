/**
 * Comparing names as `Intl.Collator(locale, { sensitivity: 'base', numeric: true })` does, without
 * building a collator for names written in Latin letters. The page's first Intl object costs 10–20 ms
 * of CPU (Chromium loads ICU's data): more than rendering the directory's first rows. At base strength
 * with numeric ordering, ICU orders printable ASCII by one rank per character (letters without case),
 * runs of digits by their value, and ignores accents on Latin letters; `compareLatin` does exactly that
 * (test/pairings/collate.test.ts holds it to the collator in en, ja and fr-CA). A name with any other
 * character (kana, kanji, æ, ß, ł…) is compared by the collator, built on first need.
 */
import type { Locale } from '../i18n/language.js';

/** Printable ASCII in ICU's root order (the same in en, ja and fr-CA): space, punctuation, symbols, digits, letters. */
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const RANK = new Uint8Array(128);
for (let i = 0; i < ORDER.length; i++) RANK[ORDER.charCodeAt(i)] = i + 1;
for (let code = 65; code <= 90; code++) RANK[code] = RANK[code + 32];
// Every digit ranks as the digit group against other characters; two runs of digits compare by value.
for (let code = 49; code <= 57; code++) RANK[code] = RANK[48];

/** U+00C0–U+017F: the ASCII letter each one is with its accents removed (NFD), `*` when it is no such letter (æ, ß, ł…). */
const LATIN =
  'aaaaaa*ceeeeiiii*nooooo**uuuuy**aaaaaa*ceeeeiiii*nooooo**uuuuy*y' +
  'aaaaaaccccccccdd**eeeeeeeeeegggggggghh**iiiiiiiii***jjkk*llllll****nnnnnn***oooooo**rrrrrrsssssssstttt**uuuuuuuuuuuuwwyyyzzzzzz*';
/** The combining accents those letters decompose to (grave … caron, cedilla, ogonek), ignored after a letter. */
const ACCENTS = /^[\u0300-\u0304\u0306-\u0308\u030a-\u030c\u0327\u0328]$/;
const PRINTABLE = /^[\x20-\x7e]*$/;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** `text` in characters `compareLatin` ranks (accents dropped), or undefined when it needs the collator. */
export function latinKey(text: string): string | undefined {
  if (PRINTABLE.test(text)) return text;
  let key = '';
  let afterLetter = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) {
      key += char;
      afterLetter = isLetter(code);
    } else if (code >= 0xc0 && code <= 0x17f && LATIN[code - 0xc0] !== '*') {
      key += LATIN[code - 0xc0];
      afterLetter = true;
    } else if (!(afterLetter && ACCENTS.test(char))) {
      return undefined;
    }
  }
  return key;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Compares two `latinKey`s: negative, zero or positive, with the sign the collator gives the names. */
export function compareLatin(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      // Numeric ordering: leading zeros do not count, a longer number is larger, then digit by digit.
      while (a.charCodeAt(i) === 48) i++;
      while (b.charCodeAt(j) === 48) j++;
      let endA = i;
      let endB = j;
      while (isDigit(a.charCodeAt(endA))) endA++;
      while (isDigit(b.charCodeAt(endB))) endB++;
      if (endA - i !== endB - j) return endA - i - (endB - j);
      for (; i < endA; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) - b.charCodeAt(j);
      continue;
    }
    const rank = RANK[a.charCodeAt(i)] - RANK[b.charCodeAt(j)];
    if (rank) return rank;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** A name to sort by, with its key for `compareLatin` when it has one. */
export interface SortName {
  text: string;
  key: string | undefined;
}

export const sortName = (text: string): SortName => ({ text, key: latinKey(text) });

const collators: Partial<Record<Locale, Intl.Collator>> = {};

/** The collator of `locale` (base strength, numeric), built once and only when a name needs it. */
export function collator(locale: Locale): Intl.Collator {
  return (collators[locale] ??= new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
}

/** Compares two names as the collator of `locale` does, without it when both are in Latin letters. */
export function compareNames(a: SortName, b: SortName, locale: Locale): number {
  return a.key !== undefined && b.key !== undefined ? compareLatin(a.key, b.key) : collator(locale).compare(a.text, b.text);
}
