/**
 * `npm start` (`--demo`): a few published partner requests of both directions, so the board on the demo
 * pages has something to show — a Japanese municipality (Iida), a North American county (Larimer County),
 * a prefecture (Tottori) and a Québec city (Sherbrooke). Demo data: realistic places, invented requests.
 *
 * Each goes the way a real one does: stored as a submission (checked by the request contract), moved
 * received → in-review → approved by "demo-seed", given its public version (the answers minus anything
 * personal, checked as staff's would be, with translations) and published. Idempotent: a request already
 * seeded (same community, the seed's submitter) is only moved on to published if it is not there yet.
 */
import * as z from 'zod/mini';
import { requestSchema, type RequestPayload } from '../../src/schema/request.js';
import { checkPublicVersion, initialPublicVersion } from '../publish/public-version.js';
import type { PublicRequest } from '../../src/schema/public.js';
import type { Status, Store } from '../store/index.js';

const SEEDER = 'demo-seed';
const SUBMITTER = { name: 'Demo data', email: 'demo-seed@example.org' };
const CONTACT = [{ name: 'Demo contact', title: 'International relations', organisation: 'Demo', email: 'demo-seed@example.org' }];

type Seed = { payload: Omit<RequestPayload, 'contacts' | 'submitter' | 'consent'>; translations: PublicRequest['translations'] };

const SEEDS: Seed[] = [
  {
    payload: {
      direction: 'jp-seeking-na',
      jp_community: { prefecture: 20, name: '飯田市', level: 'city' },
      population: { count: 97_415, as_of: 2020 },
      area: { value: 658.66, unit: 'km2' },
      geography: '南アルプスと中央アルプスに挟まれた伊那谷の南部。中部国際空港からバスで約2時間30分。',
      activities: 'りんご・梨などの果樹栽培、精密機械工業、「いいだ人形劇フェスタ」。',
      history: '江戸時代から人形浄瑠璃が受け継がれています。',
      expectations: '中高生の相互訪問と、農業者どうしの交流を望んでいます。',
      exchanges: ['education-youth', 'culture-arts', 'agriculture'],
      partner_preferences: '人口5万～15万人程度の北米の市。できれば太平洋岸北西部で、大学と果樹園のあるところ。',
    },
    translations: {
      geography: { en: 'The south of the Ina Valley, between the Southern and Central Alps; about 2½ hours by bus from Chubu Centrair International Airport.', 'fr-CA': 'Le sud de la vallée d’Ina, entre les Alpes du Sud et les Alpes centrales; environ 2 h 30 en autocar de l’aéroport international du Chūbu.' },
      activities: { en: 'Apple and pear orchards, precision machinery, the Iida Puppet Festa.', 'fr-CA': 'Vergers de pommes et de poires, mécanique de précision, l’Iida Puppet Festa.' },
      expectations: { en: 'Visits of secondary-school students both ways, and exchanges between farmers.', 'fr-CA': 'Des visites d’élèves du secondaire dans les deux sens et des échanges entre agriculteurs.' },
      partner_preferences: { en: 'A North American city of 50,000 to 150,000 people, ideally in the Pacific Northwest, with a university and orchards.', 'fr-CA': 'Une ville nord-américaine de 50 000 à 150 000 habitants, idéalement dans le Nord-Ouest Pacifique, avec une université et des vergers.' },
    },
  },
  {
    payload: {
      direction: 'na-seeking-jp',
      na_community: { country: 'US', region: 'CO', name: 'Larimer County', level: 'county' },
      population: { count: 359_066, as_of: 2020 },
      area: { value: 2634, unit: 'sq-mi' },
      geography: 'The Front Range of the Rocky Mountains, about an hour by road from Denver International Airport.',
      activities: 'Colorado State University, agricultural research, outdoor recreation, clean-energy firms.',
      expectations: 'University and high-school exchanges, and cooperation in agricultural technology.',
      exchanges: ['education-youth', 'technology', 'agriculture'],
      partner_preferences: 'A city or prefecture in Hokkaido or Tohoku with a university and farming.',
    },
    translations: {
      partner_preferences: { ja: '大学と農業のある北海道または東北の市や県。', 'fr-CA': 'Une ville ou une préfecture de Hokkaido ou du Tōhoku avec une université et de l’agriculture.' },
      expectations: { ja: '大学・高校の交流と、農業技術での協力。', 'fr-CA': 'Des échanges universitaires et scolaires, et une coopération en technologie agricole.' },
    },
  },
  {
    payload: {
      direction: 'jp-seeking-na',
      jp_community: { prefecture: 31, name: '鳥取県', level: 'prefecture' },
      population: { count: 553_407, as_of: 2020 },
      area: { value: 3507.14, unit: 'km2' },
      geography: '日本海に面し、鳥取砂丘があります。米子鬼太郎空港・鳥取砂丘コナン空港から国際線に接続。',
      activities: '観光、水産業、梨の栽培。',
      expectations: '観光と経済の交流を望んでいます。',
      exchanges: ['tourism', 'economy-trade', 'sports'],
      partner_preferences: '西海岸の米国の州またはカナダの州。',
    },
    translations: {
      partner_preferences: { en: 'A US state or Canadian province on the West Coast.', 'fr-CA': 'Un État américain ou une province canadienne de la côte Ouest.' },
      expectations: { en: 'Tourism and trade exchanges.', 'fr-CA': 'Des échanges touristiques et commerciaux.' },
    },
  },
  {
    payload: {
      direction: 'na-seeking-jp',
      na_community: { country: 'CA', region: 'QC', name: 'Sherbrooke', level: 'city' },
      population: { count: 172_950, as_of: 2021 },
      area: { value: 366.2, unit: 'km2' },
      geography: 'Les Cantons-de-l’Est, à environ 1 h 30 de l’aéroport international Montréal-Trudeau.',
      activities: 'Deux universités, un centre hospitalier universitaire, des industries de pointe.',
      expectations: 'Des échanges universitaires et culturels.',
      exchanges: ['culture-arts', 'education-youth', 'technology'],
      partner_preferences: 'Une ville universitaire du Kansai ou de Kyushu.',
    },
    translations: {
      partner_preferences: { en: 'A university city in Kansai or Kyushu.', ja: '関西または九州の大学のある市。' },
    },
  },
];

