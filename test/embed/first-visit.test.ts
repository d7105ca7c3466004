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
  visibleBanner,
  widget,
} from '../support/site-page.js';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An external analytics tag (slow on purpose), the inline code that needs it, and a marketing tag. */
function blockedTags(token: string): string {
  return `
    <script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag', '?delay=300')}"></script>
    <script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('inline-config')</script>
    <script type="text/plain" data-category="marketing" data-src="${trackerUrl(token, 'pixel')}"></script>`;
}

describe('first visit through the one-tag embed', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('shows the banner with Accept all, Reject all and Customise, and runs nothing optional', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, head: blockedTags(token) });
    const banner = await waitForBanner(page);
    for (const name of ['Accept all', 'Reject all', 'Customise']) expect(buttonNamed(banner, name)).to.exist;
    expect(banner.textContent).to.contain('Test Press Ltd.');
    expect(page.win.CookieConsent.get()).to.equal(null);
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect(page.win.CookieConsent.allowed('necessary')).to.equal(true);
    expect(page.win.__ran ?? []).to.deep.equal([]);
    expect(await requestedScripts(token)).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
  });

  it('Accept all runs the blocked external script, then the inline code after it, in document order', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, head: blockedTags(token) });
    const banner = await waitForBanner(page);
    const changed = nextChange(page);
    buttonNamed(banner, 'Accept all').click();
    const state = await changed;
    await waitUntil(() => (page.win.__ran ?? []).length === 3, 'the blocked scripts did not all run');
    expect(page.win.__ran).to.deep.equal(['gtag', 'inline-config', 'pixel']);
    expect(state.action).to.equal('accept-all');
    expect(state.source).to.equal('banner');
    expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    expect(page.win.CookieConsent.get()).to.deep.equal(state);
    expect(visibleBanner(page)).to.equal(null);
  });

  it('Reject all: the blocked scripts never run and their src is never requested, now or after a reload', async () => {
    const token = newToken();
    let page = await openPage({ config: BASIC_CONFIG, head: blockedTags(token) });
    const changed = nextChange(page);
    buttonNamed(await waitForBanner(page), 'Reject all').click();
    const state = await changed;
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    page = await reloadPage(page);
    expect(visibleBanner(page)).to.equal(null);
    expect(page.win.CookieConsent.get()?.action).to.equal('reject-all');
    // Give a wrongly released tag every chance to be fetched before looking.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(page.win.__ran ?? []).to.deep.equal([]);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('stores the decision in IndexedDB "cookie-consent" with its time, ID, revision and every category, rejections included', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const changed = nextChange(page);
    buttonNamed(await waitForBanner(page), 'Reject all').click();
    const state = await changed;
    const { current, log } = await readDatabase();
    const stored = current as Record<string, unknown>;
    expect(stored['id']).to.match(UUID);
    expect(stored['decidedAt']).to.match(ISO_UTC);
    expect(Math.abs(Date.parse(stored['decidedAt'] as string) - Date.now())).to.be.below(60_000);
    expect(stored['revision']).to.equal(1);
    expect(stored['categories']).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    expect(stored['action']).to.equal('reject-all');
    expect(stored).to.deep.equal(state);
    expect(log).to.have.length(1);
    const entry = log[0] as Record<string, unknown>;
    expect(entry['consentId']).to.equal(stored['id']);
    expect(entry['seq']).to.equal(0);
    expect(entry['categories']).to.deep.equal({ necessary: true, analytics: false, marketing: false });
  });

  it('a returning visitor who accepted sees no banner, keeps the choice and the tags run again on load', async () => {
    const token = newToken();
    let page = await openPage({ config: BASIC_CONFIG, head: blockedTags(token) });
    const changed = nextChange(page);
    buttonNamed(await waitForBanner(page), 'Accept all').click();
    const first = await changed;
    page = await reloadPage(page);
    await waitUntil(() => (page.win.__ran ?? []).length === 3, 'the allowed scripts did not run on the returning visit');
    expect(page.win.__ran).to.deep.equal(['gtag', 'inline-config', 'pixel']);
    expect(page.win.CookieConsent.get()).to.deep.equal(first);
    expect(widget(page)).to.equal(null, 'the UI was loaded for a returning visitor');
  });

  it('Customise opens preferences with nothing optional ticked; saving analytics alone grants analytics alone', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, head: blockedTags(token) });
    buttonNamed(await waitForBanner(page), 'Customise').click();
    const root = widget(page)!;
    const dialog = await openDialog(page);
    const switches = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(switches).to.have.length(2);
    expect(switches.every((s) => !s.checked)).to.equal(true, 'an optional category was pre-ticked');
    const analytics = root.querySelector<HTMLInputElement>('#cc-category-analytics')!;
    analytics.click();
    const changed = nextChange(page);
    buttonNamed(dialog, 'Save preferences').click();
    const state = await changed;
    expect(state.action).to.equal('save');
    expect(state.source).to.equal('preferences');
    expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
    await waitUntil(() => (page.win.__ran ?? []).length === 2);
    expect(page.win.__ran).to.deep.equal(['gtag', 'inline-config']);
    expect(await requestedScripts(token)).to.deep.equal(['gtag']);
    expect(dialog.open).to.equal(false);
  });
});
