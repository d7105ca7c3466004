/**
 * Microsoft's consent signals as Clarity and UET see them on a real page:
 * what sits in `window.uetq` and in Clarity's queue, and when.
 */
import { expect } from '@open-wc/testing';
import type { LogEntry } from '../../src/core/log.js';
import { BASIC_CONFIG, openPage, readDatabase, reloadPage, resetSite } from '../support/site-page.js';

const CONFIG = { ...BASIC_CONFIG, microsoftConsentMode: { enabled: true } };
/** A page tag right after ours, as a site's UET or Clarity snippet would be: it notes what uetq held when it ran. */
const LATER_TAG = `<script>window.__uetqAtLaterTag = JSON.stringify(window.uetq ?? null);</script>`;

type MicrosoftWindow = Window & { uetq?: unknown[]; clarity?: { q?: IArguments[] } };

/** Clarity's queued calls, as plain arrays. */
function clarityCalls(win: Window): unknown[][] {
  return ((win as MicrosoftWindow).clarity?.q ?? []).map((args) => Array.from(args));
}

/** UET's queue, cut into its three-item consent commands. */
function uetCommands(win: Window): unknown[][] {
  const queue = (win as MicrosoftWindow).uetq ?? [];
  const commands: unknown[][] = [];
  for (let i = 0; i < queue.length; i += 3) commands.push(queue.slice(i, i + 3));
  return commands;
}

describe('Microsoft consent signals (Clarity, UET)', () => {
  beforeEach(resetSite);
  after(resetSite);

  it("UET's denied default is queued before the next tag runs, and nothing else before a decision", async () => {
    const page = await openPage({ config: CONFIG, head: LATER_TAG });
    expect(JSON.parse((page.win as unknown as { __uetqAtLaterTag: string }).__uetqAtLaterTag)).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    expect(clarityCalls(page.win)).to.deep.equal([]);
  });

  it('after a decision: Clarity consentv2 through its queue, a UET update, and both recorded in the log entry', async () => {
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.save({ analytics: true, marketing: false });
    expect(clarityCalls(page.win)).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
    expect(uetCommands(page.win)).to.deep.equal([
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'denied' }],
    ]);
    await page.win.CookieConsent.acceptAll();
    expect(clarityCalls(page.win).at(-1)).to.deep.equal(['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]);
    expect(uetCommands(page.win).at(-1)).to.deep.equal(['consent', 'update', { ad_storage: 'granted' }]);
    const log = (await readDatabase()).log as LogEntry[];
    expect(log.map((entry) => entry.microsoftConsentMode)).to.deep.equal([
      { clarity: { ad_Storage: 'denied', analytics_Storage: 'granted' }, uet: { ad_storage: 'denied' } },
      { clarity: { ad_Storage: 'granted', analytics_Storage: 'granted' }, uet: { ad_storage: 'granted' } },
    ]);
  });

  it('on every page of a visitor who decided before, the same signals go out again', async () => {
    let page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.save({ analytics: true, marketing: false });
    page = await reloadPage(page);
    expect(clarityCalls(page.win)).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
    expect(uetCommands(page.win)).to.deep.equal([
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'denied' }],
    ]);
  });

  it('a Clarity already on the page gets the call itself; a mapping moves what a category grants', async () => {
    const calls: string[] = [];
    const page = await openPage({
      config: { ...CONFIG, microsoftConsentMode: { enabled: true, mapping: { analytics: ['analytics_Storage', 'ad_Storage'] } } },
      beforeEmbed: `<script>window.__clarityCalls = []; window.clarity = function () { window.__clarityCalls.push(JSON.stringify(Array.from(arguments))); };</script>`,
    });
    await page.win.CookieConsent.save({ analytics: true });
    calls.push(...(page.win as unknown as { __clarityCalls: string[] }).__clarityCalls);
    expect(calls.map((call) => JSON.parse(call) as unknown)).to.deep.equal([['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]]);
  });

  it("a returning visitor's signals go out from the decision cookie, before the page's next tag runs", async () => {
    const clarityAtLaterTag = `<script>window.__clarityAtLaterTag = JSON.stringify(((window.clarity && window.clarity.q) || []).map((a) => Array.from(a)));</script>`;
    let page = await openPage({ config: CONFIG, head: clarityAtLaterTag });
    await page.win.CookieConsent.save({ analytics: true, marketing: false });
    page = await reloadPage(page);
    const seen = JSON.parse((page.win as unknown as { __clarityAtLaterTag: string }).__clarityAtLaterTag) as unknown[];
    expect(seen).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
  });

  describe('with the config from a URL (data-config)', () => {
    const configUrl = (body: unknown): string => `/__config/c.json?status=200&body=${encodeURIComponent(JSON.stringify(body))}`;

    it("data-microsoft-consent-mode sends UET's denied default before the next tag, before the config arrives", async () => {
      const page = await openPage({ embedAttributes: `data-config="${configUrl(CONFIG)}" data-microsoft-consent-mode`, head: LATER_TAG });
      expect(JSON.parse((page.win as unknown as { __uetqAtLaterTag: string }).__uetqAtLaterTag)).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
      await page.win.CookieConsent.acceptAll();
      expect(uetCommands(page.win).map((command) => command[1])).to.deep.equal(['default', 'update']);
      expect(page.win.__errors).to.deep.equal([]);
    });

    it('without the attribute the combination is refused: one clear error naming the attribute, nothing optional runs', async () => {
      const page = await openPage({ embedAttributes: `data-config="${configUrl(CONFIG)}"`, head: LATER_TAG });
      expect(await page.win.CookieConsent.ready).to.equal(null);
      expect(page.win.__errors).to.have.length(1);
      expect(page.win.__errors[0]).to.match(/^cookie-consent: microsoftConsentMode .*data-config.*data-microsoft-consent-mode/);
      expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    });
  });

  it('off by default: no uetq, no clarity, nothing in the log', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.acceptAll();
    expect((page.win as MicrosoftWindow).uetq).to.equal(undefined);
    expect((page.win as MicrosoftWindow).clarity).to.equal(undefined);
    expect(((await readDatabase()).log[0] as LogEntry).microsoftConsentMode).to.equal(undefined);
  });
});
