import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, resetSite } from '../support/site-page.js';

// The npm entry, imported as a bundler would: it runs in this test page itself.
describe('the npm entry (import from "cookie-consent-element")', () => {
  before(resetSite);
  after(resetSite);

  it('init(config) starts the same loader: the banner shows, a decision is stored and released, get() and allowed() follow', async () => {
    const blocked = document.createElement('script');
    blocked.type = 'text/plain';
    blocked.dataset['category'] = 'analytics';
    blocked.textContent = '(window.__npmRan = (window.__npmRan || 0) + 1)';
    document.head.append(blocked);

    const consent = await import('../../src/entries/index.js');
    expect(window.CookieConsent, 'window.CookieConsent is the same API').to.have.property('init', consent.init);
    consent.init(BASIC_CONFIG);
    expect(await consent.ready).to.equal(null);
    const banner = () => document.querySelector('cookie-consent')?.shadowRoot?.querySelector<HTMLElement>('[part~="banner"]');
    await waitUntil(() => banner() && !banner()!.hidden, 'the banner did not appear');
    expect((window as { __npmRan?: number }).__npmRan).to.equal(undefined);

    const state = await consent.acceptAll();
    expect(state.action).to.equal('accept-all');
    expect(consent.get()).to.deep.equal(state);
    expect(consent.allowed('analytics')).to.equal(true);
    await waitUntil(() => (window as { __npmRan?: number }).__npmRan === 1, 'the blocked script did not run after consent');
    expect((await consent.verifyLog()).ok).to.equal(true);
  });
});
