import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, newToken, openPage, reloadPage, requestedScripts, resetSite } from '../support/site-page.js';

/** A tracker on another host name of this same test server: 127.0.0.1 instead of localhost. */
const foreignTracker = (token: string, name: string): string => `http://127.0.0.1:${location.port}/__tracker/${token}/${name}.js`;
const CONFIG = { ...BASIC_CONFIG, autoBlock: { analytics: ['127.0.0.1'] } };
/** The lite build leaves automatic blocking out; it only gates tags the site marked. */
const LITE_EMBED = '/dist/web/cookie-consent-lite.js';
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic blocking of tracker hosts through the embed', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a tracker script the site inserts later is not fetched before consent, and runs once analytics is granted', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG });
    const script = page.doc.createElement('script');
    script.src = foreignTracker(token, 'tagmanager');
    page.doc.head.append(script);
    const frame = page.doc.createElement('div');
    frame.innerHTML = `<iframe src="${foreignTracker(token, 'frame')}" title="tracker"></iframe>`;
    page.doc.body.append(frame);
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => (page.win.__ran ?? []).includes('tagmanager'), 'the tracker did not run after consent');
    await waitUntil(async () => (await requestedScripts(token)).includes('frame'));
  });

  it('a tracker written in the page markup never executes before consent', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG, head: `<script src="${foreignTracker(token, 'inmarkup')}"></script>` });
    await page.win.CookieConsent.rejectAll();
    await settle();
    // The browser's preload scanner may fetch it; it must never run.
    expect(page.win.__ran ?? []).to.deep.equal([]);
  });

  it('with a refusal, an inserted tracker stays blocked; the site’s own scripts are untouched', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.rejectAll();
    const tracker = page.doc.createElement('script');
    tracker.src = foreignTracker(token, 'after-refusal');
    page.doc.head.append(tracker);
    const own = page.doc.createElement('script');
    own.src = `/__tracker/${token}/own-script.js`;
    page.doc.head.append(own);
    await waitUntil(() => (page.win.__ran ?? []).includes('own-script'));
    await settle();
    expect(await requestedScripts(token)).to.deep.equal(['own-script']);
  });

  it('for a returning visitor (the loader alone), a refused tracker stays blocked and a granted one runs', async () => {
    const token = newToken();
    let page = await openPage({ config: { ...CONFIG, autoBlock: { analytics: ['127.0.0.1'], marketing: ['127.0.0.2'] } } });
    await page.win.CookieConsent.save({ analytics: true, marketing: false });
    page = await reloadPage(page);
    const files = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).pathname);
    expect(files.filter((path) => path.startsWith('/dist/'))).to.deep.equal(['/dist/web/cookie-consent.js']);
    for (const [host, name] of [['127.0.0.1', 'granted'], ['127.0.0.2', 'refused']]) {
      const script = page.doc.createElement('script');
      script.src = `http://${host}:${location.port}/__tracker/${token}/${name}.js`;
      page.doc.head.append(script);
    }
    await waitUntil(() => (page.win.__ran ?? []).includes('granted'), 'the granted tracker did not run');
    await settle();
    expect(await requestedScripts(token)).to.deep.equal(['granted']);
  });

  it('an unmarked Google Ads (AW-) or Floodlight (DC-) gtag.js waits for marketing; a G- one runs with analytics', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const inserted: Record<string, HTMLScriptElement> = {};
    for (const id of ['AW-123456789', 'DC-1234567', 'G-ABC123']) {
      const script = page.doc.createElement('script');
      script.src = `https://www.googletagmanager.com/gtag/js?id=${id}`;
      page.doc.head.append(script);
      inserted[id] = script;
    }
    expect(inserted['AW-123456789']!.getAttribute('data-category')).to.equal('marketing');
    expect(inserted['DC-1234567']!.getAttribute('data-category')).to.equal('marketing');
    expect(inserted['G-ABC123']!.getAttribute('data-category')).to.equal('analytics');
    await page.win.CookieConsent.save({ analytics: true });
    await waitUntil(() => page.doc.querySelector('script[data-cookie-consent-activated][src*="G-ABC123"]'), 'the analytics tag was not released');
    await settle();
    expect(page.doc.querySelector('script[data-cookie-consent-activated][src*="AW-"], script[data-cookie-consent-activated][src*="DC-"]')).to.equal(null);
    expect(inserted['AW-123456789']!.type).to.equal('text/plain');
  });

  it('the lite build does not block by host, and says which build does when the config asks for it', async () => {
    const token = newToken();
    const page = await openPage({ embedSrc: LITE_EMBED, config: CONFIG });
    const script = page.doc.createElement('script');
    script.src = foreignTracker(token, 'unmarked');
    page.doc.head.append(script);
    await waitUntil(async () => (await requestedScripts(token)).includes('unmarked'), 'the lite build blocked an unmarked tag');
    await waitUntil(() => page.win.__warnings.some((warning) => warning.includes('cookie-consent-lite.js does not block automatically')), 'no warning about the build');
    expect(page.win.__warnings.filter((warning) => warning.includes('autoBlock'))).to.have.length(1);
  });
});
