/**
 * The words the board shows for codes in the data (the reasons of a match are in reasons.ts, loaded with
 * matching; what is wrong with a file it cannot read in source-problem.ts, loaded then). Called while the element renders, so `msg` answers in its language.
 */
import { jpLevelLabel, naLevelLabel } from '../i18n/levels.js';
import { msg } from '../i18n/localize.js';
import type { JP_LEVELS, NA_LEVELS } from '../schema/codes.js';
import type { PopulationBand } from './query.js';
import type { Direction, Exchange } from './record.js';

/** A community's country in words (the board has all three; the directory's label knows only the North American two). */
export function countryLabel(country: string): string {
  return country === 'JP' ? msg('Japan') : country === 'CA' ? msg('Canada') : msg('United States');
}

export function exchangeLabel(kind: Exchange): string {
  switch (kind) {
    case 'education-youth': return msg('Education and youth');
    case 'culture-arts': return msg('Culture and the arts');
    case 'sports': return msg('Sports');
    case 'tourism': return msg('Tourism');
    case 'economy-trade': return msg('Economy and trade');
    case 'agriculture': return msg('Agriculture');
    case 'technology': return msg('Technology');
    case 'government': return msg('Government and administration');
    case 'other': return msg('Something else');
  }
}

export function directionLabel(direction: Direction): string {
  return direction === 'na-seeking-jp' ? msg('North American communities seeking a Japanese partner') : msg('Japanese communities seeking a North American partner');
}

/** What a card says the community looks for. */
export function seekingLabel(direction: Direction): string {
  return direction === 'na-seeking-jp' ? msg('Seeking a partner in Japan') : msg('Seeking a partner in North America');
}

export function levelLabel(level: string, japanese: boolean): string {
  return japanese ? jpLevelLabel(level as (typeof JP_LEVELS)[number]) : naLevelLabel(level as (typeof NA_LEVELS)[number]);
}

export function populationBandLabel(band: PopulationBand): string {
  switch (band) {
    case 'under-10k': return msg('Under 10,000');
    case '10k-50k': return msg('10,000 to 49,999');
    case '50k-100k': return msg('50,000 to 99,999');
    case '100k-500k': return msg('100,000 to 499,999');
    case '500k-plus': return msg('500,000 or more');
  }
}

export function areaLabel(id: string): string {
  switch (id) {
    case 'pacific-northwest': return msg('the Pacific Northwest');
    case 'us-west': return msg('the western United States');
    case 'us-midwest': return msg('the Midwest');
    case 'us-northeast': return msg('the northeastern United States');
    case 'us-south': return msg('the southern United States');
    case 'us': return msg('the United States');
    case 'ca-west': return msg('western Canada');
    case 'ca-east': return msg('eastern Canada');
    case 'ca': return msg('Canada', { id: 'area-canada', desc: 'A place a partner is sought in: "wants a partner in Canada"' });
    case 'hokkaido': return msg('Hokkaido');
    case 'tohoku': return msg('the Tohoku region');
    case 'kanto': return msg('the Kanto region');
    case 'chubu': return msg('the Chubu region');
    case 'kansai': return msg('the Kansai region');
    case 'chugoku': return msg('the Chugoku region');
    case 'shikoku': return msg('Shikoku');
    default: return msg('Kyushu and Okinawa');
  }
}
