/**
 * A returning visitor's granted tags run where the page has them, as if no consent tool stood in between:
 * the parser runs the blocked tag itself once the decision read first thing grants it, so the page's next
 * script already sees it. And whatever way a tag is released, it runs once, in page order.
 */
import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, newToken, openPage, reloadPage, requestedScripts, resetSite, trackerUrl, waitForBanner, type SitePage } from '../support/site-page.js';
import { waitUntil } from '../support/wait.js';

type Page = SitePage & { win: SitePage['win'] & { __seenAfter?: string[] } };

const blocked = (token: string, name: string, attributes = ''): string =>
  `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, name)}" ${attributes}></script>`;
/** An inline script right after the tags: what had run by the time the parser reached it. */
const seenAfter = (nonce = ''): string => `<script ${nonce}>window.__seenAfter = (window.__ran || []).slice();</script>`;

/** Accepts everything on a first page, waits for its `tags` to have run there, then comes back. */
async function returning(spec: Parameters<typeof openPage>[0], tags: string[]): Promise<Page> {
  const first = await openPage(spec);
  await waitForBanner(first);
  await first.win.CookieConsent.acceptAll();
  await waitUntil(() => tags.every((tag) => first.win.__ran?.includes(tag)), 'the tags did not run on the decision');
  return (await reloadPage(first)) as Page;
}

describe('granted tags run in place on a returning visit', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('the parser runs a granted tag before the next script: that script sees it has run', async () => {
    const token = newToken();
    const page = await returning({ config: BASIC_CONFIG, head: blocked(token, 'gtag') + seenAfter() }, ['gtag']);
    expect(page.win.__seenAfter).to.deep.equal(['gtag']);
    expect(page.doc.querySelector('script[data-category="analytics"]')?.hasAttribute('data-cookie-consent-activated')).to.equal(true);
  });

  it('several granted tags run in page order, each once, the slow one first', async () => {
    const token = newToken();
    const slow = `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'slow', '?delay=300')}"></script>`;
    const page = await returning({ config: BASIC_CONFIG, head: slow + blocked(token, 'fast') + seenAfter() }, ['slow', 'fast']);
    expect(page.win.__seenAfter).to.deep.equal(['slow', 'fast']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.win.__ran).to.deep.equal(['slow', 'fast']);
  });

  it('a tag written with data-src runs as an inserted copy, after the tag before it', async () => {
    const token = newToken();
    const late = `<script type="text/plain" data-category="analytics" data-src="${trackerUrl(token, 'late')}"></script>`;
    const slow = `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'slow', '?delay=300')}"></script>`;
    const page = await returning({ config: BASIC_CONFIG, head: slow + late }, ['slow', 'late']);
    await waitUntil(() => page.win.__ran?.length === 2, `ran: ${JSON.stringify(page.win.__ran)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.win.__ran).to.deep.equal(['slow', 'late']);
  });

  it('a granted tag a site script adds while the page loads still runs, once', async () => {
    const token = newToken();
    const adder = `<script>
      const tag = document.createElement('script');
      tag.type = 'text/plain';
      tag.dataset.category = 'analytics';
      tag.src = ${JSON.stringify(trackerUrl(token, 'added'))};
      document.head.append(tag);
    </script>`;
    const page = await returning({ config: BASIC_CONFIG, head: adder, body: blocked(token, 'parsed') }, ['added', 'parsed']);
    await waitUntil(() => page.win.__ran?.length === 2, `ran: ${JSON.stringify(page.win.__ran)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...page.win.__ran!].sort()).to.deep.equal(['added', 'parsed']);
  });

  it('a granted tag a timer adds while the parser waits still runs, once (the parser never saw it)', async () => {
    const token = newToken();
    // The timer fires while the parser waits for the slow plain script after it: no script is running then.
    const timer = `<script>
      setTimeout(() => {
        const tag = document.createElement('script');
        tag.type = 'text/plain';
        tag.dataset.category = 'analytics';
        tag.src = ${JSON.stringify(trackerUrl(token, 'timer'))};
        // In order, as script loaders ask: only then can it pass for one the parser added.
        tag.async = false;
        document.head.append(tag);
      }, 50);
      // A URL of its own on each page, so that no cache answers it at once.
      document.write('<script src="${trackerUrl(token, 'wait', '?delay=400')}&page=' + Math.random() + '"><\\/script>');
    </script>`;
    const page = await returning({ config: BASIC_CONFIG, head: timer }, ['timer']);
    await waitUntil(() => page.win.__ran?.includes('timer'), `ran: ${JSON.stringify(page.win.__ran)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...page.win.__ran!].sort()).to.deep.equal(['timer', 'wait']);
  });

  it('an async tag runs once too', async () => {
    const token = newToken();
    const page = await returning({ config: BASIC_CONFIG, head: blocked(token, 'async', 'async') + seenAfter() }, ['async']);
    await waitUntil(() => page.win.__ran?.includes('async'), 'the async tag did not run');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.win.__ran).to.deep.equal(['async']);
  });

  it('under a nonce-only policy with strict-dynamic, a tag without the nonce still runs, once', async () => {
    const token = newToken();
    const spec = {
      config: BASIC_CONFIG,
      csp: 'strict-dynamic' as const,
      embedAttributes: 'nonce="{{CSP_NONCE}}"',
      head: blocked(token, 'gtag'),
    };
    const first = await openPage(spec);
    await waitForBanner(first);
    await first.win.CookieConsent.acceptAll();
    await waitUntil(() => first.win.__ran?.includes('gtag'), 'the tag did not run on the decision');
    const page = await reloadPage(first);
    await waitUntil(() => page.win.__ran?.includes('gtag'), 'the granted tag did not run on the returning visit');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.win.__ran).to.deep.equal(['gtag']);
    expect(page.win.__uncaught).to.deep.equal([]);
  });

  it('a refused tag stays inert and is never requested', async () => {
    const token = newToken();
    const first = await openPage({ config: BASIC_CONFIG, head: blocked(token, 'gtag') + seenAfter() });
    await waitForBanner(first);
    await first.win.CookieConsent.rejectAll();
    const page = (await reloadPage(first)) as Page;
    expect(page.win.__seenAfter).to.deep.equal([]);
    expect(page.win.__ran ?? []).to.deep.equal([]);
    expect(await requestedScripts(token)).to.deep.equal([]);
  });
});
