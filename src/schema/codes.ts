/**
 * Codes every schema shares.
 */
import * as z from 'zod/mini';

const PREFECTURE_CODE = 'Use the prefecture code from 1 to 47, like 42 or JP-42';

/** A JIS X 0401 prefecture code. (Number.isInteger rather than z.int(), which costs 0.4 KiB in the browser.) */
export const prefectureCode = z.number(PREFECTURE_CODE).check(z.refine(Number.isInteger, PREFECTURE_CODE), z.gte(1, PREFECTURE_CODE), z.lte(47, PREFECTURE_CODE));

export { JP_LEVELS, NA_LEVELS } from './levels.js';
