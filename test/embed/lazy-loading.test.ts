import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import {
  BASIC_CONFIG,
  buttonNamed,
  newToken,
  nextChange,
  openDialog,
  openPage,
  readDatabase,
  reloadPage,
  requestedScripts,
  resetSite,
  trackerUrl,
  waitForBanner,
  widget,
  type SitePage,
} from '../support/site-page.js';

/**
 * The widget files a page fetched, in the order it fetched them (the browser's own record), named
 * `/dist/<file>` as within the widget's web folder, without the chunks' content-hashed subfolder.
 */
function widgetFiles(page: SitePage): string[] {
  return (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/web/') || path.startsWith('/__dist-'))
    .map((path) => path.replace(/^\/__dist-\w+\/[^/]+\/|^\/dist\/web\//, '/dist/').replace(/^\/dist\/[0-9a-f]{12}\//, '/dist/'));
}

const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));
const analyticsTag = (token: string): string => `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`;
const FOOTER = '<main><p>Article.</p></main><footer><cookie-consent-link></cookie-consent-link></footer>';
const PLACEHOLDER_CHUNK = '/dist/chunks/cookie-consent-placeholder.js';
const PREFERENCES_CHUNK = '/dist/chunks/preferences-view.js';
const CLEANER_CHUNK = '/dist/chunks/cookie-cleaner.js';
const ENGINE = '/dist/cookie-consent-engine.js';
/** What the engine fetches only when a page needs it. */
const PORTABLE_SHA256_CHUNK = '/dist/chunks/sha256-portable.js';
const OUTBOX_CHUNK = '/dist/chunks/receipt-outbox.js';
const LOG_AUDIT_CHUNK = '/dist/chunks/log-audit.js';
/** BASIC_CONFIG with a cookie declared for analytics, so that there is something to clean. */
const WITH_COOKIE = {
  ...BASIC_CONFIG,
  reloadOnWithdraw: false,
  categories: { ...BASIC_CONFIG.categories, analytics: { services: { stats: { cookies: [{ name: '_lazy_ga' }] } } } },
};
const hasCookie = (page: SitePage): boolean => page.doc.cookie.split(';').some((part) => part.trim().startsWith('_lazy_ga='));
const blockedFrame = (token: string): string =>
  `<main><iframe data-category="marketing" data-src="${trackerUrl(token, 'video')}" title="Harbour video" width="400" height="225"></iframe></main>`;
const placeholder = (page: SitePage) => page.doc.querySelector('cookie-consent-placeholder');

/** First visit: the banner shows, everything is accepted; then the visitor comes back. */
async function returningVisitor(spec: Parameters<typeof openPage>[0]): Promise<SitePage> {
  const first = await openPage(spec);
  await waitForBanner(first);
  await first.win.CookieConsent.acceptAll();
  return reloadPage(first);
}

describe('lazy loading: what a page fetches, and when', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a first visit fetches the controller and the UI first, and the engine only once they have arrived', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await waitForBanner(page);
    const files = widgetFiles(page);
    expect(files[0]).to.equal('/dist/cookie-consent.js');
    expect(files).to.include.members(['/dist/cookie-consent-controller.js', '/dist/cookie-consent-ui.js', '/dist/i18n/en.js']);
    await waitUntil(() => widgetFiles(page).includes('/dist/cookie-consent-engine.js'), 'the engine was not fetched while the banner showed');
    const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const timing = (file: string) => entries.find((entry) => entry.name.endsWith(file))!;
    // It does not compete with the banner's own files.
    for (const file of ['/cookie-consent-ui.js', '/i18n/en.js']) {
      expect(timing('/cookie-consent-engine.js').startTime, file).to.be.at.least(timing(file).responseEnd);
    }
  });

  it('"Accept all" fetches nothing: what records it was made ready while the banner showed', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    await waitUntil(() => widgetFiles(page).includes('/dist/cookie-consent-engine.js'), 'the engine was not fetched while the banner showed');
    await settle();
    const before = widgetFiles(page).length;
    const changed = nextChange(page);
    buttonNamed(banner, 'Accept all').click();
    await changed;
    expect((await page.win.CookieConsent.log()).map((entry) => entry.action)).to.deep.equal(['accept-all']);
    expect(widgetFiles(page).slice(before)).to.deep.equal([]);
  });

  it('the banner comes without the preferences dialog: its chunk is fetched when the pointer reaches Customise', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    await settle();
    expect(widgetFiles(page)).not.to.include(PREFERENCES_CHUNK);
    expect(widget(page)!.querySelector('dialog'), 'the dialog was rendered with the banner').to.equal(null);
    buttonNamed(banner, 'Customise').dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => widgetFiles(page).includes(PREFERENCES_CHUNK), 'hovering Customise did not fetch the preferences');
    buttonNamed(banner, 'Customise').click();
    const dialog = await openDialog(page);
    expect(dialog.querySelectorAll('input[role="switch"]')).to.have.length(2);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('when the preferences chunk cannot be fetched, Customise reports it once and the banner still decides', async () => {
    const page = await openPage({ config: BASIC_CONFIG, embedSrc: '/__dist-without/chunks%2Fpreferences-view.js/cookie-consent.js' });
    const banner = await waitForBanner(page);
    buttonNamed(banner, 'Customise').click();
    await waitUntil(() => page.win.__errors.length > 0, 'no console error');
    await settle();
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0]).to.match(/^cookie-consent: could not load the preferences/);
    expect(page.win.__uncaught).to.deep.equal([]);
    expect(widget(page)!.querySelector('dialog')).to.equal(null);
    const changed = nextChange(page);
    buttonNamed(banner, 'Reject all').click();
    expect((await changed).action).to.equal('reject-all');
  });

  it('recording a decision fetches the engine alone: no portable SHA-256 (Web Crypto is there), no outbox, no export code', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    const changed = nextChange(page);
    buttonNamed(banner, 'Accept all').click();
    await changed;
    expect((await readDatabase()).log).to.have.length(1);
    await settle();
    const files = widgetFiles(page);
    expect(files.filter((file) => file === ENGINE)).to.have.length(1);
    for (const chunk of [PORTABLE_SHA256_CHUNK, OUTBOX_CHUNK, LOG_AUDIT_CHUNK]) expect(files, chunk).not.to.include(chunk);
    // Verifying (an auditor's action) brings its own chunk, and still no portable SHA-256.
    expect(await page.win.CookieConsent.verifyLog()).to.deep.equal({ ok: true, entries: 1, problems: [] });
    expect(widgetFiles(page)).to.include(LOG_AUDIT_CHUNK);
    expect(widgetFiles(page)).not.to.include(PORTABLE_SHA256_CHUNK);
  });

  it('a config that names a collector fetches the outbox chunk, which sends the decision', async () => {
    const token = newToken();
    const config = { ...BASIC_CONFIG, collector: { url: `${location.origin}/__collector/${token}` } };
    const page = await openPage({ config });
    await page.win.CookieConsent.acceptAll();
    await waitUntil(async () => (await readDatabase()).receipts.length === 1, 'no receipt was stored');
    expect(widgetFiles(page)).to.include(OUTBOX_CHUNK);
  });

  it('the cleaner is fetched only when refused purposes left something behind, and has deleted it by ready', async () => {
    let page = await openPage({ config: WITH_COOKIE });
    await waitForBanner(page);
    await settle();
    expect(widgetFiles(page)).not.to.include(CLEANER_CHUNK);
    // A tracker cookie from before the widget was there: the next page deletes it before anything else.
    page.doc.cookie = '_lazy_ga=1; path=/';
    page = await reloadPage(page);
    expect(hasCookie(page), 'the refused purpose’s cookie survived until ready').to.equal(false);
    expect(widgetFiles(page)).to.include(CLEANER_CHUNK);
  });

  it('when the cleaner cannot be fetched, a withdrawal still takes effect, with one warning', async () => {
    const page = await openPage({ config: WITH_COOKIE, embedSrc: '/__dist-without/chunks%2Fcookie-cleaner.js/cookie-consent.js' });
    await page.win.CookieConsent.acceptAll();
    page.doc.cookie = '_lazy_ga=1; path=/';
    const state = await page.win.CookieConsent.withdraw();
    expect(state.categories).to.deep.include({ analytics: false });
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect(page.win.__warnings.filter((w) => w.includes('could not load the cleanup'))).to.have.length(1);
    expect(page.win.__uncaught).to.deep.equal([]);
    page.doc.cookie = '_lazy_ga=; path=/; max-age=0';
  });

  it('a first visit without blocked embeds does not fetch the placeholder chunk', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await waitForBanner(page);
    await settle();
    const files = widgetFiles(page);
    expect(files).to.include('/dist/cookie-consent-ui.js');
    expect(files).not.to.include(PLACEHOLDER_CHUNK);
    // A boolean, not the class: a failing assertion on a class hangs the runner while it serialises it.
    expect(Boolean(page.win.customElements.get('cookie-consent-placeholder')), 'the placeholder is defined').to.equal(false);
  });

  it('a blocked embed fetches the placeholder chunk, after the UI, and its placeholder shows in the embed’s place', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: blockedFrame(token) });
    await waitUntil(() => placeholder(page)?.shadowRoot?.querySelector('button'), 'no placeholder appeared');
    const files = widgetFiles(page);
    expect(files).to.include(PLACEHOLDER_CHUNK);
    expect(files.indexOf(PLACEHOLDER_CHUNK)).to.be.greaterThan(files.indexOf('/dist/cookie-consent-ui.js'));
    const stand = placeholder(page)!;
    expect(stand.shadowRoot!.textContent).to.contain('Harbour video');
    // The box it held while its chunk was on the way is handed back to its own styles.
    expect(stand.style.height).to.equal('');
    expect(Math.round(stand.getBoundingClientRect().width)).to.equal(400);
    expect(page.doc.querySelector('iframe')!.getAttribute('src')).to.equal(null);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('when the placeholder chunk cannot be fetched, the embed stays blocked in an empty box of its size, with one clear error', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      body: blockedFrame(token),
      embedSrc: '/__dist-without/chunks%2Fcookie-consent-placeholder.js/cookie-consent.js',
    });
    await waitUntil(() => page.win.__errors.length > 0, 'no console error');
    await settle();
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0]).to.match(/^cookie-consent: could not load the placeholders/);
    expect(page.win.__uncaught).to.deep.equal([]);
    const stand = placeholder(page)!;
    expect(stand.shadowRoot, 'the placeholder was never defined').to.equal(null);
    // The iframe's own box: 400 × 225 and its default 2px border.
    const box = stand.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([404, 229]);
    const iframe = page.doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(null);
    expect(await requestedScripts(token)).to.deep.equal([]);
    // The banner still works, and consent loads the embed in place of the empty box.
    await waitForBanner(page);
    await page.win.CookieConsent.acceptAll();
    await waitUntil(async () => (await requestedScripts(token)).includes('video'), 'the embed was not loaded after consent');
    expect(iframe.hidden).to.equal(false);
    expect(placeholder(page)).to.equal(null);
  });

  it('a returning visitor with a valid decision runs the loader alone: no controller, UI, language or engine chunk', async () => {
    const token = newToken();
    const page = await returningVisitor({ config: BASIC_CONFIG, lang: 'de', head: analyticsTag(token), body: FOOTER });
    await waitUntil(() => (page.win.__ran ?? []).includes('gtag'), 'the granted analytics tag did not run');
    await settle();
    expect(widgetFiles(page)).to.deep.equal(['/dist/cookie-consent.js']);
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(true);
    expect(page.win.CookieConsent.get()?.action).to.equal('accept-all');
    expect(widget(page), 'no banner element for a returning visitor').to.equal(null);
    // The footer link is labelled in the page's language from the cached config, without any language chunk.
    const link = page.doc.querySelector('cookie-consent-link')!;
    expect(link.shadowRoot!.querySelector('button')!.textContent).to.equal('Cookie-Einstellungen');
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('the lite build: a returning visitor runs cookie-consent-lite.js alone, and it does what the default build does', async () => {
    const token = newToken();
    const page = await returningVisitor({ embedSrc: '/dist/web/cookie-consent-lite.js', config: BASIC_CONFIG, head: analyticsTag(token) });
    await waitUntil(() => (page.win.__ran ?? []).includes('gtag'), 'the granted analytics tag did not run');
    await settle();
    expect(widgetFiles(page)).to.deep.equal(['/dist/cookie-consent-lite.js']);
    expect(page.win.CookieConsent.get()?.action).to.equal('accept-all');
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('the footer link then fetches the controller and the UI and opens the preferences with the current choice', async () => {
    const page = await returningVisitor({ config: BASIC_CONFIG, body: FOOTER });
    await settle(300);
    expect(widgetFiles(page)).to.deep.equal(['/dist/cookie-consent.js']);
    page.doc.querySelector('cookie-consent-link')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => widget(page)?.querySelector('dialog')?.open, 'the preferences did not open');
    expect(widgetFiles(page)).to.include.members(['/dist/cookie-consent-controller.js', '/dist/cookie-consent-ui.js']);
    expect(widget(page)!.querySelector<HTMLInputElement>('#cc-category-analytics')!.checked).to.equal(true);
    expect(page.win.CookieConsent.get()?.action).to.equal('accept-all');
  });

  it('an edited config is validated again before it is trusted: an invalid edit fails closed for a returning visitor', async () => {
    const token = newToken();
    await returningVisitor({ config: BASIC_CONFIG });
    const broken = { ...BASIC_CONFIG, revision: 'two' };
    const page = await openPage({ config: broken, head: analyticsTag(token) });
    expect(page.win.CookieConsent.get()).to.equal(null);
    await waitUntil(() => page.win.__errors.length > 0, 'no error for the invalid config');
    expect(page.win.__errors.join('\n')).to.contain('revision');
    expect(widgetFiles(page)).to.include('/dist/cookie-consent-controller.js');
    await settle(300);
    expect(page.win.__ran ?? []).to.deep.equal([]);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('an edited valid config is validated once, then the loader runs alone again', async () => {
    const token = newToken();
    await returningVisitor({ config: BASIC_CONFIG });
    const edited = { ...BASIC_CONFIG, policyUrl: '/privacy-v2' };
    let page = await openPage({ config: edited, head: analyticsTag(token) });
    await waitUntil(() => (page.win.__ran ?? []).includes('gtag'), 'the decision did not apply under the edited config');
    expect(widgetFiles(page)).to.include('/dist/cookie-consent-controller.js');
    expect(widgetFiles(page)).not.to.include('/dist/cookie-consent-ui.js');
    page = await reloadPage(page);
    await waitUntil(() => (page.win.__ran ?? []).includes('gtag'), 'the decision did not apply on the next page');
    await settle();
    expect(widgetFiles(page)).to.deep.equal(['/dist/cookie-consent.js']);
  });

  it('a first visit shows the banner while the page is still loading: it does not wait for the page to be parsed', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      beforeEmbed: `<script>document.addEventListener('cookie-consent:ready', () => (window.__readyAt = performance.now()));</script>`,
      // A slow script in the body keeps the page loading for a while after the stored decision is read.
      body: `<p>Article.</p><script src="${trackerUrl(token, 'slow', '?delay=1500')}"></script><p>More.</p>`,
    });
    await waitForBanner(page);
    const parsed = (page.win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
    const controller = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
      entry.name.endsWith('/cookie-consent-controller.js'),
    )!;
    expect(controller.startTime, 'the controller was fetched only after the page was parsed').to.be.below(parsed);
    expect((page.win as unknown as { __readyAt: number }).__readyAt, 'the session waited for the page to be parsed').to.be.below(parsed);
  });

  it('the chunks the controller and the UI import are fetched together with the controller, not after it has arrived', async () => {
    // The controller takes a second to arrive; whatever it imports must not wait for it.
    const page = await openPage({ config: BASIC_CONFIG, embedSrc: '/__dist-slow/cookie-consent-controller.js~shared/cookie-consent.js' });
    await waitForBanner(page);
    const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const controller = entries.find((entry) => entry.name.endsWith('/cookie-consent-controller.js'))!;
    const imported = entries.filter((entry) => /\/__dist-slow\/[^/]+\/[0-9a-f]{12}\/chunks\//.test(entry.name));
    expect(imported.map((entry) => new URL(entry.name).pathname), 'the controller imports shared chunks').not.to.deep.equal([]);
    expect(controller.responseEnd - controller.startTime, 'the controller came at once (from a cache?)').to.be.at.least(900);
    for (const chunk of imported) expect(chunk.startTime, chunk.name).to.be.below(controller.responseEnd);
  });

  for (const missing of ['cookie-consent-ui.js', 'cookie-consent-controller.js', 'i18n%2Fen.js']) {
    it(`when ${decodeURIComponent(missing)} cannot be fetched, blocked tags stay blocked and the console has one clear error`, async () => {
      const token = newToken();
      const page = await openPage({
        config: BASIC_CONFIG,
        head: analyticsTag(token),
        embedSrc: `/__dist-without/${missing}/cookie-consent.js`,
      });
      await waitUntil(() => page.win.__errors.length > 0, 'no console error');
      await settle();
      expect(page.win.__errors).to.have.length(1);
      expect(page.win.__errors[0]).to.match(/^cookie-consent: could not load the consent (UI|controller)/);
      expect(page.win.__uncaught).to.deep.equal([]);
      expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
      expect(page.win.__ran ?? []).to.deep.equal([]);
      expect(await requestedScripts(token)).to.deep.equal([]);
    });
  }
});
