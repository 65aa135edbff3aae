/**
 * What the board loads when the reader first asks for partners (opens "Find partners for my community"
 * or presses "Find partners for this community"): the form, the scoring and the words of its reasons.
 * Nothing of it is on the first screen, so it stays off the first download; its strings come with it
 * (`loadPart`, in a table of their own).
 */
export { Ranking } from './ranking.js';
