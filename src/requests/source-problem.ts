/**
 * What is wrong with a file the board cannot read, in the reader's language. Loaded with its strings
 * (`loadPart`) only when a source fails so: a working board never downloads it. Called while the
 * element renders, so `msg` answers in its language.
 */
import { msg } from '../i18n/localize.js';
import type { RequestSourceProblem } from './record.js';

export function sourceProblemLabel(problem: RequestSourceProblem): string {
  switch (problem) {
    case 'no-columns': return msg('The first row of the CSV file has no direction column.');
    case 'not-a-list': return msg('The JSON is neither a list of requests nor an object with a "requests" list.');
    case 'not-json': return msg('The file is not valid JSON.');
    case 'web-page': return msg('The file is a web page, not CSV or JSON.');
  }
}
