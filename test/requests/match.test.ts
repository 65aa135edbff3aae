// The scoring of "Find partners for my community" (src/requests/match.ts) and what it reads from a
// request's words (areas.ts): pure functions, no DOM.
import { expect } from '@open-wc/testing';
import { soughtBy, soughtIn } from '../../src/requests/areas.js';
import { profileOf, rankRequests, scoreRequest, WEIGHTS } from '../../src/requests/match.js';
import type { BoardRequest } from '../../src/requests/record.js';
import { byReference, fixtureRequests } from './data.js';

describe('matching: what a request seeks', () => {
  it('reads areas and places from the words, in English, Japanese and French', () => {
    expect(soughtIn(['ideally in the Pacific Northwest']).areas).to.include('pacific-northwest');
    expect(soughtIn(['できれば太平洋岸北西部で']).areas).to.include('pacific-northwest');
    expect(soughtIn(['Une ville universitaire du Kansai ou de Kyushu.']).areas).to.have.members(['kansai', 'kyushu-okinawa']);
    expect(soughtIn(['Oregon or Washington']).places).to.have.members(['OR', 'WA']);
    expect(soughtIn(['長野県の市']).places).to.deep.equal(['20']);
    // Whole words only: "Oregonian" is not Oregon, "oriental" holds no state.
    expect(soughtIn(['Oregonian oriental']).places).to.deep.equal([]);
  });

  it('keeps only the partner side: a Japanese request naming Japan places seeks none of them', async () => {
    const requests = await fixtureRequests();
    expect(soughtBy(byReference(requests, 'REQ-IIDA-0001')).areas).to.deep.equal(['pacific-northwest']);
    expect(soughtBy(byReference(requests, 'REQ-LARI-0002'))).to.deep.equal({ areas: ['hokkaido', 'tohoku'], places: ['1'] });
  });
});

describe('matching: scores and reasons', () => {
  let requests: BoardRequest[];
  before(async () => {
    requests = await fixtureRequests();
  });

  it('ranks the best fit first for a described North American community, with its reasons', () => {
    const ranked = rankRequests({ side: 'na', place: 'OR', population: 90_000, exchanges: ['education-youth', 'agriculture'] }, requests);
    // Only Japanese requests can partner a North American community.
    expect(ranked.map((m) => m.request.reference)).to.deep.equal(['REQ-IIDA-0001', 'REQ-TOTT-0003']);
    const [iida, tottori] = ranked;
    // 40 (both exchanges wanted) + 25 (within a factor of 2) + 20 (seeks a partner where the community is), as documented.
    expect(iida.score).to.equal(85);
    expect(iida.score).to.equal(WEIGHTS.exchanges + WEIGHTS.similarPopulation + WEIGHTS.seeksYou);
    expect(iida.reasons).to.deep.equal([
      { kind: 'exchanges', exchanges: ['education-youth', 'agriculture'] },
      { kind: 'population', closeness: 'similar' },
      { kind: 'seeks-you', where: iida.reasons[2].kind === 'seeks-you' ? iida.reasons[2].where : undefined },
    ]);
    expect((iida.reasons[2] as { where: { id: string } }).where.id).to.equal('pacific-northwest');
    // Tottori seeks a West Coast partner (Oregon is on it) but shares no exchange, and is six times larger.
    expect(tottori.score).to.equal(WEIGHTS.seeksYou);
  });

  it('counts shared exchanges in proportion, and population within a factor of 2 or 5', () => {
    const iida = byReference(requests, 'REQ-IIDA-0001');
    expect(scoreRequest({ side: 'na', exchanges: ['education-youth', 'sports'] }, iida)!.score).to.equal(WEIGHTS.exchanges / 2);
    expect(scoreRequest({ side: 'na', population: 190_000 }, iida)!.reasons).to.deep.equal([{ kind: 'population', closeness: 'similar' }]);
    expect(scoreRequest({ side: 'na', population: 400_000 }, iida)!.reasons).to.deep.equal([{ kind: 'population', closeness: 'comparable' }]);
    expect(scoreRequest({ side: 'na', population: 600_000 }, iida)!.score).to.equal(0);
  });

  it('scores where the reader wants a partner: an area or a prefecture', () => {
    const iida = byReference(requests, 'REQ-IIDA-0001');
    expect(scoreRequest({ side: 'na', wanted: 'chubu' }, iida)!.reasons[0]).to.include({ kind: 'where-you-want' });
    expect(scoreRequest({ side: 'na', wanted: '20' }, iida)!.score).to.equal(WEIGHTS.whereYouWant);
    expect(scoreRequest({ side: 'na', wanted: 'kyushu-okinawa' }, iida)!.score).to.equal(0);
  });

  it('never offers a community of the same side, nor the request itself', () => {
    const larimer = byReference(requests, 'REQ-LARI-0002');
    expect(scoreRequest({ side: 'na' }, larimer)).to.equal(undefined);
    const profile = profileOf(larimer);
    expect(profile).to.deep.include({ side: 'na', place: 'CO', population: 359066, wanted: 'hokkaido' });
    expect(rankRequests(profile, requests).map((m) => m.request.reference)).to.not.include('REQ-LARI-0002');
  });

  it('ranks for a listed Japanese request: Larimer County (education, agriculture, similar size) before Sherbrooke', () => {
    const ranked = rankRequests(profileOf(byReference(requests, 'REQ-IIDA-0001')), requests);
    expect(ranked.map((m) => m.request.reference)).to.deep.equal(['REQ-SHER-0004', 'REQ-LARI-0002']);
    // Sherbrooke: education and culture, population within 2×; Larimer: education and agriculture, within 5×.
    expect(ranked[0].reasons.map((r) => r.kind)).to.deep.equal(['exchanges', 'population']);
    expect(ranked[1].reasons).to.deep.include({ kind: 'population', closeness: 'comparable' });
  });
});
