/**
 * `--demo` only: three published origin stories, so that the demo's stories reader and the
 * directory's "Read the origin story" have something to show — Saint Paul–Nagasaki (written in
 * English, translated into Japanese and French, with a photo given with permission and Nagasaki's
 * side), Seattle–Kobe (written in Japanese, translated into English) and Montréal–Hiroshima (written
 * in French, not translated). Each goes the way a real one does: checked by the story schema, saved
 * with its photo by the store (as the form's POST does), moved received → in-review → approved by
 * "demo seed", given a public version checked as the staff editor's PUT checks it, and published.
 * Idempotent: a story already seeded (found by its seed address) is left as it is.
 */
import * as z from 'zod/mini';
import { storySchema, type StoryPayload } from '../../src/schema/story.js';
import type { PublicStory } from '../../src/schema/public.js';
import { checkPublicVersion, initialPublicVersion } from '../publish/public-version.js';
import type { Store } from '../store/index.js';
import { demoPhoto } from './demo-photo.js';

const BY = 'demo seed';
const EMAIL = 'seed-stories@demo.invalid';

interface Seed {
  /** The idempotency key the story is saved under, and its mark in the seed address (`+key`). */
  key: string;
  answers: Omit<StoryPayload, 'submitter' | 'consent' | 'partner_coauthor'>;
  /** What staff add to the first draft of the public version. */
  public: Partial<PublicStory>;
  photo?: { hue: number };
}

const SEEDS: Seed[] = [
  {
    key: 'saint-paul-nagasaki',
    answers: {
      na_city: { country: 'US', region: 'MN', name: 'Saint Paul' },
      jp_city: { prefecture: 42, name: 'Nagasaki' },
      established: '1955-12-07',
      story:
        'Ten years after the war, Saint Paul reached out to a Japanese city as a partner in friendship, and Nagasaki answered. ' +
        '(A demo story: the date is on record, the telling is ours.)\n\n' +
        'On 7 December 1955 the two cities became the first sister cities between the United States and Japan. ' +
        'Students, artists and city staff have crossed the Pacific ever since.',
      connections: ['friendship', 'culture', 'education'],
      language: 'en',
      dates: [
        { date: '1955-12-07', event: 'The affiliation is approved by both cities' },
        { date: '1956', event: 'The first exchange of gifts and letters between schoolchildren' },
        { date: '2005-12', event: 'Fiftieth anniversary celebrations in both cities' },
      ],
      people: [
        { family_name: 'Dillon', given_name: 'Joseph', role: 'Mayor of Saint Paul', side: 'na' },
        { family_name: '田川', given_name: '務', role: 'Mayor of Nagasaki', side: 'jp' },
      ],
      photos: [{ file: { part: 'photo-0', name: 'friendship.png', type: 'image/png', size: 0 }, caption: 'The harbour at sunset, as the first delegation saw it', date: '1956', credit: 'Saint Paul–Nagasaki Sister City Committee', permission: true }],
    },
    public: {
      alt_names: { na_city: 'セントポール市', jp_city: '長崎市' },
      translations: {
        story: {
          ja:
            '戦後十年、セントポールは友好のパートナーとして日本の都市に手を差し伸べ、長崎がそれに応えました。（デモ用の物語です。日付は記録のとおり、文章は創作です。）\n\n' +
            '1955年12月7日、両市は日米間で最初の姉妹都市となりました。それ以来、学生や芸術家、市の職員が太平洋を渡っています。',
          'fr-CA':
            'Dix ans après la guerre, Saint Paul tendit la main à une ville japonaise, partenaire d’amitié, et Nagasaki répondit. ' +
            '(Récit de démonstration : la date est attestée, le récit est le nôtre.)\n\n' +
            'Le 7 décembre 1955, les deux villes devinrent les premières villes jumelles entre les États-Unis et le Japon.',
        },
      },
      partner_side: {
        story: '長崎市民にとって、セントポールからの申し出は、戦争の傷跡が残る中で世界とつながる希望でした。',
        language: 'ja',
        author: { organisation: '長崎市国際課' },
        translations: { en: 'For the people of Nagasaki, the offer from Saint Paul was a hope of reaching the world while the scars of war remained.' },
      },
    },
    photo: { hue: 0 },
  },
  {
    key: 'seattle-kobe',
    answers: {
      na_city: { country: 'US', region: 'WA', name: 'Seattle' },
      jp_city: { prefecture: 28, name: '神戸市' },
      established: '1957',
      story: '神戸とシアトルは、太平洋を挟んだ二つの港町として結ばれました。港湾の交流から始まり、教育や経済の交流へと広がりました。',
      connections: ['business', 'education'],
      language: 'ja',
      dates: [{ date: '1957', event: '姉妹都市提携' }],
      people: [],
      photos: [],
    },
    public: {
      alt_names: { jp_city: 'Kobe' },
      translations: { story: { en: 'Kobe and Seattle were joined as two port cities facing each other across the Pacific. What began with the ports grew into exchanges in education and business.' } },
    },
  },
  {
    key: 'montreal-hiroshima',
    answers: {
      na_city: { country: 'CA', region: 'QC', name: 'Montréal' },
      jp_city: { prefecture: 34, name: 'Hiroshima' },
      established: '1998',
      story: 'Montréal et Hiroshima se sont rapprochées autour de la paix, de la mémoire et des jardins : le Jardin japonais de Montréal en porte la trace.',
      connections: ['humanitarian', 'culture'],
      language: 'fr',
      dates: [],
      people: [],
      photos: [],
    },
    public: {},
  },
];

async function seedOne(store: Store, seed: Seed): Promise<void> {
  const email = EMAIL.replace('@', `+${seed.key}@`);
  const { rows } = await store.backOffice.listSubmissions({ kind: 'story', q: email });
  let id = rows[0]?.id;
  if (!id) {
    const bytes = seed.photo ? demoPhoto(seed.photo.hue) : undefined;
    const answers = { ...seed.answers, photos: seed.answers.photos.map((p) => ({ ...p, file: { ...p.file, size: bytes!.length } })) };
    const payload = z.parse(storySchema, { ...answers, submitter: { name: 'Demo seed', email }, partner_coauthor: 'yes', consent: true, locale: 'en' });
    const files = bytes ? [{ part: 'photo-0', name: 'friendship.png', type: 'image/png' as const, bytes }] : [];
    const saved = await store.save({ kind: 'story', key: `demo-seed-${seed.key}`, fingerprint: `demo-seed-${seed.key}`, payload, files });
    if (!('id' in saved)) return; // another process is seeding the same story
    id = saved.id;
  }
  let submission = await store.backOffice.submission(id);
  if (!submission) return;
  for (const [from, to] of [['received', 'in-review'], ['in-review', 'approved']] as const) {
    if (submission.status === from) {
      // false: another process (two receivers on one database) is seeding this story.
      if (!(await store.backOffice.setStatus(id, from, to, BY, null))) return;
      submission = { ...submission, status: to };
    }
  }
  if (submission.status !== 'approved') return; // published already (or taken out of the demo by staff)
  const checked = checkPublicVersion(submission, { ...initialPublicVersion('story', submission.payload), ...seed.public });
  if (!checked.ok) throw new Error(`demo story ${seed.key}: ${JSON.stringify(checked.errors)}`);
  await store.backOffice.savePublic(id, checked.version, BY, checked.publicParts);
  await store.backOffice.setStatus(id, 'approved', 'published', BY, null);
}

/** Seeds the demo's published stories (see above); safe to run at every start. */
export async function seedStories(store: Store): Promise<void> {
  for (const seed of SEEDS) await seedOne(store, seed);
}
