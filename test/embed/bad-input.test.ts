import { expect } from '@open-wc/testing';
import {
  BASIC_CONFIG,
  newToken,
  openPage,
  requestedScripts,
  resetSite,
  trackerUrl,
  visibleBanner,
  writeDatabase,
  waitForBanner,
} from '../support/site-page.js';
import { waitUntil } from '../support/wait.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

function analyticsTag(token: string): string {
  return `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`;
}

describe('bad input fails closed and never throws into the page', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a config that is not JSON: one clear console.error, no banner, nothing optional runs, the page keeps working', async () => {
    const token = newToken();
    const page = await openPage({
      config: '{ "revision": 1, "categories": { ',
      head: analyticsTag(token),
      body: '<main><button id="site-button">Site button</button></main>',
    });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    await settle();
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0]).to.match(/^cookie-consent: .*not valid JSON/);
    expect(page.win.__uncaught).to.deep.equal([]);
    expect(visibleBanner(page)).to.equal(null);
    expect(await requestedScripts(token)).to.deep.equal([]);
    expect(page.doc.getElementById('site-button')).to.exist;
  });

  it('a config that is not JSON: the message gives line and column inside the tag, and says the banner is off', async () => {
    const page = await openPage({ config: '\n{\n  "revision": 1,,\n  "categories": {}\n}\n' });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0])
      .to.match(/(position 19|line 3 column 17)\b.*; counted from the start of that tag's content\)/)
      .and.contain('No banner is shown and nothing optional runs until it is fixed');
  });

  it('wrong types: one console.error that names every field and what was expected', async () => {
    const token = newToken();
    const page = await openPage({
      config: { revision: 'one', expiresAfterDays: -3, categories: { analytics: { services: { ga4: { cookies: [{ name: 7 }] } } } }, theme: 'pink' },
      head: analyticsTag(token),
    });
    await page.win.CookieConsent.ready;
    await settle();
    expect(page.win.__errors).to.have.length(1);
    const message = page.win.__errors[0]!;
    expect(message).to.contain('revision: expected a whole number of 1 or more, got the string "one"');
    expect(message).to.contain('expiresAfterDays: expected a whole number of 1 or more, got number -3');
    expect(message).to.contain('categories.analytics.services.ga4.cookies[0].name: expected a non-empty string, got number 7');
    expect(message).to.contain('theme: expected one of "auto", "light", "dark"');
    expect(page.win.__uncaught).to.deep.equal([]);
    expect(visibleBanner(page)).to.equal(null);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('no config at all: a console.error says how to add one, and nothing optional runs', async () => {
    const token = newToken();
    const page = await openPage({ head: analyticsTag(token) }, { waitForReady: false });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors.join('\n')).to.contain('no config found');
    expect(page.win.__uncaught).to.deep.equal([]);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('API calls on a failed widget reject with a clear error instead of granting anything', async () => {
    const page = await openPage({ config: { categories: {} } });
    let error: unknown;
    try {
      await page.win.CookieConsent.acceptAll();
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('no valid config');
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
  });

  it('unknown keys are warnings with a hint, not errors', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, expiresAfterDay: 30 } });
    await waitForBanner(page);
    // The warnings' words are fetched when there is something to say; the banner does not wait for them.
    await waitUntil(() => page.win.__warnings.length > 0, 'no warning');
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__warnings.join('\n')).to.contain('expiresAfterDay: unknown option, ignored (did you mean "expiresAfterDays"?)');
  });

  it('a corrupt stored record counts as no consent, never as consent', async () => {
    const token = newToken();
    await writeDatabase('current', { id: 'x', categories: { necessary: true, analytics: 'yes' }, revision: 1 });
    const page = await openPage({ config: BASIC_CONFIG, head: analyticsTag(token) });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    await waitForBanner(page);
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('a stored decision for an older revision asks again and runs nothing meanwhile', async () => {
    const token = newToken();
    const now = Date.now();
    await writeDatabase('current', {
      id: '2b7c2a57-1f6e-4c1e-9a57-3d7f1c0b9e11',
      categories: { necessary: true, analytics: true, marketing: true },
      revision: 1,
      decidedAt: new Date(now - 1000).toISOString(),
      expiresAt: new Date(now + 86_400_000).toISOString(),
      action: 'accept-all',
      source: 'banner',
      gpc: false,
    });
    const page = await openPage({ config: { ...BASIC_CONFIG, revision: 2 }, head: analyticsTag(token) });
    await waitForBanner(page);
    expect(page.win.CookieConsent.get()).to.equal(null);
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
  });
});
