import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { axeViolations } from '../support/axe.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  BASIC_CONFIG,
  buttonNamed,
  nextChange,
  openDialog,
  openPage,
  readDatabase,
  resetSite,
  visibleBanner,
  waitForBanner,
  widget,
  type SitePage,
} from '../support/site-page.js';

async function openPreferences(page: SitePage): Promise<HTMLDialogElement> {
  await page.win.CookieConsent.showPreferences();
  // showPreferences() settles once the dialog is open.
  const dialog = widget(page)!.querySelector('dialog')!;
  expect(dialog.open).to.equal(true);
  return dialog;
}

const deepActive = (page: SitePage): Element | null => {
  let active = page.doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<cookie-consent> as visitors use it', () => {
  beforeEach(resetSite);
  after(resetSite);

  for (const theme of ['light', 'dark'] as const) {
    it(`axe-core finds no violation on the banner and the preferences (${theme} theme)`, async () => {
      const page = await openPage({
        config: {
          ...BASIC_CONFIG,
          theme,
          categories: {
            necessary: { required: true },
            analytics: { services: { ga4: { label: 'Google Analytics', provider: 'Google Ireland Ltd.', cookies: [{ name: '_ga', duration: '2 years' }] } } },
            marketing: { gpc: true },
          },
        },
        // With GPC on, the notice line is scanned too.
        beforeEmbed: `<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });</script>`,
      });
      await waitForBanner(page);
      const element = page.doc.querySelector('cookie-consent')!;
      expect(widget(page)!.querySelector('[part~="gpc-notice"]')).to.exist;
      expect(await axeViolations(page, element)).to.deep.equal([]);
      const dialog = await openPreferences(page);
      dialog.querySelector('details')!.open = true;
      expect(await axeViolations(page, element)).to.deep.equal([]);
    });
  }

  it('the banner is a labelled region whose three buttons are equal in size, weight and colour', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    expect(banner.getAttribute('aria-labelledby')).to.equal('cc-banner-title');
    expect(widget(page)!.getElementById('cc-banner-title')!.textContent).to.equal('Your privacy choices');
    const [accept, reject, customise] = ['Accept all', 'Reject all', 'Customise'].map((name) => buttonNamed(banner, name));
    const look = (b: HTMLElement) => {
      const style = getComputedStyle(b);
      const box = b.getBoundingClientRect();
      return [Math.round(box.width), Math.round(box.height), style.fontWeight, style.fontSize, style.color, style.backgroundColor, style.borderColor].join(' ');
    };
    expect(look(reject!)).to.equal(look(accept!));
    expect(look(customise!)).to.equal(look(accept!));
  });

  it('config text is rendered as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__xss=1">';
    const page = await openPage({
      config: { ...BASIC_CONFIG, owner: attack, categories: { necessary: { required: true }, analytics: { label: attack, description: attack } } },
    });
    const banner = await waitForBanner(page);
    await openPreferences(page);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(banner.textContent).to.contain(attack);
    expect(widget(page)!.querySelector('img')).to.equal(null);
    expect((page.win as unknown as Record<string, unknown>)['__xss']).to.equal(undefined);
  });

  it('a javascript: policy link is refused by validation and never rendered', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, policyUrl: 'javascript:alert(1)' } });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    expect(page.win.__errors.join('\n')).to.contain('policyUrl: expected an http(s) or relative URL');
    expect(page.doc.querySelector('cookie-consent')).to.equal(null);
  });

  it('works under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)', async () => {
    const page = await openPage({
      csp: true,
      config: BASIC_CONFIG,
      head: `<script type="text/plain" data-category="analytics" nonce="{{CSP_NONCE}}">window.__inlineRan = true;</script>`,
      // A blocked embed too: its placeholder is a chunk of its own, sized through CSSOM until it renders.
      body: '<main><iframe data-category="marketing" data-src="/blank.html" title="Map" width="300" height="200"></iframe></main>',
    });
    const banner = await waitForBanner(page);
    expect(getComputedStyle(banner).position).to.equal('fixed', 'the shadow styles were blocked');
    await waitUntil(() => page.doc.querySelector('cookie-consent-placeholder')?.shadowRoot?.querySelector('button'), 'no placeholder appeared');
    buttonNamed(banner, 'Accept all').click();
    await waitUntil(() => (page.win as unknown as Record<string, unknown>)['__inlineRan'] === true, 'the nonce was not carried over');
    expect(page.win.__cspViolations).to.deep.equal([]);
  });

  it('keyboard alone: Tab reaches the banner buttons, Enter decides', async () => {
    const page = await openPage({ config: BASIC_CONFIG, body: '<main><a href="#x">A link in the page</a></main>' });
    const banner = await waitForBanner(page);
    page.frame.focus();
    page.doc.querySelector<HTMLAnchorElement>('main a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive(page)?.textContent?.trim()).to.equal('Privacy policy');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive(page)).to.equal(buttonNamed(banner, 'Reject all'));
    const changed = nextChange(page);
    await sendKeys({ press: 'Enter' });
    expect((await changed).action).to.equal('reject-all');
  });

  it('keyboard alone: Customise opens the dialog with focus inside; Space flips a switch; Save stores exactly that', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    page.frame.focus();
    buttonNamed(banner, 'Customise').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(page);
    expect(dialog.contains(deepActive(page))).to.equal(true, 'focus did not move into the dialog');
    const analytics = widget(page)!.querySelector<HTMLInputElement>('#cc-category-analytics')!;
    analytics.focus();
    await sendKeys({ press: ' ' }); // the space bar; BiDi (Firefox) does not know the name "Space"
    expect(analytics.checked).to.equal(true);
    expect(analytics.getAttribute('role')).to.equal('switch');
    buttonNamed(dialog, 'Save preferences').focus();
    const changed = nextChange(page);
    await sendKeys({ press: 'Enter' });
    expect((await changed).categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
  });

  it('focus returns to the footer link that opened the preferences when they close', async () => {
    const page = await openPage({ config: BASIC_CONFIG, body: '<footer><a href="#s" data-cookie-consent="open">Cookie settings</a></footer>' });
    await page.win.CookieConsent.rejectAll();
    const link = page.doc.querySelector<HTMLAnchorElement>('footer a')!;
    page.frame.focus();
    link.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(page);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(page.doc.activeElement).to.equal(link);
  });

  it('reopening the preferences shows the stored choice, with the decision date and consent ID', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const state = await page.win.CookieConsent.save({ marketing: true });
    const dialog = await openPreferences(page);
    expect(widget(page)!.querySelector<HTMLInputElement>('#cc-category-marketing')!.checked).to.equal(true);
    expect(widget(page)!.querySelector<HTMLInputElement>('#cc-category-analytics')!.checked).to.equal(false);
    expect(dialog.textContent).to.contain(state.id);
  });

  it('targets are at least 24 × 24 CSS px', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, categories: { necessary: { required: true }, analytics: { services: { a: {} } } } } });
    await waitForBanner(page);
    await openPreferences(page);
    const targets = Array.from(widget(page)!.querySelectorAll<HTMLElement>('button, input, a, summary')).filter((el) => el.getClientRects().length > 0);
    expect(targets.length).to.be.greaterThan(5);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      const isInlineLink = target.tagName === 'A';
      // WCAG 2.5.8 exempts links inside a sentence; ours stand alone, so they are measured for height only.
      expect(box.height, `${target.outerHTML.slice(0, 60)} height`).to.be.at.least(24);
      if (!isInlineLink) expect(box.width, `${target.outerHTML.slice(0, 60)} width`).to.be.at.least(24);
    }
  });

  it('at 320 px wide nothing scrolls sideways and every action is reachable', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    page.frame.style.width = '320px';
    page.frame.style.height = '640px';
    const banner = await waitForBanner(page);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
    for (const name of ['Accept all', 'Reject all', 'Customise']) {
      const box = buttonNamed(banner, name).getBoundingClientRect();
      expect(box.right, name).to.be.at.most(320);
      expect(box.left, name).to.be.at.least(0);
    }
    const dialog = await openPreferences(page);
    expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
  });

  it('Escape on the banner grants nothing and leaves the banner in place', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    page.frame.focus();
    buttonNamed(banner, 'Accept all').focus();
    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(visibleBanner(page)).to.exist;
    expect((await readDatabase()).current).to.equal(undefined);
  });
});

