/**
 * Decades, as the directory's and the stories reader's decade filters count them and name them
 * (`decadeLabel` is called while an element renders, so `msg` answers in its language).
 */
import { msg, str } from '../i18n/localize.js';

export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

export function decadeLabel(decade: number | 'unknown'): string {
  return decade === 'unknown' ? msg('Date unknown') : msg(str`${decade}s`);
}
