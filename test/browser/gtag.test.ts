import { expect } from '@open-wc/testing';
import { defaultSignals, signalsFor, type ConsentModeOptions } from '../../src/core/consent-mode.js';
import { parseConsentModeOptions } from '../../src/core/consent-mode-options.js';
import { CONSENT_EVENT, ensureGtag, googleTagRanFirst, pushConsentEvent, sendConsentDefault, sendConsentUpdate } from '../../src/browser/gtag.js';

/** The globals our code touches, as a test reads them. */
type TagWindow = Window & { dataLayer?: unknown; gtag?: unknown; google_tag_manager?: unknown };

const frames: HTMLIFrameElement[] = [];

/** A fresh same-origin window per test, so dataLayer and gtag never leak between tests or into the runner. */
async function freshWindow(): Promise<TagWindow> {
  const frame = document.createElement('iframe');
  // srcdoc and waiting for load: Firefox replaces the initial about:blank document,
  // which would drop globals set on it before the load.
  frame.srcdoc = '<!doctype html><title>gtag test</title>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as TagWindow;
}

function isArguments(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Arguments]';
}

/** dataLayer entries, Arguments objects turned into arrays so they compare with deep.equal. */
function entries(win: TagWindow): unknown[] {
  expect(Array.isArray(win.dataLayer), 'dataLayer is an array').to.equal(true);
  return (win.dataLayer as unknown[]).map((entry) => (isArguments(entry) ? Array.from(entry as IArguments) : entry));
}

function optionsFor(raw: Record<string, unknown>): ConsentModeOptions {
  const result = parseConsentModeOptions({ enabled: true, ...raw }, ['necessary', 'functional', 'analytics', 'marketing']);
  expect(result.errors).to.deep.equal([]);
  return result.options;
}

