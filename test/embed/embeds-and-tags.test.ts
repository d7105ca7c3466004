import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import {
  BASIC_CONFIG,
  buttonNamed,
  newToken,
  nextChange,
  openPage,
  reloadPage,
  requestedScripts,
  resetSite,
  trackerUrl,
  widget,
  type SitePage,
} from '../support/site-page.js';

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));
const placeholder = (page: SitePage) => page.doc.querySelector('cookie-consent-placeholder');

function frameTag(token: string): string {
  return `<iframe data-category="marketing" data-src="${trackerUrl(token, 'video')}" title="Harbour video" width="400" height="225"></iframe>`;
}

describe('blocked embeds and tags', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('a blocked iframe stays empty behind a placeholder of the same size, and is never requested', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: `<main>${frameTag(token)}</main>` });
    await waitUntil(() => placeholder(page)?.shadowRoot?.querySelector('button'), 'no placeholder appeared');
    const stand = placeholder(page)!;
    const iframe = page.doc.querySelector('iframe')!;
    expect(iframe.hidden).to.equal(true);
    expect(iframe.getAttribute('src')).to.equal(null);
    const box = stand.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(400);
    expect(Math.round(box.height)).to.equal(225);
    const root = stand.shadowRoot!;
    expect(root.textContent).to.contain('Harbour video');
    expect(root.textContent).to.contain('localhost');
    expect(buttonNamed(root, 'Load content')).to.exist;
    expect(buttonNamed(root, 'Cookie settings')).to.exist;
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
  });

  it('the page’s own `display` for iframes does not show the blocked one beside its placeholder; its own style comes back', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      // As common in site CSS (and a reset's `iframe { display: block }` beats the hidden attribute).
      head: '<style>iframe { display: block; }</style>',
      body: `<main><iframe style="display: inline-block" data-category="marketing" data-src="${trackerUrl(token, 'video')}" title="Harbour video" width="400" height="225"></iframe></main>`,
    });
    await waitUntil(() => placeholder(page)?.shadowRoot?.querySelector('button'), 'no placeholder appeared');
    const iframe = page.doc.querySelector('iframe')!;
    expect(page.win.getComputedStyle(iframe).display).to.equal('none');
    expect(iframe.getBoundingClientRect().height).to.equal(0);
    buttonNamed(placeholder(page)!.shadowRoot!, 'Load content').click();
    await waitUntil(async () => (await requestedScripts(token)).includes('video'), 'the embed was not loaded');
    expect(iframe.style.display).to.equal('inline-block');
    expect(iframe.style.getPropertyPriority('display')).to.equal('');
    expect(iframe.getBoundingClientRect().height, 'the embed did not come back').to.be.at.least(225);
  });

  it('"Load content" loads that embed alone, logged from the placeholder, and the embed loads in its place', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: `<main>${frameTag(token)}</main>` });
    await waitUntil(() => placeholder(page)?.shadowRoot?.querySelector('button'));
    const changed = nextChange(page);
    buttonNamed(placeholder(page)!.shadowRoot!, 'Load content').click();
    const state = await changed;
    expect(state.action).to.equal('load-content');
    expect(state.source).to.equal('placeholder');
    expect(state.categories).to.deep.equal({ necessary: true });
    expect(state.embeds).to.deep.equal(['host:localhost']);
    await waitUntil(async () => (await requestedScripts(token)).includes('video'), 'the embed was not loaded');
    const iframe = page.doc.querySelector('iframe')!;
    expect(iframe.hidden).to.equal(false);
    expect(placeholder(page)).to.equal(null);
  });

  it('the placeholder’s "Cookie settings" opens the preferences', async () => {
    const page = await openPage({ config: BASIC_CONFIG, body: `<main>${frameTag(newToken())}</main>` });
    await waitUntil(() => placeholder(page)?.shadowRoot?.querySelector('button'));
    buttonNamed(placeholder(page)!.shadowRoot!, 'Cookie settings').click();
    await waitUntil(() => widget(page)?.querySelector('dialog')?.open, 'the preferences did not open');
  });

  it('a returning visitor who allowed the purpose gets the embed directly, no placeholder', async () => {
    const token = newToken();
    let page = await openPage({ config: BASIC_CONFIG, body: `<main>${frameTag(token)}</main>` });
    await page.win.CookieConsent.save({ marketing: true });
    page = await reloadPage(page);
    await waitUntil(() => page.doc.querySelector('iframe')?.getAttribute('src'));
    await settle(200);
    expect(placeholder(page)).to.equal(null);
  });

  it('images with data-src wait too', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG, body: `<img data-category="analytics" data-src="${trackerUrl(token, 'pixel')}" alt="" width="1" height="1">` });
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
    await page.win.CookieConsent.save({ analytics: true });
    await waitUntil(async () => (await requestedScripts(token)).includes('pixel'));
  });

  it('a tag naming an unknown category stays blocked and is reported once with its source', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      head: `<script type="text/plain" data-category="analytcs" src="${trackerUrl(token, 'typo')}"></script>`,
    });
    await page.win.CookieConsent.acceptAll();
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
    const warnings = page.win.__warnings.filter((w) => w.includes('unknown category'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`/__tracker/${token}/typo.js`);
    expect(warnings[0]).to.contain('"analytcs" (did you mean "analytics"?)');
  });

  it('a javascript: data-src is never loaded', async () => {
    const page = await openPage({
      config: BASIC_CONFIG,
      body: `<iframe data-category="marketing" data-src="javascript:parent.__hacked=1" title="x"></iframe>`,
    });
    await page.win.CookieConsent.acceptAll();
    await settle();
    expect((page.win as unknown as Record<string, unknown>)['__hacked']).to.equal(undefined);
    expect(page.doc.querySelector('iframe')!.getAttribute('src')).to.equal(null);
    expect(page.win.__warnings.join('\n')).to.contain('not http(s)');
  });

  it('a blocked script that throws does not stop the ones after it', async () => {
    const page = await openPage({
      config: BASIC_CONFIG,
      head: `<script type="text/plain" data-category="analytics">throw new Error('tracker bug')</script>
             <script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('after')</script>`,
    });
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => (page.win.__ran ?? []).includes('after'), 'the script after the throwing one did not run');
  });

  it('blocked tags the site inserts later (createElement, innerHTML) wait for consent and then run in order', async () => {
    const token = newToken();
    const page = await openPage({ config: BASIC_CONFIG });
    const script = page.doc.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-category', 'analytics');
    script.setAttribute('data-src', trackerUrl(token, 'first', '?delay=200'));
    page.doc.body.append(script);
    const holder = page.doc.createElement('div');
    holder.innerHTML = `<script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('second')</script>`;
    page.doc.body.append(holder);
    await settle();
    expect(await requestedScripts(token)).to.deep.equal([]);
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => (page.win.__ran ?? []).length === 2);
    expect(page.win.__ran).to.deep.equal(['first', 'second']);
    // Inserted after consent: runs at once.
    const late = page.doc.createElement('script');
    late.type = 'text/plain';
    late.setAttribute('data-category', 'analytics');
    late.textContent = "(window.__ran = window.__ran || []).push('late')";
    page.doc.body.append(late);
    await waitUntil(() => (page.win.__ran ?? []).includes('late'));
    // Inside an element inserted after consent: found there, and runs too.
    const lateHolder = page.doc.createElement('div');
    lateHolder.innerHTML = `<p><script type="text/plain" data-category="analytics">(window.__ran = window.__ran || []).push('late, nested')</script></p>`;
    page.doc.body.append(lateHolder);
    await waitUntil(() => (page.win.__ran ?? []).includes('late, nested'), 'a blocked tag inside an inserted element did not run');
  });
});
