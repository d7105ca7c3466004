import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, buttonNamed, newToken, openPage, requestedScripts, resetSite, waitForBanner, widget, type SitePage } from '../support/site-page.js';

/** The language chunks this page fetched. */
const stringChunks = (page: SitePage): string[] =>
  page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/i18n/'))
    // Named as within the widget's web folder, without the chunks' content-hashed subfolder.
    .map((path) => path.replace(/^\/dist\/web\/[0-9a-f]{12}\//, '/dist/'));

/** The footer link's visible text. */
const linkText = (page: SitePage): string | null | undefined =>
  page.doc.querySelector('cookie-consent-link')?.shadowRoot?.querySelector('slot')?.textContent;

/** A page with a footer link whose every fetch the server records under `token` (read with requestedScripts). */
const footerPage = (token: string, lang: string, config: unknown = BASIC_CONFIG) =>
  openPage({ config, lang, embedSrc: `/__dist-log/${token}/cookie-consent.js`, body: '<footer><cookie-consent-link></cookie-consent-link></footer>' });

/** A first visit to a Polish page, decided in its banner: the config is now cached, with the Polish label. */
async function decideOnPolishPage(): Promise<void> {
  const first = await footerPage(newToken(), 'pl');
  await waitForBanner(first);
  await first.win.CookieConsent.rejectAll();
}

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

  it('an unknown language falls back to English, and fetches English alone', async () => {
    const page = await openPage({ config: BASIC_CONFIG, lang: 'ja' });
    const banner = await waitForBanner(page);
    // The browser's own languages come next; the test browsers are set to English.
    expect(buttonNamed(banner, 'Reject all')).to.exist;
    expect(stringChunks(page)).to.deep.equal(['/dist/i18n/en.js']);
  });

  it('a first visit fetches the banner’s strings together with its code, not once that has arrived', async () => {
    // The controller takes a second to arrive; the German strings must not wait for it (nor for the UI after it).
    const page = await openPage({ config: BASIC_CONFIG, lang: 'de', embedSrc: '/__dist-slow/cookie-consent-controller.js~strings/cookie-consent.js' });
    const banner = await waitForBanner(page);
    expect(buttonNamed(banner, 'Alle ablehnen')).to.exist;
    const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const controller = entries.find((entry) => entry.name.endsWith('/cookie-consent-controller.js'))!;
    const strings = entries.filter((entry) => entry.name.includes('/i18n/'));
    expect(strings.map((entry) => new URL(entry.name).pathname.replace(/\/[0-9a-f]{12}\//, '/'))).to.deep.equal(['/__dist-slow/cookie-consent-controller.js~strings/i18n/de.js']);
    expect(controller.responseEnd - controller.startTime, 'the controller came at once (from a cache?)').to.be.at.least(900);
    expect(strings[0]!.startTime, 'the strings were requested only once the controller had arrived').to.be.below(controller.responseEnd);
  });

  it('the site’s own language is guessed right from the raw config: English strings under its texts, nothing else fetched', async () => {
    // Arabic is not built in, but the site translates it, so the config's language wins over the page's German,
    // with English underneath: the loader must not guess German.
    const config = { ...BASIC_CONFIG, language: 'ar', texts: { AR: { 'banner.title': 'خيارات الخصوصية' } } };
    const page = await openPage({ config, lang: 'de' });
    const banner = await waitForBanner(page);
    expect(page.doc.querySelector('cookie-consent')!.lang).to.equal('ar');
    expect(buttonNamed(banner, 'Reject all')).to.exist;
    expect(stringChunks(page)).to.deep.equal(['/dist/i18n/en.js']);
  });

  it('when the language’s strings cannot be fetched, the banner shows in English, with one warning', async () => {
    const page = await openPage({ config: BASIC_CONFIG, lang: 'fr', embedSrc: '/__dist-without/i18n%2Ffr.js/cookie-consent.js' });
    const banner = await waitForBanner(page);
    expect(buttonNamed(banner, 'Reject all')).to.exist;
    expect(page.win.__warnings.filter((message) => message.includes('"fr" strings'))).to.have.length(1);
    expect(page.win.__errors).to.deep.equal([]);
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

  it('a returning page labels the footer link from the cache, with no request but the loader', async () => {
    await decideOnPolishPage();
    const token = newToken();
    const page = await footerPage(token, 'pl');
    await waitUntil(() => linkText(page) === 'Ustawienia plików cookie', 'the link is not labelled in Polish');
    expect(page.doc.querySelector('cookie-consent-link')!.shadowRoot!.querySelector('slot')!.lang).to.equal('pl');
    expect(await requestedScripts(token)).to.deep.equal(['cookie-consent.js']);
  });

  it('a page in a language not labelled before fetches that language’s strings once; the next page none', async () => {
    await decideOnPolishPage();
    const token = newToken();
    const german = await footerPage(token, 'de');
    await waitUntil(() => linkText(german) === 'Cookie-Einstellungen', 'the link is not labelled in German');
    const fetched = await requestedScripts(token);
    expect(fetched.filter((file) => file.startsWith('i18n/'))).to.deep.equal(['i18n/de.js']);
    expect(fetched).not.to.include('cookie-consent-ui.js');
    expect(widget(german)).to.equal(null);
    const again = newToken();
    const next = await footerPage(again, 'de');
    await waitUntil(() => linkText(next) === 'Cookie-Einstellungen', 'the link is not labelled in German');
    expect(await requestedScripts(again)).to.deep.equal(['cookie-consent.js']);
  });

  it('the site’s own link.settings text wins, on the first page and, without any fetch, on the next', async () => {
    const config = { ...BASIC_CONFIG, texts: { pl: { 'link.settings': 'Twoja prywatność' } } };
    const first = await footerPage(newToken(), 'pl', config);
    await waitForBanner(first);
    await waitUntil(() => linkText(first) === 'Twoja prywatność', 'the site’s own label is not shown');
    await first.win.CookieConsent.acceptAll();
    const token = newToken();
    const page = await footerPage(token, 'pl', config);
    await waitUntil(() => linkText(page) === 'Twoja prywatność', 'the site’s own label is not shown on the next page');
    expect(await requestedScripts(token)).to.deep.equal(['cookie-consent.js']);
  });
});
