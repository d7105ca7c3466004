import { expect } from '@open-wc/testing';
import type { LogEntry } from '../../src/core/log.js';
import { BASIC_CONFIG, buttonNamed, nextChange, openDialog, openPage, readDatabase, resetSite, waitForBanner } from '../support/site-page.js';

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
});
