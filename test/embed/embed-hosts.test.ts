import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { EMBED_IFRAMES as EMBEDS } from '../support/embed-urls.js';
import { BASIC_CONFIG, buttonNamed, newToken, openPage, requestedScripts, resetSite, type SitePage } from '../support/site-page.js';

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

/** Inserts an unmarked iframe as a site's code or CMS would. */
function embed(page: SitePage, src: string, width = 400): HTMLIFrameElement {
  const frame = page.doc.createElement('iframe');
  frame.title = 'Harbour video';
  frame.width = String(width);
  frame.height = '225';
  frame.src = src;
  page.doc.body.append(frame);
  return frame;
}

const placeholderOf = (frame: Element): Element | null =>
  frame.previousElementSibling?.localName === 'cookie-consent-placeholder' ? frame.previousElementSibling : null;

describe('embeds nobody marked (the built-in embed hosts)', () => {
  beforeEach(resetSite);
  after(resetSite);

  // No request ever leaves for these hosts: they stay blocked here.
  it('YouTube, Vimeo, Maps, X, Instagram, Facebook, TikTok, Spotify and SoundCloud wait behind a placeholder for marketing', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const frames = EMBEDS.map((url) => embed(page, url));
    await waitUntil(() => frames.every((frame) => placeholderOf(frame)?.shadowRoot?.querySelector('button')), 'not every embed got a placeholder');
    frames.forEach((frame, at) => {
      expect(frame.getAttribute('src'), EMBEDS[at]).to.equal(null);
      expect(frame.getAttribute('data-src')).to.equal(EMBEDS[at]);
      expect(frame.getAttribute('data-category')).to.equal('marketing');
      // Never navigated anywhere: still the initial empty document, which this page can read.
      expect(frame.contentWindow!.location.href, EMBEDS[at]).to.equal('about:blank');
    });
    const hosts = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).hostname);
    expect(hosts.filter((host) => !['localhost', '127.0.0.1'].includes(host))).to.deep.equal([]);
  });

  it('a blocked embed is requested once, only after "Load content" (the test server standing in for the host)', async () => {
    const token = newToken();
    // The same path as a built-in host: the config's autoBlock puts this host under marketing.
    const page = await openPage({ config: { ...BASIC_CONFIG, autoBlock: { marketing: ['127.0.0.1'] } } });
    const frame = embed(page, `http://127.0.0.1:${location.port}/__tracker/${token}/player.js`);
    await waitUntil(() => placeholderOf(frame)?.shadowRoot?.querySelector('button'), 'no placeholder appeared');
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
    buttonNamed(placeholderOf(frame)!.shadowRoot!, 'Load content').click();
    await waitUntil(async () => (await requestedScripts(token)).includes('player'), 'the embed was not loaded');
    expect(placeholderOf(frame)).to.equal(null);
    // That embed alone (issue 16.9): its host is granted, marketing stays undecided.
    expect(page.win.CookieConsent.get()?.embeds).to.deep.equal(['host:127.0.0.1']);
    expect(page.win.CookieConsent.allowed('marketing')).to.equal(false);
    await settle();
    expect(await requestedScripts(token)).to.deep.equal(['player']);
  });

  it('an embed in the page’s own markup, after the widget’s tag, ends up blocked behind a placeholder', async () => {
    const token = newToken();
    const src = `http://127.0.0.1:${location.port}/__tracker/${token}/in-markup.js`;
    const page = await openPage({
      config: { ...BASIC_CONFIG, autoBlock: { marketing: ['127.0.0.1'] } },
      body: `<main><p>Harbour news</p><iframe src="${src}" title="Harbour video" width="400" height="225"></iframe></main>`,
    });
    const frame = page.doc.querySelector('iframe')!;
    await waitUntil(() => placeholderOf(frame)?.shadowRoot?.querySelector('button'), 'no placeholder appeared');
    expect(frame.getAttribute('data-src')).to.equal(src);
    expect(frame.getAttribute('src')).to.equal(null);
    // Sent back to the empty document: nothing of the embed stays loaded (a cross-origin page would throw here).
    await waitUntil(() => frame.contentWindow!.location.href === 'about:blank', 'the embed stayed loaded');
    // Chromium starts a parsed iframe's request before any script can act (Firefox does not): the README tells
    // site owners to mark embeds in their own HTML. Logged, as the auto-blocker test logs markup scripts.
    console.log(`[embed-hosts] markup iframe requested before the grant: ${JSON.stringify(await requestedScripts(token))}`);
  });

  it('the config moves an embed host to another category, as any other host', async () => {
    const config = { ...BASIC_CONFIG, categories: { ...BASIC_CONFIG.categories, functional: {} }, autoBlock: { functional: ['player.vimeo.com'] } };
    const page = await openPage({ config });
    const vimeo = embed(page, 'https://player.vimeo.com/video/76979871');
    const youtube = embed(page, 'https://www.youtube.com/embed/M7lc1UVf-VE');
    expect(vimeo.getAttribute('data-category')).to.equal('functional');
    expect(youtube.getAttribute('data-category')).to.equal('marketing');
  });

  it('a long host name in the placeholder breaks after its dots, never inside a name', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const frame = embed(page, 'https://www.youtube-nocookie.com/embed/x', 150);
    await waitUntil(() => placeholderOf(frame)?.shadowRoot?.querySelector('.host'), 'no placeholder with the host');
    const labels = Array.from(placeholderOf(frame)!.shadowRoot!.querySelectorAll('.host'));
    // The text names the host twice: who provides the content, and what "Load content" allows.
    expect(labels.map((label) => label.textContent).join('')).to.equal('www.youtube-nocookie.com'.repeat(2));
    // The lines a label's boxes sit on (a browser may give a label more than one box on one line).
    const linesOf = (label: Element) => new Set(Array.from(label.getClientRects(), (box) => Math.round(box.top)));
    for (const label of labels) expect(linesOf(label).size, `"${label.textContent}" was broken`).to.equal(1);
    const lines = new Set(labels.flatMap((label) => [...linesOf(label)]));
    expect(lines.size, 'the host did not wrap at all').to.be.greaterThan(1);
  });
});
