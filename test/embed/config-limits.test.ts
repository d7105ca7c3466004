/**
 * What a site owner reads on the console for configs that work against the
 * rules: a consent kept too long, Consent Mode regions that miss countries or
 * are no ISO codes, a banner that cannot name who asks.
 */
import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, newToken, openPage, requestedScripts, resetSite, trackerUrl, visibleBanner, type SitePage } from '../support/site-page.js';
import { waitUntil } from '../support/wait.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/** The config warnings, once they are on the console: their words are fetched when there is something to say, the banner does not wait. */
async function configWarnings(page: SitePage): Promise<string> {
  await waitUntil(() => page.win.__warnings.some((warning) => warning.startsWith('cookie-consent: config warnings:')), 'no config warnings');
  return page.win.__warnings.join('\n');
}

describe('config limits, as the site owner sees them', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a lifetime above 395 days is an invalid config: the error names the limit, no banner, nothing optional runs', async () => {
    const token = newToken();
    const page = await openPage({
      config: { ...BASIC_CONFIG, expiresAfterDays: 400 },
      head: `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`,
    });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    await settle();
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0]).to.contain('expiresAfterDays: expected at most 395 days (13 months');
    expect(visibleBanner(page)).to.equal(null);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('Consent Mode regions: Switzerland counts as uncovered, and UK / EL get "did you mean GB / GR"', async () => {
    const region = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'EL', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'UK'];
    const page = await openPage({ config: { ...BASIC_CONFIG, googleConsentMode: { enabled: true, region } } });
    const warnings = await configWarnings(page);
    expect(warnings).to.contain('googleConsentMode.region[11]: "EL" is not an ISO 3166 code, so Google will not match it (did you mean "GR"?)');
    expect(warnings).to.contain('googleConsentMode.region[30]: "UK" is not an ISO 3166 code, so Google will not match it (did you mean "GB"?)');
    expect(warnings).to.match(/Switzerland get none, .*: GR, GB, CH/);
  });

  it('without owner and policyUrl, the site owner is warned and the banner says "This site" and links nowhere', async () => {
    const { owner: _owner, policyUrl: _policyUrl, ...anonymous } = BASIC_CONFIG;
    const page = await openPage({ config: anonymous });
    const warnings = await configWarnings(page);
    expect(warnings).to.contain('owner: missing: the banner then says "This site"');
    expect(warnings).to.contain('policyUrl: missing: the banner and the preferences then link to no privacy policy');
  });
});
