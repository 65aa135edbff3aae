import { expect } from '@open-wc/testing';
import { filterStories, loadStories, storyFacets } from '../../src/stories/feed.js';
import { keyName, pairingKey, storyKey } from '../../src/schema/pairing-key.js';
import { shownText } from '../../src/stories/text.js';

const feed = async () => (await fetch('/test/fixtures/stories.json')).json();

describe('pairing keys (src/schema/pairing-key.ts)', () => {
  it('folds names so the directory and a story agree on one key', () => {
    expect(pairingKey({ country: 'US', region: 'MN', name: 'Saint Paul' }, { prefecture: 42, name: 'Nagasaki' })).to.equal('US-MN-saint-paul/42-nagasaki');
    expect(pairingKey({ country: 'us', region: 'mn', name: 'St. Paul' }, { prefecture: 42, name: 'Nagasaki City' })).to.equal('US-MN-saint-paul/42-nagasaki');
    expect(keyName('Kōbe-shi')).to.equal('kobe');
    expect(keyName('Montréal')).to.equal('montreal');
    expect(keyName('Bloomington-Normal')).to.equal('bloomington-normal');
    expect(keyName('Shinagawa-ku')).to.equal('shinagawa');
    expect(keyName('Ku')).to.equal('ku', 'a one-word name is never emptied');
  });

  it('uses the Latin-script name staff gave when a story names a city in Japanese', () => {
    expect(storyKey({ na_city: { country: 'US', region: 'WA', name: 'Seattle' }, jp_city: { prefecture: 28, name: '神戸市' }, alt_names: { jp_city: 'Kobe' } }))
      .to.equal('US-WA-seattle/28-kobe');
  });
});

describe('reading the stories feed (src/stories/feed.ts)', () => {
  it('keeps the stories it can show, skips the others with a reason, and drops unsafe photo URLs', async () => {
    const { entries, skipped } = await loadStories(await feed());
    expect(entries.map((e) => e.key)).to.deep.equal(['US-MN-saint-paul/42-nagasaki', 'US-WA-seattle/28-kobe', 'CA-QC-montreal/34-hiroshima']);
    expect(skipped).to.have.length(1);
    expect(skipped[0].row).to.equal(4);
    expect(skipped[0].reason).to.contain('jp_city');
    expect(entries[2].story.photos).to.deep.equal([]);
    expect(() => loadStories({ pairings: [] })).to.throw(/neither an array/);
  });

  it('filters by state, prefecture, decade, connection, pairing and a folded search', async () => {
    const { entries } = await loadStories(await feed());
    const refs = (filters: Parameters<typeof filterStories>[1]) => filterStories(entries, filters).map((e) => e.story.reference.slice(-1));
    expect(refs({ region: 'WA' })).to.deep.equal(['2']);
    expect(refs({ prefecture: 42 })).to.deep.equal(['1']);
    expect(refs({ decade: 1950 })).to.deep.equal(['1', '2']);
    expect(refs({ connection: 'humanitarian' })).to.deep.equal(['3']);
    expect(refs({ pairing: 'US-MN-saint-paul/42-nagasaki' })).to.deep.equal(['1']);
    expect(refs({ search: 'montreal' })).to.deep.equal(['3']);
    expect(refs({ search: 'こうべ' })).to.deep.equal([], 'no kana reading of a city is in the feed');
    expect(refs({ search: '兵庫' })).to.deep.equal(['2'], 'prefecture names in Japanese');
    expect(refs({ search: 'ながさき' })).to.deep.equal(['1'], 'prefecture readings');
    expect(refs({ search: 'dillon' })).to.deep.equal(['1'], 'people');
    const facets = storyFacets(entries);
    expect(facets.decades).to.deep.equal([1950, 1990]);
    expect(facets.prefectures).to.deep.equal([28, 34, 42]);
  });
});

describe('which text a reader sees (src/stories/text.ts)', () => {
  it('a translation into the reader\'s language, else the original marked with its language', () => {
    expect(shownText('Hello', 'en', { ja: 'こんにちは' }, 'ja')).to.deep.equal({ text: 'こんにちは', lang: 'ja', untranslated: false });
    expect(shownText('Hello', 'en', { ja: 'こんにちは' }, 'en')).to.deep.equal({ text: 'Hello', lang: 'en', untranslated: false });
    expect(shownText('Hello', 'en', undefined, 'fr-CA')).to.deep.equal({ text: 'Hello', lang: 'en', untranslated: true });
    expect(shownText('Bonjour', 'fr', undefined, 'fr-CA')).to.deep.equal({ text: 'Bonjour', lang: 'fr', untranslated: false });
    expect(shownText('神戸', undefined, undefined, 'en')).to.deep.equal({ text: '神戸', lang: 'ja', untranslated: true });
  });
});
