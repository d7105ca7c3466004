import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, buttonNamed, openPage, resetSite, waitForBanner, widget, type SitePage } from '../support/site-page.js';

/** The language chunks this page fetched. */
const stringChunks = (page: SitePage): string[] =>
  page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/dist/i18n/'));

describe('languages', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('follows <html lang>, and fetches only that language’s strings', async () => {
    const page = await openPage({ config: BASIC_CONFIG, lang: 'de-AT' });
    const banner = await waitForBanner(page);
    expect(buttonNamed(banner, 'Alle ablehnen')).to.exist;
    expect(page.doc.querySelector('cookie-consent')!.lang).to.equal('de');
    expect(stringChunks(page)).to.deep.equal(['/dist/i18n/de.js']);
  });

  it('the config’s language wins over the page’s', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, language: 'fr' }, lang: 'de' });
    const banner = await waitForBanner(page);
    expect(buttonNamed(banner, 'Tout refuser')).to.exist;
  });

  it('an unknown language falls back to English and fetches no language file', async () => {
    const page = await openPage({ config: BASIC_CONFIG, lang: 'ja' });
    const banner = await waitForBanner(page);
    // The browser's own languages come next; the test browsers are set to English.
    expect(buttonNamed(banner, 'Reject all')).to.exist;
    expect(stringChunks(page)).to.deep.equal([]);
  });

  it('texts override built-in strings, and a site can bring a right-to-left language of its own', async () => {
    const page = await openPage({
      config: { ...BASIC_CONFIG, texts: { ar: { 'button.rejectAll': 'رفض الكل', 'banner.title': 'خيارات الخصوصية' }, en: { 'button.customise': 'Choose' } } },
      lang: 'ar',
    });
    const banner = await waitForBanner(page);
    const element = page.doc.querySelector('cookie-consent')!;
    expect(element.lang).to.equal('ar');
    expect(element.dir).to.equal('rtl');
    expect(buttonNamed(banner, 'رفض الكل')).to.exist;
    // Strings it does not translate come from English.
    expect(buttonNamed(banner, 'Accept all')).to.exist;
  });

  it('the footer link speaks the UI language from the first page load, without the UI', async () => {
    let page = await openPage({ config: BASIC_CONFIG, lang: 'pl', body: '<footer><cookie-consent-link></cookie-consent-link></footer>' });
    await page.win.CookieConsent.rejectAll();
    page = await openPage({ config: BASIC_CONFIG, lang: 'pl', body: '<footer><cookie-consent-link></cookie-consent-link></footer>' });
    const slot = page.doc.querySelector('cookie-consent-link')!.shadowRoot!.querySelector('slot')!;
    await waitUntil(() => slot.textContent === 'Ustawienia plików cookie');
    expect(widget(page)).to.equal(null);
  });
});
