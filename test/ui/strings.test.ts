import { expect } from '@open-wc/testing';
import bg from '../../src/ui/strings/bg.js';
import cs from '../../src/ui/strings/cs.js';
import da from '../../src/ui/strings/da.js';
import de from '../../src/ui/strings/de.js';
import el from '../../src/ui/strings/el.js';
import en, { type StringKey, type UiStrings } from '../../src/ui/strings/en.js';
import es from '../../src/ui/strings/es.js';
import et from '../../src/ui/strings/et.js';
import fi from '../../src/ui/strings/fi.js';
import fr from '../../src/ui/strings/fr.js';
import ga from '../../src/ui/strings/ga.js';
import hr from '../../src/ui/strings/hr.js';
import hu from '../../src/ui/strings/hu.js';
import italian from '../../src/ui/strings/it.js';
import lt from '../../src/ui/strings/lt.js';
import lv from '../../src/ui/strings/lv.js';
import mt from '../../src/ui/strings/mt.js';
import nl from '../../src/ui/strings/nl.js';
import pl from '../../src/ui/strings/pl.js';
import pt from '../../src/ui/strings/pt.js';
import ro from '../../src/ui/strings/ro.js';
import sk from '../../src/ui/strings/sk.js';
import sl from '../../src/ui/strings/sl.js';
import sv from '../../src/ui/strings/sv.js';

// `it` is mocha's; the Italian module is imported as `italian`.
const LANGUAGES: Record<string, UiStrings> = {
  bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it: italian,
  lt, lv, mt, nl, pl, pt, ro, sk, sl, sv,
};

const BANNER_BUTTONS: StringKey[] = ['button.acceptAll', 'button.rejectAll', 'button.customise'];
const englishKeys = Object.keys(en).sort();

/** The `{placeholders}` of a string, sorted, so two strings compare as multisets. */
function placeholders(text: string): string[] {
  return (text.match(/\{[^{}]*\}/g) ?? []).sort();
}

describe('built-in UI strings', () => {
  it('cover English and the 23 other official EU languages', () => {
    expect(Object.keys(LANGUAGES)).to.have.length(24);
  });

  for (const [code, strings] of Object.entries(LANGUAGES)) {
    describe(code, () => {
      it('has exactly the English keys', () => {
        expect(Object.keys(strings).sort()).to.deep.equal(englishKeys);
      });

      it('has non-empty, trimmed, plain-text strings', () => {
        for (const [key, text] of Object.entries(strings)) {
          expect(text, key).to.not.equal('');
          expect(text, key).to.equal(text.trim());
          expect(text, key).to.not.include('<');
        }
      });

      it('keeps the placeholders of each English string', () => {
        for (const key of Object.keys(en) as StringKey[]) {
          expect(placeholders(strings[key]), key).to.deep.equal(placeholders(en[key]));
        }
      });

      it('keeps the banner buttons short enough for a phone', () => {
        for (const key of BANNER_BUTTONS) {
          expect(strings[key].length, `${key}: ${strings[key]}`).to.be.at.most(24);
        }
      });
    });
  }
});
