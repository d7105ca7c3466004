import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { LogEntry } from '../../src/core/log.js';
import { BASIC_CONFIG, openPage, readDatabase, resetSite, visibleBanner, type SitePage } from '../support/site-page.js';

function nextLoad(page: SitePage): Promise<SitePage> {
  return new Promise((resolve) =>
    page.frame.addEventListener(
      'load',
      () => resolve({ frame: page.frame, win: page.frame.contentWindow as SitePage['win'], doc: page.frame.contentDocument! }),
      { once: true },
    ),
  );
}

describe('withdrawing consent', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('turns every optional category off, logs "withdraw", reloads, and the refusal stands after the reload', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.acceptAll();
    const reloaded = nextLoad(page);
    const state = await page.win.CookieConsent.withdraw();
    expect(state.action).to.equal('withdraw');
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    const after = await reloaded;
    await after.win.CookieConsent.ready;
    expect(after.win.CookieConsent.get()?.action).to.equal('withdraw');
    expect(after.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect(visibleBanner(after)).to.equal(null);
    const { log } = await readDatabase();
    expect((log as LogEntry[]).map((e) => e.action)).to.deep.equal(['accept-all', 'withdraw']);
  });

  it('turning a granted category off in the preferences is a withdrawal of it: the page reloads', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.acceptAll();
    const reloaded = nextLoad(page);
    await page.win.CookieConsent.save({ marketing: true });
    const after = await reloaded;
    await after.win.CookieConsent.ready;
    expect(after.win.CookieConsent.get()?.categories).to.deep.equal({ necessary: true, analytics: false, marketing: true });
  });

  it('a withdrawal in another tab reloads this tab too, so its running scripts stop', async () => {
    const first = await openPage({ config: BASIC_CONFIG });
    const second = await openPage({ config: BASIC_CONFIG });
    await first.win.CookieConsent.acceptAll();
    await waitUntil(() => second.win.CookieConsent.allowed('analytics'), 'the other tab did not follow the grant');
    const secondReloaded = nextLoad(second);
    void first.win.CookieConsent.withdraw();
    const after = await secondReloaded;
    await after.win.CookieConsent.ready;
    expect(after.win.CookieConsent.allowed('analytics')).to.equal(false);
  });

  it('does not reload when nothing granted was revoked, or when reloadOnWithdraw is false', async () => {
    for (const [config, accept] of [[BASIC_CONFIG, false], [{ ...BASIC_CONFIG, reloadOnWithdraw: false }, true]] as const) {
      await resetSite();
      const page = await openPage({ config });
      if (accept) await page.win.CookieConsent.acceptAll();
      (page.win as unknown as Record<string, unknown>)['marker'] = 'still here';
      await page.win.CookieConsent.withdraw();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((page.frame.contentWindow as unknown as Record<string, unknown>)['marker']).to.equal('still here');
      await waitUntil(() => page.win.CookieConsent.allowed('analytics') === false);
    }
  });
});
