import { expect } from '@open-wc/testing';
import { keyName, keyOfPairing, keysOfPairing, pairingKey } from '../../src/schema/pairing-key.js';

describe('pairing keys', () => {
  it('names Saint Paul–Nagasaki as the documented example', () => {
    expect(pairingKey({ country: 'US', region: 'MN', name: 'Saint Paul' }, { prefecture: 42, name: 'Nagasaki' })).to.equal('US-MN-saint-paul/42-nagasaki');
  });

  it('drops accents, case and punctuation, and keeps Japanese names as written', () => {
    expect(keyName('Montréal')).to.equal('montreal');
    expect(keyName('  Bloomington–Normal ')).to.equal('bloomington-normal');
    expect(keyName('Ｋｏｂｅ')).to.equal('kobe');
    expect(keyName('Kōbe')).to.equal('kobe');
    expect(keyName('長崎市')).to.equal('長崎市');
    expect(pairingKey({ country: 'ca', region: 'qc', name: 'Montréal' }, { prefecture: 34, name: 'Hiroshima' })).to.equal('CA-QC-montreal/34-hiroshima');
  });

  it('gives a directory record its key, and every key a story about it may carry', () => {
    const record = { na_country: 'US', na_region: 'MN', na_name: 'Saint Paul', na_name_ja: 'セントポール市', jp_prefecture: 42, jp_name: 'Nagasaki', jp_name_ja: '長崎市' };
    expect(keyOfPairing(record)).to.equal('US-MN-saint-paul/42-nagasaki');
    expect(keysOfPairing(record)).to.deep.equal([
      'US-MN-saint-paul/42-nagasaki', 'US-MN-saint-paul/42-長崎市', 'US-MN-セントポール市/42-nagasaki', 'US-MN-セントポール市/42-長崎市',
    ]);
    expect(keysOfPairing({ ...record, na_name_ja: undefined, jp_name_ja: undefined })).to.deep.equal(['US-MN-saint-paul/42-nagasaki']);
  });

  it('tells two Portlands apart by their state', () => {
    const oregon = keyOfPairing({ na_country: 'US', na_region: 'OR', na_name: 'Portland', jp_prefecture: 1, jp_name: 'Sapporo' });
    const maine = keyOfPairing({ na_country: 'US', na_region: 'ME', na_name: 'Portland', jp_prefecture: 1, jp_name: 'Sapporo' });
    expect(oregon).to.not.equal(maine);
  });
});
