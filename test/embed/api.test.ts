import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentState } from '../../src/core/consent.js';
import {
  BASIC_CONFIG,
  buttonNamed,
  newToken,
  nextChange,
  openDialog,
  openPage,
  readDatabase,
  reloadPage,
  resetSite,
  trackerUrl,
  visibleBanner,
  waitForBanner,
  widget,
} from '../support/site-page.js';

describe('window.CookieConsent and events', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('acceptAll() resolves once stored; get(), allowed(), the change event and IndexedDB agree', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const changed = nextChange(page);
    const resolved = await page.win.CookieConsent.acceptAll();
    const detail = await changed;
    const { current } = await readDatabase();
    expect(resolved).to.deep.equal(detail);
    expect(current).to.deep.equal(detail);
    expect(page.win.CookieConsent.get()).to.deep.equal(detail);
    expect(detail.source).to.equal('api');
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(true);
    await waitUntil(() => visibleBanner(page) === null, 'an API decision left the banner open');
  });

  it('a decision asked for before the page is ready keeps the visitor’s consent ID from the stored decision', async () => {
    const first = await openPage({ config: BASIC_CONFIG });
    const { id } = await first.win.CookieConsent.rejectAll();
    // A new revision asks again; the page decides through the API while the stored decision is still being read.
    const page = await openPage(
      { config: { ...BASIC_CONFIG, revision: 2 }, body: '<script>window.__early = CookieConsent.acceptAll();</script>' },
      { waitForReady: false },
    );
    const early = await (page.win as unknown as { __early: Promise<ConsentState> }).__early;
    expect(early.revision).to.equal(2);
    expect(early.id, 'the early decision started a new consent ID').to.equal(id);
    const { current } = await readDatabase();
    expect((current as ConsentState).id).to.equal(id);
  });

  it('rejectAll() records an explicit refusal of every optional category', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const state = await page.win.CookieConsent.rejectAll();
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    expect(page.win.CookieConsent.allowed('marketing')).to.equal(false);
  });

  it('save() grants exactly the categories named', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      head: `<script type="text/plain" data-category="marketing" src="${trackerUrl(token, 'ads')}"></script>
             <script type="text/plain" data-category="analytics marketing" src="${trackerUrl(token, 'both')}"></script>`,
    });
    const state = await page.win.CookieConsent.save({ marketing: true });
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
    await waitUntil(() => (page.win.__ran ?? []).includes('ads'));
    expect(page.win.__ran).to.deep.equal(['ads'], 'a tag needing two categories ran with one');
  });

  it('ready settles with the stored decision, and cookie-consent:ready fires with it', async () => {
    let page = await openPage({ config: BASIC_CONFIG });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    const decided = await page.win.CookieConsent.rejectAll();
    page = await reloadPage(page, { waitForReady: false });
    const fromEvent = new Promise<ConsentState | null>((resolve) => {
      // The event may already have fired before we could listen; ready covers that case.
      page.doc.addEventListener('cookie-consent:ready', (e) => resolve((e as CustomEvent<ConsentState | null>).detail));
      void page.win.CookieConsent.ready.then(resolve);
    });
    expect(await page.win.CookieConsent.ready).to.deep.equal(decided);
    expect(await fromEvent).to.deep.equal(decided);
  });

  it('showBanner() brings the banner back for a visitor who already decided', async () => {
    let page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.rejectAll();
    page = await reloadPage(page);
    expect(visibleBanner(page)).to.equal(null);
    await page.win.CookieConsent.showBanner();
    await waitForBanner(page);
  });

  it('a [data-cookie-consent="open"] footer link opens the preferences showing the current choice', async () => {
    let page = await openPage({
      config: BASIC_CONFIG,
      body: '<main><p>Article</p></main><footer><a href="#settings" data-cookie-consent="open">Cookie settings</a></footer>',
    });
    await page.win.CookieConsent.save({ analytics: true });
    page = await reloadPage(page);
    const link = page.doc.querySelector<HTMLAnchorElement>('[data-cookie-consent="open"]')!;
    link.click();
    await waitUntil(() => widget(page)?.querySelector('dialog')?.open, 'the preferences did not open');
    const root = widget(page)!;
    expect(root.querySelector<HTMLInputElement>('#cc-category-analytics')!.checked).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('#cc-category-marketing')!.checked).to.equal(false);
    expect(page.win.location.hash).to.equal('', 'the link navigated instead of opening the preferences');
  });

  it('<cookie-consent-link> renders a real "Cookie settings" button that opens the preferences', async () => {
    const page = await openPage({ config: BASIC_CONFIG, body: '<footer><cookie-consent-link></cookie-consent-link></footer>' });
    await page.win.CookieConsent.rejectAll();
    const button = page.doc.querySelector('cookie-consent-link')!.shadowRoot!.querySelector('button')!;
    expect(button.textContent?.trim() || button.querySelector('slot')?.textContent).to.equal('Cookie settings');
    button.click();
    await waitUntil(() => widget(page)?.querySelector('dialog')?.open, 'the preferences did not open');
  });

  it('Escape closes the preferences without granting anything, even with a switch turned on', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    buttonNamed(await waitForBanner(page), 'Customise').click();
    const dialog = await openDialog(page);
    widget(page)!.querySelector<HTMLInputElement>('#cc-category-analytics')!.click();
    page.frame.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the preferences');
    expect(page.win.CookieConsent.get()).to.equal(null);
    expect((await readDatabase()).current).to.equal(undefined);
    expect(visibleBanner(page)).to.exist;
  });

  it('the close button closes the preferences without granting anything', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    buttonNamed(await waitForBanner(page), 'Customise').click();
    const dialog = await openDialog(page);
    widget(page)!.querySelector<HTMLInputElement>('#cc-category-analytics')!.click();
    widget(page)!.querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => !dialog.open);
    expect(page.win.CookieConsent.get()).to.equal(null);
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect((await readDatabase()).current).to.equal(undefined);
    expect(visibleBanner(page)).to.exist;
  });
});
