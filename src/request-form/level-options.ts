/**
 * The options of the question "Level of government", in the reader's language: a part of the request
 * form loaded with its strings on the first focus or input, or once a direction is chosen or restored
 * (sister-city-request-form.ts), since only the questions about a community show the names of the
 * levels, not the form's first screen.
 */
import { jpLevelLabel, naLevelLabel } from '../i18n/levels.js';
import type { Option } from '../forms/model.js';
import { JP_LEVELS, NA_LEVELS } from '../schema/levels.js';

export const naLevelOptions = (): Option[] => NA_LEVELS.map((code) => [code, naLevelLabel(code)]);
export const jpLevelOptions = (): Option[] => JP_LEVELS.map((code) => [code, jpLevelLabel(code)]);
