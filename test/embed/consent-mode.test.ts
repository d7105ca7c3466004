import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { LogEntry } from '../../src/core/log.js';
import { BASIC_CONFIG, openPage, readDatabase, reloadPage, resetSite, type SitePage } from '../support/site-page.js';

const GCM_CONFIG = { ...BASIC_CONFIG, googleConsentMode: { enabled: true } };
const STORAGE_KEYS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage'];

type DataLayerWindow = Window & { dataLayer?: unknown[]; __dataLayerAtFirstTag?: string };

/** The consent commands in dataLayer, as [command, payload]. */
function consentCommands(page: SitePage): [string, Record<string, unknown>][] {
  const layer = (page.win as DataLayerWindow).dataLayer ?? [];
  return layer
    .filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]')
    .map((entry) => Array.from(entry as ArrayLike<unknown>))
    .filter((args) => args[0] === 'consent')
    .map((args) => [args[1] as string, args[2] as Record<string, unknown>]);
}

describe('Google Consent Mode v2 through the embed', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('sends the all-denied default, with wait_for_update, before any later tag in the page runs', async () => {
    const page = await openPage({
      config: GCM_CONFIG,
      // Stands for the Google tag: the first ordinary script after ours.
      head: `<script>window.__dataLayerAtFirstTag = JSON.stringify((window.dataLayer || []).map((a) => Array.from(a)));</script>`,
    });
    const seen = JSON.parse((page.win as DataLayerWindow).__dataLayerAtFirstTag!) as unknown[][];
    expect(seen[0]).to.deep.equal([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    expect(consentCommands(page).filter(([command]) => command === 'update')).to.deep.equal([], 'an update was sent without a decision');
  });

  it('one full update per decision; analytics alone never grants ad_user_data or ad_personalization', async () => {
    const page = await openPage({ config: GCM_CONFIG });
    await page.win.CookieConsent.save({ analytics: true });
    const updates = consentCommands(page).filter(([command]) => command === 'update');
    expect(updates).to.have.length(1);
    const signals = updates[0]![1];
    for (const key of STORAGE_KEYS) expect(signals, key).to.have.property(key);
    expect(signals).to.include({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });

  it('the log records the signals sent, and a returning visitor gets the update again on load', async () => {
    let page = await openPage({ config: GCM_CONFIG });
    await page.win.CookieConsent.acceptAll();
    const entry = (await readDatabase()).log[0] as LogEntry;
    expect(entry.consentMode).to.include({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' });
    page = await reloadPage(page);
    const commands = consentCommands(page);
    expect(commands.map(([command]) => command)).to.deep.equal(['default', 'update']);
    expect(commands[1]![1]).to.deep.equal(entry.consentMode);
  });

  it('every combination of choices maps to the right update', async () => {
    const config = { ...GCM_CONFIG, reloadOnWithdraw: false, categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} } };
    const page = await openPage({ config });
    for (const functional of [false, true]) {
      for (const analytics of [false, true]) {
        for (const marketing of [false, true]) {
          await page.win.CookieConsent.save({ functional, analytics, marketing });
          const signals = consentCommands(page).pop()![1];
          const want = (on: boolean) => (on ? 'granted' : 'denied');
          expect(signals, JSON.stringify({ functional, analytics, marketing })).to.deep.equal({
            ad_storage: want(marketing),
            ad_user_data: want(marketing),
            ad_personalization: want(marketing),
            analytics_storage: want(analytics),
            functionality_storage: want(functional),
            personalization_storage: want(functional),
            security_storage: 'granted',
          });
        }
      }
    }
  });

  it('a returning visitor’s update comes before the analytics tag runs', async () => {
    let page = await openPage({
      config: GCM_CONFIG,
      head: `<script type="text/plain" data-category="analytics">
        window.__consentSeenByAnalytics = (window.dataLayer || []).map((a) => Array.from(a)).filter((a) => a[0] === 'consent').map((a) => a[1] + ':' + (a[2] && a[2].analytics_storage));
      </script>`,
    });
    await page.win.CookieConsent.acceptAll();
    page = await reloadPage(page);
    await waitUntil(() => (page.win as unknown as { __consentSeenByAnalytics?: string[] }).__consentSeenByAnalytics);
    expect((page.win as unknown as { __consentSeenByAnalytics: string[] }).__consentSeenByAnalytics).to.deep.equal(['default:denied', 'update:granted']);
  });

  it('pushes a cookie_consent_update event for tag managers with the granted categories', async () => {
    const page = await openPage({ config: GCM_CONFIG });
    await page.win.CookieConsent.save({ marketing: true });
    const events = ((page.win as DataLayerWindow).dataLayer ?? []).filter(
      (entry) => (entry as { event?: string }).event === 'cookie_consent_update',
    ) as { cookie_consent: { categories: string[] } }[];
    expect(events).to.have.length(1);
    expect(events[0]!.cookie_consent.categories).to.deep.equal(['marketing', 'necessary']);
  });

  it('withdrawal sends every storage key denied', async () => {
    const page = await openPage({ config: { ...GCM_CONFIG, reloadOnWithdraw: false } });
    await page.win.CookieConsent.acceptAll();
    await page.win.CookieConsent.withdraw();
    const last = consentCommands(page).pop()!;
    expect(last[0]).to.equal('update');
    for (const key of STORAGE_KEYS) expect(last[1][key], key).to.equal('denied');
  });

  it('with Consent Mode off, the widget creates no dataLayer and no gtag', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => page.win.CookieConsent.get() !== null);
    expect((page.win as DataLayerWindow).dataLayer).to.equal(undefined);
    expect((page.win as unknown as { gtag?: unknown }).gtag).to.equal(undefined);
  });

  describe('with the config from a URL (data-config)', () => {
    const configUrl = (body: unknown): string => `/__config/c.json?status=200&body=${encodeURIComponent(JSON.stringify(body))}`;
    const FIRST_TAG = `<script>window.__dataLayerAtFirstTag = JSON.stringify((window.dataLayer || []).map((a) => Array.from(a)));</script>`;

    it('data-google-consent-mode on the script tag sends the denied default before the next tag, before the config arrives', async () => {
      const page = await openPage({ embedAttributes: `data-config="${configUrl(GCM_CONFIG)}" data-google-consent-mode`, head: FIRST_TAG });
      const seen = JSON.parse((page.win as DataLayerWindow).__dataLayerAtFirstTag!) as unknown[][];
      expect(seen.map((args) => args.slice(0, 2))).to.deep.equal([['consent', 'default']]);
      expect(seen[0]![2]).to.include({ ad_storage: 'denied', analytics_storage: 'denied', wait_for_update: 500 });
      await page.win.CookieConsent.acceptAll();
      expect(consentCommands(page).map(([command]) => command)).to.deep.equal(['default', 'update']);
      expect(page.win.__errors).to.deep.equal([]);
    });

    it('without the attribute the combination is refused: one clear error naming the attribute, nothing optional runs', async () => {
      const page = await openPage({ embedAttributes: `data-config="${configUrl(GCM_CONFIG)}"`, head: FIRST_TAG });
      expect(await page.win.CookieConsent.ready).to.equal(null);
      expect(page.win.__errors).to.have.length(1);
      expect(page.win.__errors[0]).to.match(/^cookie-consent: googleConsentMode .*data-config.*data-google-consent-mode/);
      expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    });
  });
});

