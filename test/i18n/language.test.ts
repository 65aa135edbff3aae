import { expect, fixture, html } from '@open-wc/testing';
import { matchLanguage, resolveLanguage } from '../../src/i18n/language.js';
import { formatList, formatPartialDate } from '../../src/i18n/format.js';

describe('language', () => {
  it('maps language tags to en, ja or fr-CA', () => {
    expect(matchLanguage('ja-JP')).to.equal('ja');
    expect(matchLanguage('fr')).to.equal('fr-CA');
    expect(matchLanguage('fr-CA')).to.equal('fr-CA');
    expect(matchLanguage('en-US')).to.equal('en');
    expect(matchLanguage('de')).to.equal('en');
    expect(matchLanguage('')).to.equal('en');
  });

  it('uses the closest lang, across a shadow root, before <html lang>', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="fr-CA"><span></span><section lang="ja"></section></div>`);
    expect(resolveLanguage(outer.querySelector('span')!)).to.equal('fr-CA');
    const host = outer.querySelector('section')!;
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLanguage(inner)).to.equal('ja');
  });
});

describe('dates', () => {
  it('formats only the parts a date has, in each language and in the Japanese era calendar', () => {
    expect(formatPartialDate('1955-12-07', 'en')).to.equal('December 7, 1955');
    expect(formatPartialDate('2014-11', 'fr-CA')).to.equal('novembre 2014');
    expect(formatPartialDate('1957', 'ja')).to.equal('1957年');
    expect(formatPartialDate('1955-12-07', 'ja', 'japanese')).to.equal('昭和30年12月7日');
    expect(formatPartialDate('2014-11', 'ja', 'japanese')).to.equal('平成26年11月');
    expect(formatPartialDate('1955-12-07', 'en', 'japanese')).to.equal('December 7, 1955');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['Business', 'Culture', 'Sports'], 'en')).to.equal('Business, Culture, Sports');
    expect(formatList(['ビジネス', '文化'], 'ja')).to.equal('ビジネス、文化');
    expect(formatList(['Affaires', 'Culture'], 'fr-CA')).to.equal('Affaires, Culture');
    expect(formatList(['Business'], 'en')).to.equal('Business');
  });
});