describe('withdrawing from the preferences', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('takes two actions from the footer link: open, then "Withdraw consent"', async () => {
    const page = await openPage({
      config: { ...BASIC_CONFIG, reloadOnWithdraw: false },
      body: '<footer><a href="#s" data-cookie-consent="open">Cookie settings</a></footer>',
    });
    await page.win.CookieConsent.acceptAll();
    page.doc.querySelector<HTMLAnchorElement>('footer a')!.click();
    const dialog = await openDialog(page);
    const changed = nextChange(page);
    buttonNamed(dialog, 'Withdraw consent').click();
    const state = await changed;
    expect(state.action).to.equal('withdraw');
    expect(state.source).to.equal('preferences');
    expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
  });

  it('offers no withdrawal when nothing optional is granted', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.rejectAll();
    const dialog = await openPreferences(page);
    expect(() => buttonNamed(dialog, 'Withdraw consent')).to.throw();
  });
});

describe('consent history in the preferences', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('lists this browser’s decisions, newest first, with the log’s verdict, and goes back', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, reloadOnWithdraw: false } });
    await page.win.CookieConsent.rejectAll();
    await page.win.CookieConsent.save({ analytics: true });
    const dialog = await openPreferences(page);
    buttonNamed(dialog, 'Consent history').click();
    const history = await waitUntil(() => dialog.querySelector('consent-history')?.shadowRoot?.querySelector('tbody'), 'no history table').then(
      () => dialog.querySelector('consent-history')!.shadowRoot!,
    );
    const rows = Array.from(history.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent!.trim()));
    expect(rows.map((row) => row.slice(1))).to.deep.equal([
      ['Saved a choice', 'Analytics'],
      ['Rejected all', 'Only strictly necessary'],
    ]);
    expect(history.textContent).to.contain('The record is complete and unaltered.');
    expect(widget(page)!.getElementById('cc-prefs-title')!.textContent).to.equal('Consent history on this device');
    expect(await axeViolations(page, page.doc.querySelector('cookie-consent')!)).to.deep.equal([]);
    buttonNamed(history, 'Back to preferences').click();
    await waitUntil(() => !dialog.querySelector('consent-history'));
    expect(dialog.querySelector('#cc-category-analytics')).to.exist;
  });

  it('"Download CSV" hands the visitor a file of their log', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    await page.win.CookieConsent.rejectAll();
    const dialog = await openPreferences(page);
    buttonNamed(dialog, 'Consent history').click();
    await waitUntil(() => dialog.querySelector('consent-history')?.shadowRoot?.querySelector('tbody'));
    const history = dialog.querySelector('consent-history')!.shadowRoot!;
    // Catch the download link's click instead of letting the browser save a file.
    const anchorPrototype = (page.win as unknown as typeof globalThis).HTMLAnchorElement.prototype;
    const clicked = new Promise<HTMLAnchorElement>((resolve) => {
      const original = anchorPrototype.click;
      anchorPrototype.click = function (this: HTMLAnchorElement) {
        anchorPrototype.click = original;
        resolve(this);
      };
    });
    buttonNamed(history, 'Download CSV').click();
    const link = await clicked;
    expect(link.download).to.match(/^consent-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await (await fetch(link.href)).text();
    expect(text.split('\r\n')[0]).to.contain('consentId,seq,at,action');
    expect(text).to.contain('reject-all');
  });
});

