/**
 * When a stored decision stops settling things: a new recipient (service)
 * the visitor never saw, and the end of a decision's lifetime, seen on the
 * page of a returning visitor.
 */
import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, newToken, openPage, requestedScripts, resetSite, trackerUrl, visibleBanner, waitForBanner } from '../support/site-page.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs before the embed: the page's clock is `days` ahead, as if the visitor came back that much later. */
function clockAhead(days: number): string {
  return `<script>(() => {
    const Real = Date, shift = ${days * DAY_MS};
    class Later extends Real {
      constructor(...args) { if (args.length === 0) super(Real.now() + shift); else super(...args); }
      static now() { return Real.now() + shift; }
    }
    window.Date = Later;
  })();</script>`;
}

const serviceTag = (token: string, service: string): string =>
  `<script type="text/plain" data-category="analytics" data-service="${service}" src="${trackerUrl(token, service)}"></script>`;

describe('asking again', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a service added to a category that listed none does not run on the old consent: it stays off and the banner asks', async () => {
    const token = newToken();
    const first = await openPage({ config: BASIC_CONFIG });
    await first.win.CookieConsent.acceptAll();
    first.frame.remove();
    const grown = {
      ...BASIC_CONFIG,
      categories: { ...BASIC_CONFIG.categories, analytics: { services: { ga4: { label: 'Google Analytics', provider: 'Google Ireland Ltd.' } } } },
    };
    const page = await openPage({ config: grown, head: serviceTag(token, 'ga4') });
    await waitForBanner(page);
    // The old choices still apply to what they covered…
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(true);
    await settle();
    // …but the new recipient was never agreed to.
    expect(await requestedScripts(token)).to.deep.equal([]);
    expect(page.win.__ran ?? []).to.deep.equal([]);
  });

  it('the banner comes back once the decision has expired, and what it granted stops running', async () => {
    const token = newToken();
    const config = { ...BASIC_CONFIG, expiresAfterDays: 30 };
    const head = `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'stats')}"></script>`;
    const first = await openPage({ config, head });
    await first.win.CookieConsent.acceptAll();
    first.frame.remove();

    const before = await openPage({ config, head, beforeEmbed: clockAhead(29) });
    expect(before.win.CookieConsent.get()?.action).to.equal('accept-all');
    await settle();
    expect(visibleBanner(before)).to.equal(null);
    before.frame.remove();

    const ranBefore = (await requestedScripts(token)).length;
    const after = await openPage({ config, head, beforeEmbed: clockAhead(31) });
    expect(after.win.CookieConsent.get()).to.equal(null);
    await waitForBanner(after);
    expect(after.win.CookieConsent.allowed('analytics')).to.equal(false);
    await settle();
    expect((await requestedScripts(token)).length).to.equal(ranBefore);
  });
});
