// The generated tables answer every translated message, the first one included (lit-localize
// indents its first entry, and scripts/message-tables.mjs once dropped it: "Friendship" stayed English).
import { expect } from '@open-wc/testing';
import { strings } from '../../src/generated/strings/all.js';
import { inLocale, loadLocale, msg } from '../../src/i18n/localize.js';

for (const locale of ['ja', 'fr-CA'] as const) {
  it(`every ${locale} message without placeholders comes out of the tables as xliff/${locale}.xlf translates it`, async () => {
    await loadLocale(locale, strings);
    const xml = await (await fetch(`/xliff/${locale}.xlf`)).text();
    const units = [...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('trans-unit')]
      .filter((unit) => !unit.querySelector('x'));
    expect(units.length).to.be.greaterThan(200);
    const wrong = units.flatMap((unit) => {
      const id = unit.getAttribute('id')!;
      const source = unit.querySelector('source')!.textContent!;
      const target = unit.querySelector('target')!.textContent!;
      const shown = inLocale(locale, () => msg(source, /^s[0-9a-f]{16}$/.test(id) ? undefined : { id }));
      return shown === target ? [] : [`${id} "${source}" → "${shown}", not "${target}"`];
    });
    expect(wrong).to.deep.equal([]);
    expect(inLocale(locale, () => msg('Friendship', { id: 'connection-friendship' }))).to.equal(locale === 'ja' ? '友情・交流' : 'Amitié');
  });
}
