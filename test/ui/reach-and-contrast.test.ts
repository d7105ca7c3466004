/**
 * What the review found weakly tested: reaching every action on a small
 * screen by scrolling, the automatic theme, the ≥ 3:1 contrast of switches
 * and focus ring, axe and 24 px targets on the placeholder and the footer
 * link, and the focused element beside the `center` box.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { axeViolations } from '../support/axe.js';
import { waitUntil } from '../support/wait.js';
import { BASIC_CONFIG, newToken, openDialog, openPage, resetSite, trackerUrl, waitForBanner, widget, type SitePage } from '../support/site-page.js';

const CONFIG = {
  ...BASIC_CONFIG,
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { label: 'Google Analytics', provider: 'Google Ireland Ltd.', thirdParty: true, cookies: [{ name: '_ga', duration: '2 years' }] } } },
    marketing: {},
  },
};

const deepActive = (page: SitePage): Element | null => {
  let active = page.doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Relative luminance of a computed `rgb()` / `rgba()` colour (WCAG 2.x). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Whether a visitor can scroll to `target`: the nearest box that clips it must be one they can scroll (a script
 * could scroll an `overflow: hidden` box, a visitor cannot) unless it already shows the target. Then it is
 * scrolled into view as a visitor would, and must be on screen and the topmost thing at its centre.
 */
function reachable(page: SitePage, root: ShadowRoot, target: HTMLElement): string | null {
  for (let box = target.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if (overflow === 'visible') continue;
    const [outer, inner] = [box.getBoundingClientRect(), target.getBoundingClientRect()];
    const shown = inner.top >= outer.top && inner.bottom <= outer.bottom;
    if (!shown && overflow !== 'auto' && overflow !== 'scroll') return `clipped by a box that cannot be scrolled (${box.className})`;
    break;
  }
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = target.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  if (x < 0 || y < 0 || x > page.win.innerWidth || y > page.win.innerHeight) return `off screen at ${Math.round(x)},${Math.round(y)}`;
  const hit = root.elementFromPoint(x, y);
  return hit === target || target.contains(hit) ? null : `covered by ${hit?.outerHTML.slice(0, 60) ?? 'nothing'}`;
}

describe('reach, theme and contrast', () => {
  beforeEach(resetSite);
  after(async () => {
    await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
    await resetSite();
  });

  it('at 320 × 640 every action of the banner and the preferences can be reached by scrolling', async () => {
    const page = await openPage({ config: { ...CONFIG, texts: { en: { 'banner.body': 'A long explanation. '.repeat(120) } } } });
    page.frame.style.width = '320px';
    page.frame.style.height = '640px';
    const banner = await waitForBanner(page);
    const root = widget(page)!;
    const bannerActions = Array.from(banner.querySelectorAll<HTMLElement>('button, a'));
    expect(bannerActions.map((el) => el.textContent!.trim())).to.deep.equal(['Privacy policy', 'Accept all', 'Reject all', 'Customise']);
    // The long text makes the banner taller than the screen: it must scroll inside itself.
    expect(banner.scrollHeight).to.be.greaterThan(banner.clientHeight);
    for (const action of bannerActions) expect(reachable(page, root, action), action.textContent!.trim()).to.equal(null);

    await page.win.CookieConsent.showPreferences();
    const dialog = await openDialog(page);
    dialog.querySelector('details')!.open = true;
    const dialogActions = Array.from(dialog.querySelectorAll<HTMLElement>('button, a, input, summary'));
    expect(dialogActions.length).to.be.at.least(7);
    for (const action of dialogActions) expect(reachable(page, root, action), action.outerHTML.slice(0, 60)).to.equal(null);
  });

  it('theme "auto" follows prefers-color-scheme', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      // Puppeteer's Firefox (WebDriver BiDi) cannot emulate this media feature; Chromium covers it.
      this.skip();
    }
    let page = await openPage({ config: BASIC_CONFIG });
    let banner = await waitForBanner(page);
    expect(getComputedStyle(banner).backgroundColor).to.equal('rgb(23, 25, 30)');
    await emulateMedia({ colorScheme: 'light' });
    page.frame.remove();
    page = await openPage({ config: BASIC_CONFIG });
    banner = await waitForBanner(page);
    expect(getComputedStyle(banner).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`switches and the focus ring have at least 3:1 contrast against their background (${theme})`, async () => {
      const page = await openPage({ config: { ...BASIC_CONFIG, theme }, body: '<main><a href="#x">A link in the page</a></main>' });
      const banner = await waitForBanner(page);
      const bannerBg = getComputedStyle(banner).backgroundColor;
      page.frame.focus();
      page.doc.querySelector<HTMLAnchorElement>('main a')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = deepActive(page) as HTMLElement;
      expect(widget(page)!.contains(focused)).to.equal(true);
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle).to.equal('solid');
      expect(contrast(ring.outlineColor, bannerBg), 'focus ring').to.be.at.least(3);

      await page.win.CookieConsent.save({ analytics: true, marketing: false });
      await page.win.CookieConsent.showPreferences();
      const dialog = await openDialog(page);
      const dialogBg = getComputedStyle(dialog).backgroundColor;
      const [on, off] = ['analytics', 'marketing'].map((key) => getComputedStyle(dialog.querySelector(`#cc-category-${key}`)!));
      expect(contrast(on!.backgroundColor, dialogBg), 'switch on').to.be.at.least(3);
      expect(contrast(off!.borderTopColor, dialogBg), 'switch off').to.be.at.least(3);
    });
  }

  it('axe finds nothing on the embed placeholder and the footer link, and their targets are at least 24 × 24 px', async () => {
    const page = await openPage({
      config: BASIC_CONFIG,
      body: `<main><iframe data-category="marketing" data-src="${trackerUrl(newToken(), 'video')}" title="Harbour video" width="400" height="225"></iframe></main>
        <footer><cookie-consent-link></cookie-consent-link></footer>`,
    });
    await page.win.CookieConsent.rejectAll();
    const placeholder = page.doc.querySelector('cookie-consent-placeholder')!;
    await waitUntil(() => placeholder.shadowRoot?.querySelector('button'), 'no placeholder');
    const link = page.doc.querySelector('cookie-consent-link')!;
    expect(await axeViolations(page, placeholder)).to.deep.equal([]);
    expect(await axeViolations(page, page.doc.querySelector('footer')!)).to.deep.equal([]);
    const targets = [...placeholder.shadowRoot!.querySelectorAll('button'), link.shadowRoot!.querySelector('button')!];
    expect(targets).to.have.length(3);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(24);
      expect(box.width, target.textContent!).to.be.at.least(24);
    }
  });

  it('the "center" layout does not hide the element the visitor tabs to', async () => {
    // Centred, as a page's own content often is: the box sits in the middle too.
    const links = Array.from({ length: 60 }, (_, i) => `<p style="text-align: center"><a href="#l${i}">Link ${i}</a></p>`).join('');
    const page = await openPage({ config: { ...BASIC_CONFIG, layout: 'center' }, body: `<main>${links}</main>` });
    const box = (await waitForBanner(page)).getBoundingClientRect();
    const anchors = Array.from(page.doc.querySelectorAll<HTMLAnchorElement>('main a'));
    // Every link, the one under the box included and the very last: none may end up entirely behind it.
    for (const link of anchors) {
      link.focus();
      const rect = link.getBoundingClientRect();
      const hidden = rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= box.left && rect.right <= box.right;
      expect(hidden, `${link.textContent!} is hidden behind the box`).to.equal(false);
    }
  });
});
