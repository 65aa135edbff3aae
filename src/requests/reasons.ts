/**
 * The words of a ranking: each reason a request fits, and the status line that says for whom the board is
 * ranked. Loaded with matching (ranking.ts); called while the element renders, so `msg` answers in its language.
 */
import { formatList, formatNumber, plural } from '../i18n/format.js';
import type { Locale } from '../i18n/language.js';
import { msg, str } from '../i18n/localize.js';
import { CA_EN } from '../regions/data.js';
import { prefectureName, regionName } from '../regions/names.js';
import type { Area, Place } from './areas.js';
import { areaLabel, exchangeLabel } from './labels.js';
import type { MatchReason } from './match.js';

/** A place or an area in words: "Oregon", "Nagano", "the Pacific Northwest". */
export function whereLabel(where: Area | Place, locale: Locale): string {
  if (typeof where !== 'string') return areaLabel(where.id);
  if (/^\d+$/.test(where)) return prefectureName(Number(where), locale);
  return regionName(Object.hasOwn(CA_EN, where) ? 'CA' : 'US', where, locale);
}

/** One reason of a match in words: "both want education and youth exchanges". */
export function reasonLabel(reason: MatchReason, locale: Locale): string {
  switch (reason.kind) {
    case 'exchanges': {
      const kinds = formatList(reason.exchanges.map(exchangeLabel), locale);
      return msg(str`both want exchanges in ${kinds}`, { desc: 'A reason two communities fit, like "both want exchanges in Education and youth, Sports"' });
    }
    case 'population':
      return reason.closeness === 'similar' ? msg('similar population') : msg('population of the same order');
    case 'seeks-you':
      return msg(str`wants a partner in ${whereLabel(reason.where, locale)}`, { desc: 'A reason two communities fit: the request seeks its partner where the reader is' });
    case 'where-you-want':
      return msg(str`is in ${whereLabel(reason.where, locale)}, where you want a partner`);
  }
}

/** Every reason as one sentence, in the language's way of joining clauses. */
export function reasonsSentence(reasons: readonly MatchReason[], locale: Locale): string {
  if (reasons.length === 0) return msg('Little in common with what you described.');
  const parts = reasons.map((reason) => reasonLabel(reason, locale));
  const sentence = parts.join(locale === 'ja' ? '、' : '; ');
  return locale === 'ja' ? `${sentence}。` : `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The status line of a ranked board: for a listed request's community (`label`) or the reader's own. */
export function rankedStatus(count: number, label: string | undefined, locale: Locale): string {
  const n = formatNumber(count, locale);
  return label ?
      plural(locale, count, { one: () => msg(str`${n} request ranked by fit for ${label}`), other: () => msg(str`${n} requests ranked by fit for ${label}`) })
    : plural(locale, count, { one: () => msg(str`${n} request ranked by fit for your community`), other: () => msg(str`${n} requests ranked by fit for your community`) });
}
