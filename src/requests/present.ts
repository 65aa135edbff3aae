/**
 * How one request is written for a reader: its name in the reader's script first, its texts in the
 * reader's language where staff translated them, area in the reader's units, the contact link the site
 * configured. Pure: no DOM (the words come from labels.ts while the element renders).
 */
import type { Locale } from '../i18n/language.js';
import { PREFECTURES_EN } from '../regions/data.js';
import { PREFECTURES_JA } from '../regions/data-ja-prefectures.js';
import type { BoardRequest, TextField } from './record.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
export const SQ_MI_IN_KM2 = 2.589988;

export type Units = 'metric' | 'imperial';

/** The community's names: `first` in the reader's script, `other` in the other one when known, each with its language. */
export function namesOf(request: BoardRequest, locale: Locale): { first: string; firstLang: 'ja' | 'en'; other?: string; otherLang?: 'ja' | 'en'; kana?: string } {
  const c = request.community;
  const prefectureLevel = c.country === 'JP' && c.level === 'prefecture' && c.prefecture;
  let ja = c.name_ja ?? (JAPANESE.test(c.name) ? c.name : undefined);
  let latin = c.name_en ?? (JAPANESE.test(c.name) ? undefined : c.name);
  // A prefecture's names are known in both scripts.
  if (prefectureLevel) {
    ja ??= PREFECTURES_JA[c.prefecture! - 1];
    latin ??= `${PREFECTURES_EN[c.prefecture! - 1]}`;
  }
  const kana = c.name_kana;
  if (locale === 'ja' && ja) return { first: ja, firstLang: 'ja', other: latin, otherLang: 'en', kana };
  if (latin) return { first: latin, firstLang: 'en', other: ja, otherLang: 'ja', kana };
  return { first: ja ?? c.name, firstLang: 'ja', kana };
}

/** A public text in the reader's language when staff translated it, else as written, with the language it is in. */
export function textOf(request: BoardRequest, field: TextField, locale: Locale): { text: string; lang?: string } | undefined {
  const translated = request.translations?.[field]?.[locale];
  if (translated?.trim()) return { text: translated, lang: locale };
  const original = request[field];
  if (!original?.trim()) return undefined;
  return { text: original, lang: JAPANESE.test(original) ? 'ja' : locale === 'ja' ? 'en' : undefined };
}

/** The area in both units, the reader's first: [first, second]. Imperial first for English unless `units` says otherwise. */
export function areaIn(request: BoardRequest, locale: Locale, units?: Units): { km2: number; sqMi: number; first: Units } | undefined {
  const area = request.area;
  if (!area) return undefined;
  const km2 = area.unit === 'km2' ? area.value : area.value * SQ_MI_IN_KM2;
  const sqMi = area.unit === 'sq-mi' ? area.value : area.value / SQ_MI_IN_KM2;
  return { km2, sqMi, first: units ?? (locale === 'en' ? 'imperial' : 'metric') };
}

/**
 * The site's contact action for a request: `mailto:` with the reference and the community in the
 * subject, or a URL template with `{reference}` and `{name}`. Only `mailto:`, `http:` and `https:`.
 */
export function contactHref(contact: string | undefined, request: BoardRequest, subject: string): string | undefined {
  const target = contact?.trim();
  if (!target) return undefined;
  const reference = request.reference ?? '';
  let href: string;
  if (/\{(reference|name)\}/.test(target)) {
    href = target.replace(/\{reference\}/g, encodeURIComponent(reference)).replace(/\{name\}/g, encodeURIComponent(request.community.name));
  } else if (/^mailto:/i.test(target)) {
    href = `${target}${target.includes('?') ? '&' : '?'}subject=${encodeURIComponent(subject)}`;
  } else href = target;
  return /^(mailto:|https?:\/\/)/i.test(href) ? href : undefined;
}
