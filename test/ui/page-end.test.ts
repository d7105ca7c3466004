/**
 * With the bottom bar open, the end of the page stays reachable: scrolled to
 * the bottom, the footer's link and a placeholder's "Load content" sit clear
 * of the banner and take a real mouse click (at screen coordinates, as a
 * visitor's pointer would), not only keyboard focus.
 */
import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, buttonNamed, newToken, openPage, requestedScripts, resetSite, trackerUrl, waitForBanner, type SitePage } from '../support/site-page.js';

function endOfPage(token: string): string {
  return `<main><h1>Article</h1><p style="height: 1400px">A long article.</p>
    <iframe data-category="marketing" data-src="${trackerUrl(token, 'video')}" title="Harbour video" width="400" height="225"></iframe></main>
    <footer><a id="imprint" href="#imprint-opened">Imprint</a></footer>`;
}

/** Clicks with the real mouse at the centre of `element`, which sits in the page's frame. */
async function clickWithMouse(page: SitePage, element: Element): Promise<void> {
  const frame = page.frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(frame.left + box.left + box.width / 2), Math.round(frame.top + box.top + box.height / 2)] });
}

describe('the end of the page with the bottom bar open', () => {
  before(() => setViewport({ width: 1100, height: 800 }));
  beforeEach(resetSite);
  after(resetSite);

  it('scrolled to the bottom, the footer link and "Load content" are clear of the banner and take a mouse click', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: endOfPage(token) });
    page.frame.style.height = '600px';
    const banner = await waitForBanner(page);
    const load = () => buttonNamed(page.doc.querySelector('cookie-consent-placeholder')!.shadowRoot!, 'Load content');
    await waitUntil(() => page.doc.querySelector('cookie-consent-placeholder')?.shadowRoot?.querySelector('button'), 'no placeholder');
    page.win.scrollTo(0, page.doc.documentElement.scrollHeight);
    await new Promise((resolve) => page.win.requestAnimationFrame(resolve));

    const link = page.doc.getElementById('imprint')!;
    const bannerTop = banner.getBoundingClientRect().top;
    expect(link.getBoundingClientRect().bottom, 'the footer link is under the banner').to.be.at.most(bannerTop);
    expect(load().getBoundingClientRect().bottom, '"Load content" is under the banner').to.be.at.most(bannerTop);

    await clickWithMouse(page, link);
    await waitUntil(() => page.win.location.hash === '#imprint-opened', 'the click did not reach the footer link');
    await clickWithMouse(page, load());
    await waitUntil(async () => (await requestedScripts(token)).includes('video'), 'the click did not reach "Load content"');
  });

  it('once the banner is answered, the page ends where it did before', async () => {
    const page = await openPage({ config: BASIC_CONFIG, body: endOfPage(newToken()) });
    await waitForBanner(page);
    const withBanner = page.doc.documentElement.scrollHeight;
    await page.win.CookieConsent.rejectAll();
    await waitUntil(() => page.doc.documentElement.scrollHeight < withBanner, 'the page kept the banner’s room');
  });
});
