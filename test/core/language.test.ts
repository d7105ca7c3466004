import { expect } from '@open-wc/testing';
import { newConsentId } from '../../src/core/consent-id.js';
import { pickLanguage } from '../../src/core/language.js';

describe('core/language and core/consent-id', () => {
  it('picks the first available language, matching a region tag to its language', () => {
    expect(pickLanguage(['en', 'de', 'fr'], ['', 'de-AT', 'fr'])).to.equal('de');
    expect(pickLanguage(['en', 'de'], [null, undefined, 'FR', 'DE'])).to.equal('de');
    expect(pickLanguage(['en', 'de'], ['pt-BR'])).to.equal('en');
  });

  it('makes random version-4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 50 }, newConsentId));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
