import { expect } from '@open-wc/testing';
import type { LogEntry } from '../../src/core/log.js';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, buttonNamed, newToken, nextChange, openDialog, openPage, readDatabase, resetSite, trackerUrl, waitForBanner } from '../support/site-page.js';

const SENDS_GPC = `<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });</script>`;
const GPC_CONFIG = { ...BASIC_CONFIG, categories: { necessary: { required: true }, analytics: {}, marketing: { gpc: true } } };

describe('Global Privacy Control', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('Accept all leaves GPC-marked categories off, and the log records gpc: true', async () => {
    const page = await openPage({ config: GPC_CONFIG, beforeEmbed: SENDS_GPC });
    const changed = nextChange(page);
    buttonNamed(await waitForBanner(page), 'Accept all').click();
    const state = await changed;
    expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
    expect(state.gpc).to.equal(true);
    expect(((await readDatabase()).log[0] as LogEntry).gpc).to.equal(true);
  });

  it('the banner and the preferences say the GPC signal was honoured, naming the categories it keeps off', async () => {
    const page = await openPage({ config: GPC_CONFIG, beforeEmbed: SENDS_GPC });
    const banner = await waitForBanner(page);
    const notice = banner.querySelector('[part~="gpc-notice"]');
    expect(notice?.textContent).to.contain('Global Privacy Control');
    expect(notice?.textContent).to.contain('Marketing stay off, even with “Accept all”');
    await page.win.CookieConsent.showPreferences();
    const dialog = await openDialog(page);
    expect(dialog.querySelector('[part~="gpc-notice"]')).to.exist;
  });

  it('without GPC there is no such line', async () => {
    const page = await openPage({ config: GPC_CONFIG });
    const banner = await waitForBanner(page);
    expect(banner.querySelector('[part~="gpc-notice"]')).to.equal(null);
  });

  it('an explicit switch in the preferences can still turn a GPC-marked category on', async () => {
    const page = await openPage({ config: GPC_CONFIG, beforeEmbed: SENDS_GPC });
    const state = await page.win.CookieConsent.save({ marketing: true });
    expect(state.categories['marketing']).to.equal(true);
  });

  it('without GPC, Accept all grants the category', async () => {
    const page = await openPage({ config: GPC_CONFIG });
    const state = await page.win.CookieConsent.acceptAll();
    expect(state.categories['marketing']).to.equal(true);
    expect(state.gpc).to.equal(false);
  });

  it('on a later page that sends GPC, a GPC-marked category granted by Accept all without GPC is off and the banner asks again, until the visitor turns it on there', async () => {
    const token = newToken();
    const tags = `<script type="text/plain" data-category="marketing" src="${trackerUrl(token, 'pixel')}"></script>` +
      `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`;
    const first = await openPage({ config: GPC_CONFIG, body: tags });
    await waitForBanner(first);
    await first.win.CookieConsent.acceptAll();
    expect(first.win.CookieConsent.allowed('marketing')).to.equal(true);

    const page = await openPage({ config: GPC_CONFIG, body: tags, beforeEmbed: SENDS_GPC });
    const banner = await waitForBanner(page);
    expect(banner.querySelector('[part~="gpc-notice"]')?.textContent).to.contain('Marketing stay off');
    expect(page.win.CookieConsent.allowed('marketing')).to.equal(false);
    expect(page.win.CookieConsent.get()?.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
    await waitUntil(() => page.win.__ran?.includes('gtag'), 'the earlier analytics grant no longer applies');
    expect(page.win.__ran).not.to.include('pixel');

    // The visitor turns marketing on in the preferences while GPC is sent: logged like any decision, and it holds.
    const changed = nextChange(page);
    buttonNamed(banner, 'Customise').click();
    const dialog = await openDialog(page);
    const marketing = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')).find((input) =>
      input.closest('label, li, div')?.textContent?.includes('Marketing'),
    )!;
    marketing.click();
    buttonNamed(dialog, 'Save preferences').click();
    const state = await changed;
    expect(state).to.include({ gpc: true, action: 'save' });
    expect(state.categories['marketing']).to.equal(true);
    const log = (await readDatabase()).log as LogEntry[];
    expect(log.map((entry) => [entry.action, entry.gpc, entry.categories['marketing']])).to.deep.equal([
      ['accept-all', false, true],
      ['save', true, true],
    ]);
    await waitUntil(() => page.win.__ran?.includes('pixel'), 'the marketing tag did not run after the explicit switch');
    const later = await openPage({ config: GPC_CONFIG, body: tags, beforeEmbed: SENDS_GPC });
    expect(later.win.CookieConsent.allowed('marketing')).to.equal(true);
  });
});

