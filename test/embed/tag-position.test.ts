// The widget's tag must come first and run at once (src/loader/tag-position.ts):
// a site owner who put a tracker before it, or added async/defer, is told once.
import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, newToken, openPage, resetSite, trackerUrl, waitForBanner } from '../support/site-page.js';

const positionWarnings = (warnings: string[]): string[] =>
  warnings.filter((warning) => warning.includes("before the widget's tag") || warning.includes("from the widget's tag"));

describe('the widget tag first, without async or defer', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a tag before the widget: one warning naming that tag and the fix', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      beforeEmbed: `<script src="${trackerUrl(token, 'early-gtag')}"></script><script>window.__second = 1;</script>`,
    });
    await waitForBanner(page);
    const warnings = positionWarnings(page.win.__warnings);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`/__tracker/${token}/early-gtag.js">`).and.contain("ran before the widget's tag, unblocked").and.contain('put the widget first in <head>');
  });

  it('an inline script before the widget is named by its first words', async () => {
    const page = await openPage({ config: BASIC_CONFIG, beforeEmbed: '<script>document.cookie = "_early=1; path=/";</script>' });
    await waitForBanner(page);
    expect(positionWarnings(page.win.__warnings)).to.deep.equal([
      'cookie-consent: <script>document.cookie = "_early=1; path=/"; ran before the widget\'s tag, unblocked: ' +
        'put the widget first in <head>, without async or defer, or mark other tags type="text/plain" data-category="…"',
    ]);
  });

  for (const attribute of ['defer', 'async']) {
    it(`${attribute} on the widget's tag: one warning naming the attribute`, async () => {
      const page = await openPage({ config: BASIC_CONFIG, embedAttributes: attribute });
      await waitForBanner(page);
      const warnings = positionWarnings(page.win.__warnings);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`remove "${attribute}" from the widget's tag: put the widget first`);
    });
  }

  it('marked tags, the JSON config and a script marked data-cookie-consent-before give no warning', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      beforeEmbed:
        `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'marked')}"></script>` +
        '<script data-cookie-consent-before>window.__polyfill = 1;</script>',
    });
    await waitForBanner(page);
    expect(positionWarnings(page.win.__warnings)).to.deep.equal([]);
  });
});
