/**
 * "Load content" as a new visitor meets it: one click on a video's
 * placeholder loads that video and decides nothing else. The rest of the
 * site keeps asking, and no other service of the same purpose runs.
 */
import { expect } from '@open-wc/testing';
import type { LogEntry } from '../../src/core/log.js';
import { waitUntil } from '../support/wait.js';
import {
  BASIC_CONFIG,
  buttonNamed,
  newToken,
  nextChange,
  openPage,
  readDatabase,
  reloadPage,
  requestedScripts,
  resetSite,
  trackerUrl,
  visibleBanner,
  waitForBanner,
  type SitePage,
} from '../support/site-page.js';

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));
const placeholders = (page: SitePage) => Array.from(page.doc.querySelectorAll('cookie-consent-placeholder'));
/** The same test server under another host name, as a second video provider. */
const otherHost = (token: string, name: string) => `http://127.0.0.1:${location.port}/__tracker/${token}/${name}.js`;

function site(token: string, video = ''): string {
  return `<main>
    <iframe data-category="marketing" ${video} data-src="${trackerUrl(token, 'video')}" title="Harbour video" width="400" height="225"></iframe>
    <iframe data-category="marketing" data-src="${otherHost(token, 'other-video')}" title="Other video" width="400" height="225"></iframe>
    <script type="text/plain" data-category="marketing" src="${trackerUrl(token, 'meta-pixel')}"></script>
    <script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'stats')}"></script>
  </main>`;
}

async function loadFirstVideo(page: SitePage): Promise<void> {
  await waitUntil(() => placeholders(page).length === 2 && placeholders(page).every((p) => p.shadowRoot?.querySelector('button')), 'no placeholders');
  const changed = nextChange(page);
  buttonNamed(placeholders(page)[0]!.shadowRoot!, 'Load content').click();
  await changed;
}

describe('"Load content" grants that embed alone', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a new visitor: the video loads; the Meta pixel, analytics and the other video do not; the banner still asks', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: site(token) });
    await waitForBanner(page);
    await loadFirstVideo(page);
    await waitUntil(async () => (await requestedScripts(token)).includes('video'), 'the video was not loaded');
    await settle();
    expect(await requestedScripts(token)).to.deep.equal(['video']);
    expect(placeholders(page)).to.have.length(1);
    expect(visibleBanner(page), 'the banner stopped asking').to.not.equal(null);
    expect(page.win.CookieConsent.allowed('marketing')).to.equal(false);
    const [entry] = (await readDatabase()).log as LogEntry[];
    expect(entry).to.deep.include({ action: 'load-content', source: 'placeholder', categories: { necessary: true }, embeds: ['host:localhost'] });
  });

  it('the returning visitor gets that video directly, and still the banner, and nothing else', async () => {
    const token = newToken();
    let page = await openPage({ config: BASIC_CONFIG, body: site(token) });
    await loadFirstVideo(page);
    page = await reloadPage(page);
    await waitForBanner(page);
    await waitUntil(() => page.doc.querySelector('iframe')?.getAttribute('src'), 'the video did not load by itself');
    await settle();
    expect(placeholders(page)).to.have.length(1);
    expect((await requestedScripts(token)).filter((name) => name !== 'video')).to.deep.equal([]);
  });

  it('data-service names what is granted: that service only, not its host', async () => {
    const token = newToken();
    const config = { ...BASIC_CONFIG, categories: { ...BASIC_CONFIG.categories, marketing: { services: { youtube: { provider: 'Video Ltd.' }, pixel: {} } } } };
    const page = await openPage({
      config,
      body: site(token, 'data-service="youtube"') + `<iframe data-category="marketing" data-service="pixel" data-src="${trackerUrl(token, 'pixel-frame')}" title="Pixel"></iframe>`,
    });
    await waitUntil(() => placeholders(page).length === 3 && placeholders(page).every((p) => p.shadowRoot?.querySelector('button')), 'no placeholders');
    const changed = nextChange(page);
    buttonNamed(placeholders(page)[0]!.shadowRoot!, 'Load content').click();
    const state = await changed;
    expect(state.embeds).to.deep.equal(['service:youtube']);
    expect(state.services).to.equal(undefined);
    await waitUntil(async () => (await requestedScripts(token)).includes('video'), 'the video was not loaded');
    await settle();
    expect(await requestedScripts(token)).to.deep.equal(['video']);
  });

  it('after an earlier refusal, "Load content" keeps the refusal and its expiry, and the banner does not come back', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: site(token) });
    const refused = await page.win.CookieConsent.rejectAll();
    await loadFirstVideo(page);
    const state = page.win.CookieConsent.get()!;
    expect(state.categories).to.deep.equal(refused.categories);
    expect(state.expiresAt).to.equal(refused.expiresAt);
    expect(state.embeds).to.deep.equal(['host:localhost']);
    await settle();
    expect(visibleBanner(page)).to.equal(null);
    expect(await requestedScripts(token)).to.deep.equal(['video']);
  });
});
