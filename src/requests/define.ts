import { SisterCityRequests } from './sister-city-requests.js';

export { SisterCityRequests };
export type { RequestsErrorDetail, RequestsLoadDetail } from './sister-city-requests.js';
export type { BoardRequest } from './record.js';
export type { CommunityProfile, Match, MatchReason } from './match.js';

SisterCityRequests.define('sister-city-requests');

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-requests': SisterCityRequests;
  }
}