const nameOf = (payload: Seed['payload']) => (payload.na_community ?? payload.jp_community)!.name;
const PATH: Status[] = ['received', 'in-review', 'approved', 'published'];

/** Stores and publishes the demo requests that are not published yet; returns how many it published. */
export async function seedRequests(store: Store): Promise<number> {
  const office = store.backOffice;
  let published = 0;
  for (const seed of SEEDS) {
    const name = nameOf(seed.payload);
    const { rows } = await office.listSubmissions({ kind: 'request', q: name });
    const mine = rows.find((row) => {
      const payload = row.payload as RequestPayload;
      return payload.submitter?.email === SUBMITTER.email && (payload.na_community ?? payload.jp_community)?.name === name;
    });
    let id = mine?.id;
    let status: Status = mine?.status ?? 'received';
    if (!id) {
      const payload = z.parse(requestSchema, { ...seed.payload, contacts: CONTACT, submitter: SUBMITTER, consent: true, locale: seed.payload.direction === 'jp-seeking-na' ? 'ja' : 'en' });
      const saved = await store.save({ kind: 'request', key: `demo-seed-${name}`, fingerprint: `demo-seed-${name}`, payload, files: [] });
      if (!('id' in saved)) continue;
      id = saved.id;
    }
    if (status === 'published' || !PATH.includes(status)) continue;
    for (let step = PATH.indexOf(status); step < PATH.length - 1; step++) {
      const next = PATH[step + 1];
      if (next === 'published') {
        const detail = (await office.submission(id))!;
        const version = { ...(initialPublicVersion('request', detail.payload) as PublicRequest), translations: seed.translations };
        const checked = checkPublicVersion(detail, version);
        if (!checked.ok) throw new Error(`demo seed ${name}: ${JSON.stringify(checked.errors)}`);
        await office.savePublic(id, checked.version, SEEDER, checked.publicParts);
      }
      if (!(await office.setStatus(id, status, next, SEEDER, null))) break;
      status = next;
    }
    if (status === 'published') published++;
  }
  return published;
}
