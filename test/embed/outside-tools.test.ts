// What tools outside the page's code see (README "Styling": the stable hooks): the host element's
// attributes mirror the banner and the decision, and DuckDuckGo's autoconsent itself, given the rule
// kept in integrations/autoconsent/, rejects through the real banner and a refusal is stored.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, buttonNamed, nextChange, openPage, readDatabase, resetSite, waitForBanner, type SitePage } from '../support/site-page.js';

const host = (page: SitePage): HTMLElement => page.doc.querySelector('cookie-consent')!;

/** A stand-in for the browser extension's background: answers autoconsent's `init` with our rule and records the rest. */
const autoconsentHarness = (rule: unknown): string => `
<script>
  window.__autoconsent = [];
  window.autoconsentSendMessage = (message) => {
    window.__autoconsent.push(message);
    if (message.type === 'init') {
      setTimeout(() => window.autoconsentReceiveMessage({
        type: 'initResp',
        config: { enabled: true, autoAction: 'optOut', disabledCmps: [], enablePrehide: false, enableCosmeticRules: true,
                  enableGeneratedRules: false, enableHeuristicDetection: false, detectRetries: 20, isMainWorld: false,
                  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: true, messages: false, waits: false } },
        rules: { autoconsent: [${JSON.stringify(rule).replaceAll('<', '\\u003c')}] },
      }));
    }
    return Promise.resolve();
  };
</script>
<script src="/node_modules/@duckduckgo/autoconsent/dist/autoconsent.playwright.js"></script>`;

describe('recognisable by outside tools', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('the host element says when the banner is open and which decision is in force', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    await waitUntil(() => host(page).hasAttribute('banner-open'), 'no banner-open attribute while the banner shows');
    expect(host(page).hasAttribute('decision')).to.equal(false);

    const changed = nextChange(page);
    buttonNamed(banner, 'Reject all').click();
    await changed;
    await waitUntil(() => !host(page).hasAttribute('banner-open'), 'banner-open stayed after the choice');
    expect(host(page).getAttribute('decision')).to.equal('rejected');

    await page.win.CookieConsent.save({ analytics: true, marketing: false });
    await waitUntil(() => host(page).getAttribute('decision') === 'partial', 'decision did not follow a partial save');
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => host(page).getAttribute('decision') === 'accepted', 'decision did not follow accept all');
  });

  it("@duckduckgo/autoconsent's opt-out with the repository's rule stores a refusal", async () => {
    const rule = (await (await fetch('/integrations/autoconsent/cookie-consent-element.json')).json()) as Record<string, unknown>;
    // The test's site page is a frame of the runner's page; autoconsent runs a rule in frames only when it says so.
    const page = await openPage({ config: BASIC_CONFIG, body: `<main><p>Article.</p></main>${autoconsentHarness({ ...rule, runContext: { main: true, frame: true } })}` });
    const messages = (): { type: string; result?: boolean; cmp?: string }[] => (page.win as unknown as { __autoconsent: { type: string }[] }).__autoconsent;
    await waitUntil(() => messages().some((message) => message.type === 'optOutResult'), 'autoconsent never opted out', { timeout: 15000 });
    expect(messages().find((message) => message.type === 'optOutResult')).to.include({ result: true, cmp: 'cookie-consent-element' });

    // The click is autoconsent's; recording the decision it made takes its own moment.
    await waitUntil(() => page.win.CookieConsent.get() !== null, 'no decision recorded after the opt-out');
    const state = page.win.CookieConsent.get();
    expect(state).to.include({ action: 'reject-all', source: 'banner' });
    expect(state!.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
    // The page applies the decision at once and stores it a moment later.
    await waitUntil(async () => (await readDatabase()).current !== undefined, 'the refusal was not stored');
    expect((await readDatabase()).current).to.deep.include({ action: 'reject-all' });
    expect(host(page).getAttribute('decision')).to.equal('rejected');
  });
});
