import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, openPage, resetSite, waitForBanner } from '../support/site-page.js';

const configUrl = (body: unknown, status = 200): string =>
  `/__config/c.json?status=${status}&body=${encodeURIComponent(typeof body === 'string' ? body : JSON.stringify(body))}`;

describe('where the config comes from', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('data-config on the script tag loads the config from a URL', async () => {
    const page = await openPage({ embedAttributes: `data-config="${configUrl(BASIC_CONFIG)}"` });
    const banner = await waitForBanner(page);
    expect(banner.textContent).to.contain('Test Press Ltd.');
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('a data-config URL that fails: one clear error naming the URL and status, fail closed', async () => {
    const page = await openPage({ embedAttributes: `data-config="${configUrl('{}', 404)}"` });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors).to.have.length(1);
    expect(page.win.__errors[0]).to.match(/cookie-consent: could not start: the config at .*__config\/c\.json.* answered HTTP 404/);
    expect(page.win.__uncaught).to.deep.equal([]);
  });

  it('a data-config URL that is not JSON: one clear error', async () => {
    const page = await openPage({ embedAttributes: `data-config="${configUrl('<html>')}"` });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors[0]).to.contain('is not valid JSON');
  });

  it('the inline config wins over data-config', async () => {
    const page = await openPage({ config: BASIC_CONFIG, embedAttributes: `data-config="${configUrl({ revision: 'bad' })}"` });
    await waitForBanner(page);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('without a config on the page, CookieConsent.init(config) from the page starts the widget', async () => {
    const page = await openPage(
      { head: `<script>window.CookieConsent.init(${JSON.stringify({ ...BASIC_CONFIG, owner: 'Init Owner' })});</script>` },
      { waitForReady: false },
    );
    const banner = await waitForBanner(page);
    expect(banner.textContent).to.contain('Init Owner');
    page.win.CookieConsent.init(BASIC_CONFIG);
    expect(page.win.__warnings.join('\n')).to.contain('already started');
  });

  it('the script included twice: the second copy does nothing and says so', async () => {
    const page = await openPage({ config: BASIC_CONFIG, head: '<script src="/dist/web/cookie-consent.js"></script>' });
    await waitForBanner(page);
    expect(page.doc.querySelectorAll('cookie-consent')).to.have.length(1);
    expect(page.win.__warnings.join('\n')).to.contain('included twice');
  });
});
