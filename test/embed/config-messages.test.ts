/**
 * The validator's words (src/core/config-messages.ts) are a chunk of their own, fetched only when a config
 * has something to be told about: a valid config fetches nothing more, an invalid one still gets its one
 * full console.error, and a warning arrives without holding up the banner. What the page fetched is read
 * from the server's log, as an auditor watching the network would.
 */
import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, newToken, openPage, requestedScripts, resetSite, trackerUrl, visibleBanner, waitForBanner } from '../support/site-page.js';
import { waitUntil } from '../support/wait.js';

const MESSAGES_CHUNK = 'chunks/config-messages.js';

/** The embed served so that the server records every file the page fetches under `token`. */
const loggedEmbed = (token: string): string => `/__dist-log/${token}/cookie-consent.js`;

describe('config messages, fetched only when there is something to say', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a valid config without warnings: banner, decision recorded, and the messages chunk never fetched', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, embedSrc: loggedEmbed(token) });
    await waitForBanner(page);
    // Recording fetches the engine, which the page asks for only after the config was validated.
    await page.win.CookieConsent.acceptAll();
    const fetched = await requestedScripts(token);
    expect(fetched).to.include('cookie-consent-controller.js');
    expect(fetched).to.include('cookie-consent-engine.js');
    expect(fetched).not.to.include(MESSAGES_CHUNK);
    expect(page.win.__warnings).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('an invalid config: the messages chunk is fetched, and the one console.error lists every problem in full', async () => {
    const token = newToken();
    const page = await openPage({
      config: { ...BASIC_CONFIG, revision: 'one', categories: { necessary: { required: true }, analytcs: {} }, theme: 'pink', layuot: 'box' },
      embedSrc: loggedEmbed(token),
    });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors).to.deep.equal([
      [
        'cookie-consent: the config is invalid, so no banner is shown and nothing optional runs:',
        '  - revision: expected a whole number of 1 or more, got the string "one"',
        '  - theme: expected one of "auto", "light", "dark", got the string "pink"',
        '  - categories.analytcs: not a built-in category (necessary, functional, analytics, marketing) (did you mean "analytics"?): ' +
          'a category of your own needs a "label" (and a "description") for visitors to read',
      ].join('\n'),
    ]);
    expect(page.win.__warnings).to.deep.equal(['cookie-consent: config warnings:\n  - layuot: unknown option, ignored (did you mean "layout"?)']);
    expect(await requestedScripts(token)).to.include(MESSAGES_CHUNK);
    expect(visibleBanner(page)).to.equal(null);
  });

  it('a valid config with a warning: the banner shows, and the warning arrives in full with its words', async () => {
    const { owner: _owner, ...anonymous } = BASIC_CONFIG;
    const token = newToken();
    const page = await openPage({ config: anonymous, embedSrc: loggedEmbed(token) });
    await waitForBanner(page);
    await waitUntil(() => page.win.__warnings.length > 0, 'no warning');
    expect(page.win.__warnings).to.deep.equal([
      'cookie-consent: config warnings:\n  - owner: missing: the banner then says "This site" instead of naming who asks for consent',
    ]);
    expect(await requestedScripts(token)).to.include(MESSAGES_CHUNK);
  });

  it('a Google tag that ran before the widget: the banner shows, and the setup warning arrives with the messages', async () => {
    const token = newToken();
    const page = await openPage({
      config: { ...BASIC_CONFIG, googleConsentMode: { enabled: true } },
      beforeEmbed: '<script data-cookie-consent-before>window.dataLayer = [{ event: "gtm.js" }];</script>',
      embedSrc: loggedEmbed(token),
    });
    await waitForBanner(page);
    await waitUntil(() => page.win.__warnings.some((warning) => warning.includes('a Google tag ran before this script')), 'no warning about the tag');
    expect(page.win.__warnings.filter((warning) => warning.includes('Google tag'))).to.deep.equal([
      'cookie-consent: a Google tag ran before this script; put the consent script first in <head> so Consent Mode defaults apply',
    ]);
    expect(await requestedScripts(token)).to.include(MESSAGES_CHUNK);
  });

  it('when the messages chunk cannot be fetched, an invalid config still fails closed with one error naming each path', async () => {
    const token = newToken();
    const page = await openPage({
      config: { ...BASIC_CONFIG, revision: 0, theme: 'pink' },
      embedSrc: `/__dist-without/${encodeURIComponent(MESSAGES_CHUNK)}~${token}/cookie-consent.js`,
      head: `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`,
    });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0])
      .to.match(/^cookie-consent: the config is invalid, so no banner is shown and nothing optional runs: revision, theme \(their descriptions could not be loaded: /);
    expect(page.win.__uncaught).to.deep.equal([]);
    expect(await requestedScripts(token)).to.deep.equal([]);
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
  });
});
