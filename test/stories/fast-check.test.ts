import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { loadStories } from '../../src/stories/feed.js';
import { fastStory } from '../../src/stories/fast-check.js';
import { storyShape } from '../../src/stories/slow-check.js';

const feed = async () => ((await (await fetch('/test/fixtures/stories.json')).json()) as { stories: Record<string, unknown>[] }).stories;

const good = {
  reference: 'HAJ-1', na_city: { country: 'US', region: 'MN', name: 'Saint Paul' }, jp_city: { prefecture: 42, name: 'Nagasaki' },
  established: '1955-12-07', story: 'Two harbour cities.', connections: ['friendship'], dates: [{ date: '1956', event: 'Exchange' }],
  people: [{ family_name: 'Dillon', role: 'Mayor' }], photos: [{ url: '/a.png', caption: 'Signing', credit: 'Archives' }],
  partner_side: { story: 'From Nagasaki.' },
};
const hole = (length: number) => Object.assign([], { length });
/** Every way a story can break that the schema knows of, one field at a time, and near misses that pass. */
const variants: unknown[] = [
  good,
  { reference: 'HAJ-2', na_city: { country: 'CA', region: 'QC', name: 'Montréal' }, jp_city: { prefecture: 34, name: 'Hiroshima' }, story: 'x' },
  Object.assign(Object.create(null), good),
  null, 'story', [good], 42,
  ...Object.entries({
    reference: ['', ' ', 7, undefined],
    na_city: [undefined, null, [], 'US', { country: 'MX', region: 'MN', name: 'x' }, { country: 'us', region: 'MN', name: 'x' }, { country: 'US', region: ' ', name: 'x' }, { country: 'US', region: 'MN' }],
    jp_city: [undefined, { prefecture: 0, name: 'x' }, { prefecture: 48, name: 'x' }, { prefecture: 4.5, name: 'x' }, { prefecture: '42', name: 'x' }, { prefecture: Number.NaN, name: 'x' }, { prefecture: 1, name: '' }, { prefecture: 47, name: 'x' }],
    established: ['1955', '1955-13', '1999-02-30', '', 1955, null, undefined],
    story: ['', '\n', 5, undefined],
    connections: [[], ['a', 1], 'friendship', null, undefined, hole(1)],
    dates: [[{ date: '1956-02', event: 'x' }], [{ date: 'soon', event: 'x' }], [{ date: '1956', event: '' }], [{ event: 'x' }], [null], hole(2)],
    people: [[{ family_name: 'x', role: '' }], [{ family_name: '', role: 'x' }], [{ family_name: 'x' }], [{ family_name: 'x', role: 3 }]],
    photos: [[{ url: 'x', caption: '', credit: '' }], [{ url: '', caption: 'x', credit: 'x' }], [{ url: 'x', caption: 'x' }], [new Date()]],
    partner_side: [{ story: 'x' }, { story: '' }, {}, 'x', null, undefined],
    extra: ['kept'],
  }).flatMap(([field, values]) => values.map((value) => ({ ...good, [field]: value }))),
];

describe('the fast check of stories (src/stories/fast-check.ts)', () => {
  it('agrees with the schema: every story it accepts, the schema accepts; it accepts every story the schema does on this data', async () => {
    let fast = 0;
    let valid = 0;
    for (const story of [...(await feed()), ...variants]) {
      const schema = z.safeParse(storyShape, story).success;
      if (schema) valid++;
      if (!fastStory(story)) continue;
      fast++;
      expect(schema, JSON.stringify(story)).to.equal(true);
    }
    expect(fast).to.equal(valid);
    expect(valid, "stories the schema accepts").to.be.at.least(15);
  });

  it('answers a good feed at once, and loads the schema only to say why a story is skipped', async () => {
    const stories = await feed();
    const good = loadStories(stories.slice(0, 3));
    if (good instanceof Promise) throw new Error('a good feed was answered with a promise');
    expect(good.entries).to.have.length(3);
    const mixed = loadStories({ stories });
    expect(mixed).to.be.instanceOf(Promise);
    const { entries, skipped } = await mixed;
    expect(entries).to.have.length(3);
    expect(skipped).to.deep.equal([{ row: 4, reason: skipped[0].reason }]);
    expect(skipped[0].reason).to.contain('jp_city');
  });
});
