import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, newToken, openPage, requestedScripts, resetSite } from '../support/site-page.js';

/** A tracker on another host name of this same test server: 127.0.0.1 instead of localhost. */
const foreignTracker = (token: string, name: string): string => `http://127.0.0.1:${location.port}/__tracker/${token}/${name}.js`;
const CONFIG = { ...BASIC_CONFIG, autoBlock: { analytics: ['127.0.0.1'] } };
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic blocking of tracker hosts through the embed', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a tracker script the site inserts later is not fetched before consent, and runs once analytics is granted', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG });
    const script = page.doc.createElement('script');
    script.src = foreignTracker(token, 'tagmanager');
    page.doc.head.append(script);
    const frame = page.doc.createElement('div');
    frame.innerHTML = `<iframe src="${foreignTracker(token, 'frame')}" title="tracker"></iframe>`;
    page.doc.body.append(frame);
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => (page.win.__ran ?? []).includes('tagmanager'), 'the tracker did not run after consent');
    await waitUntil(async () => (await requestedScripts(token)).includes('frame'));
  });

  it('a tracker written in the page markup never executes before consent', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG, head: `<script src="${foreignTracker(token, 'inmarkup')}"></script>` });
    await page.win.CookieConsent.rejectAll();
    await settle();
    // The browser's preload scanner may fetch it; it must never run.
    expect(page.win.__ran ?? []).to.deep.equal([]);
  });

  it('with a refusal, an inserted tracker stays blocked; the site’s own scripts are untouched', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.rejectAll();
    const tracker = page.doc.createElement('script');
    tracker.src = foreignTracker(token, 'after-refusal');
    page.doc.head.append(tracker);
    const own = page.doc.createElement('script');
    own.src = `/__tracker/${token}/own-script.js`;
    page.doc.head.append(own);
    await waitUntil(() => (page.win.__ran ?? []).includes('own-script'));
    await settle();
    expect(await requestedScripts(token)).to.deep.equal(['own-script']);
  });
});
