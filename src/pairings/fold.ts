/**
 * Search folding, shared by the directory (query.ts) and the stories reader, which needs only this of
 * the directory's search code.
 */

const KATAKANA = /[\u30a1-\u30f6]/g;
const MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s\-‐–—・·.,'’()（）]+/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds text so that case, accents, macrons, full/half width and
 * hiragana/katakana do not matter: "Kōbe", "KOBE", "ｋｏｂｅ" → "kobe",
 * "コウベ" → "こうべ", "Montréal" → "montreal".
 */
export function foldForSearch(text: string): string {
  // Plain ASCII is its own NFKC, NFD and NFC form and has no marks or kana: only case and separators.
  if (ASCII.test(text)) return text.toLowerCase().replace(SEPARATORS, ' ').trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60))
    .replace(SEPARATORS, ' ')
    .trim();
}