describe('browser/gtag', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('ensureGtag', () => {
    it('creates dataLayer and a gtag that queues Arguments objects, not arrays', async () => {
      const win = await freshWindow();
      expect(win.dataLayer).to.equal(undefined);
      const gtag = ensureGtag(win);
      expect(win.gtag).to.equal(gtag);
      expect(win.dataLayer).to.deep.equal([]);

      gtag('js', 'x');
      const layer = win.dataLayer as unknown[];
      expect(layer).to.have.length(1);
      expect(isArguments(layer[0])).to.equal(true);
      expect(Array.isArray(layer[0])).to.equal(false);
      expect(Array.from(layer[0] as IArguments)).to.deep.equal(['js', 'x']);
    });

    it('keeps a dataLayer the page already has, entries and all', async () => {
      const win = await freshWindow();
      const existing = [{ event: 'site_event' }];
      win.dataLayer = existing;
      ensureGtag(win)('set', 'a', 1);
      expect(win.dataLayer).to.equal(existing);
      expect(existing[0]).to.deep.equal({ event: 'site_event' });
      expect(existing).to.have.length(2);
    });

    it("keeps and uses the page's own gtag", async () => {
      const win = await freshWindow();
      const calls: unknown[][] = [];
      const siteGtag = (...args: unknown[]) => {
        calls.push(args);
      };
      win.gtag = siteGtag;
      expect(ensureGtag(win)).to.equal(siteGtag);
      expect(win.gtag).to.equal(siteGtag);
      expect(sendConsentUpdate(win, defaultSignals())).to.equal(true);
      expect(calls).to.deep.equal([['consent', 'update', defaultSignals()]]);
    });

    it('installs gtag only once, so later calls reuse it', async () => {
      const win = await freshWindow();
      const first = ensureGtag(win);
      expect(ensureGtag(win)).to.equal(first);
    });

    it("pushes onto the page's current dataLayer when the page replaced it after we started", async () => {
      const win = await freshWindow();
      const gtag = ensureGtag(win);
      const replaced: unknown[] = [];
      win.dataLayer = replaced;
      gtag('set', 'b', 2);
      expect(replaced).to.have.length(1);
    });
  });

  describe('sendConsentDefault', () => {
    it('queues the denied default with wait_for_update, and nothing else by default', async () => {
      const win = await freshWindow();
      expect(sendConsentDefault(win, optionsFor({}))).to.equal(true);
      const layer = win.dataLayer as unknown[];
      expect(layer.every(isArguments)).to.equal(true);
      expect(entries(win)).to.deep.equal([
        [
          'consent',
          'default',
          {
            ad_storage: 'denied',
            ad_user_data: 'denied',
            ad_personalization: 'denied',
            analytics_storage: 'denied',
            functionality_storage: 'denied',
            personalization_storage: 'denied',
            security_storage: 'granted',
            wait_for_update: 500,
          },
        ],
      ]);
    });

    it('carries the region and the opt-in settings, after the default', async () => {
      const win = await freshWindow();
      const options = optionsFor({ waitForUpdate: 1500, region: ['ES-MD'], adsDataRedaction: true, urlPassthrough: true });
      sendConsentDefault(win, options);
      expect(entries(win)).to.deep.equal([
        ['consent', 'default', { ...defaultSignals(), wait_for_update: 1500, region: ['ES-MD'] }],
        ['set', 'ads_data_redaction', true],
        ['set', 'url_passthrough', true],
      ]);
    });

    it('sets each opt-in setting on its own', async () => {
      const win = await freshWindow();
      sendConsentDefault(win, optionsFor({ urlPassthrough: true }));
      expect(entries(win).slice(1)).to.deep.equal([['set', 'url_passthrough', true]]);
    });
  });

  describe('sendConsentUpdate', () => {
    it('queues an update with all six storage keys and security_storage, after the default', async () => {
      const win = await freshWindow();
      const options = optionsFor({});
      sendConsentDefault(win, options);
      expect(sendConsentUpdate(win, signalsFor(['necessary', 'analytics'], options))).to.equal(true);
      const queued = entries(win);
      expect(queued.map((entry) => (entry as unknown[]).slice(0, 2))).to.deep.equal([
        ['consent', 'default'],
        ['consent', 'update'],
      ]);
      expect((queued[1] as unknown[])[2]).to.deep.equal({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
      });
      expect(isArguments((win.dataLayer as unknown[])[1])).to.equal(true);
    });

    it('queues its own copy, so a later change to the signals cannot rewrite what was sent', async () => {
      const win = await freshWindow();
      const signals = defaultSignals();
      sendConsentUpdate(win, signals);
      signals.ad_storage = 'granted';
      expect((entries(win)[0] as unknown[])[2]).to.deep.equal(defaultSignals());
    });

    it('sends anything but "granted" as denied', async () => {
      const win = await freshWindow();
      const odd = { ...defaultSignals(), analytics_storage: 'yes' } as unknown as ReturnType<typeof defaultSignals>;
      sendConsentUpdate(win, odd);
      expect(((entries(win)[0] as unknown[])[2] as Record<string, string>)['analytics_storage']).to.equal('denied');
    });
  });

  describe('pushConsentEvent', () => {
    it('pushes the documented event shape for Tag Manager, after a reset', async () => {
      const win = await freshWindow();
      const signals = signalsFor(['necessary', 'marketing', 'analytics'], optionsFor({}));
      expect(pushConsentEvent(win, ['necessary', 'marketing', 'analytics', 'marketing'], signals)).to.equal(true);
      expect(win.dataLayer).to.deep.equal([
        { cookie_consent: null },
        {
          event: CONSENT_EVENT,
          cookie_consent: {
            categories: ['analytics', 'marketing', 'necessary'],
            granted: { analytics: true, marketing: true, necessary: true },
            consent_mode: signals,
          },
        },
      ]);
      expect(CONSENT_EVENT).to.equal('cookie_consent_update');
      // Plain objects, not Arguments: Tag Manager reads events as objects.
      expect(isArguments((win.dataLayer as unknown[])[1])).to.equal(false);
    });

    it('leaves out consent_mode when no signals are given', async () => {
      const win = await freshWindow();
      pushConsentEvent(win, ['necessary']);
      expect((win.dataLayer as unknown[])[1]).to.deep.equal({
        event: 'cookie_consent_update',
        cookie_consent: { categories: ['necessary'], granted: { necessary: true } },
      });
    });

    it('keeps an existing dataLayer and comes after the consent update', async () => {
      const win = await freshWindow();
      const existing: unknown[] = [{ event: 'gtm.js' }];
      win.dataLayer = existing;
      const signals = defaultSignals();
      sendConsentUpdate(win, signals);
      pushConsentEvent(win, ['necessary'], signals);
      expect(win.dataLayer).to.equal(existing);
      expect(existing).to.have.length(4);
      expect(isArguments(existing[1])).to.equal(true);
      expect((existing[3] as { event: string }).event).to.equal('cookie_consent_update');
    });
  });

  describe('a hostile page', () => {
    it('never throws when dataLayer cannot be pushed to', async () => {
      const win = await freshWindow();
      win.dataLayer = 'not a data layer';
      expect(sendConsentDefault(win, optionsFor({}))).to.equal(false);
      expect(sendConsentUpdate(win, defaultSignals())).to.equal(false);
      expect(pushConsentEvent(win, ['necessary'], defaultSignals())).to.equal(false);
      expect(win.dataLayer).to.equal('not a data layer');
    });

    it("never throws when the page's gtag or push throws", async () => {
      const win = await freshWindow();
      win.gtag = () => {
        throw new Error('site bug');
      };
      expect(sendConsentDefault(win, optionsFor({}))).to.equal(false);
      const other = await freshWindow();
      other.dataLayer = Object.assign([], {
        push() {
          throw new Error('frozen');
        },
      });
      expect(sendConsentUpdate(other, defaultSignals())).to.equal(false);
      expect(pushConsentEvent(other, ['necessary'])).to.equal(false);
    });

    it('still returns a working gtag when the page made gtag read-only', async () => {
      const win = await freshWindow();
      Object.defineProperty(win, 'gtag', { value: undefined, writable: false, configurable: true });
      const gtag = ensureGtag(win);
      expect(win.gtag).to.equal(undefined);
      gtag('consent', 'update', defaultSignals());
      expect(entries(win)).to.deep.equal([['consent', 'update', defaultSignals()]]);
    });
  });

  describe('googleTagRanFirst', () => {
    it('is false on a clean page and after our own default', async () => {
      const win = await freshWindow();
      expect(googleTagRanFirst(win)).to.equal(false);
      sendConsentDefault(win, optionsFor({}));
      expect(googleTagRanFirst(win)).to.equal(false);
    });

    it('is true when a config command, a gtm.js event or Tag Manager came first', async () => {
      const configured = await freshWindow();
      ensureGtag(configured)('config', 'G-TEST');
      expect(googleTagRanFirst(configured)).to.equal(true);

      const gtm = await freshWindow();
      gtm.dataLayer = [{ 'gtm.start': 1, event: 'gtm.js' }];
      expect(googleTagRanFirst(gtm)).to.equal(true);

      const loaded = await freshWindow();
      loaded.google_tag_manager = {};
      expect(googleTagRanFirst(loaded)).to.equal(true);
    });
  });
});