describe('layouts, the persistent button and the focused element', () => {
  beforeEach(resetSite);
  after(resetSite);

  for (const layout of ['box', 'center'] as const) {
    it(`layout "${layout}" draws a box with all three buttons on screen, axe-clean`, async () => {
      const page = await openPage({ config: { ...BASIC_CONFIG, layout } });
      const banner = await waitForBanner(page);
      const box = banner.getBoundingClientRect();
      expect(box.width).to.be.at.most(560);
      expect(box.width).to.be.below(page.win.innerWidth);
      for (const name of ['Accept all', 'Reject all', 'Customise']) {
        const button = buttonNamed(banner, name).getBoundingClientRect();
        expect(button.bottom, name).to.be.at.most(page.win.innerHeight);
        expect(button.right, name).to.be.at.most(page.win.innerWidth);
      }
      if (layout === 'box') expect(page.win.innerWidth - box.right).to.be.below(40);
      expect(await axeViolations(page, page.doc.querySelector('cookie-consent')!)).to.deep.equal([]);
    });
  }

  it('settingsButton adds a persistent "Cookie settings" button that opens the preferences', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, settingsButton: true } });
    await page.win.CookieConsent.rejectAll();
    const floating = page.doc.querySelector('cookie-consent-link[floating]')!;
    expect(floating).to.exist;
    expect(getComputedStyle(floating).position).to.equal('fixed');
    floating.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => widget(page)?.querySelector('dialog')?.open, 'the preferences did not open');
  });

  it('the page reserves the banner’s height, so a focused element is scrolled into view above it', async () => {
    const links = Array.from({ length: 40 }, (_, i) => `<p><a href="#l${i}">Link ${i}</a></p>`).join('');
    const page = await openPage({ config: BASIC_CONFIG, body: `<main>${links}</main>` });
    const banner = await waitForBanner(page);
    await waitUntil(() => page.doc.documentElement.style.scrollPaddingBottom !== '');
    const last = page.doc.querySelectorAll('main a')[25] as HTMLAnchorElement;
    last.focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(last.getBoundingClientRect().bottom).to.be.at.most(banner.getBoundingClientRect().top);
    await page.win.CookieConsent.rejectAll();
    await waitUntil(() => page.doc.documentElement.style.scrollPaddingBottom === '', 'the padding was not given back');
  });
});

describe('motion', () => {
  beforeEach(resetSite);
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined);
    await resetSite();
  });

  it('with prefers-reduced-motion the banner appears without animation', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      // Puppeteer's Firefox (WebDriver BiDi) cannot emulate this media feature; Chromium covers it.
      this.skip();
    }
    const page = await openPage({ config: BASIC_CONFIG });
    const banner = await waitForBanner(page);
    expect(page.win.matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(banner.getAnimations()).to.deep.equal([]);
  });
});
