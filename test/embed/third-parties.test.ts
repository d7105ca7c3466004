/**
 * The preferences say, per service, who provides it and whether a third
 * party gets access; and that is part of the text whose hash each log entry
 * records, so an auditor reads the same disclosure the visitor did.
 */
import { expect } from '@open-wc/testing';
import type { LogEntry } from '../../src/core/log.js';
import { canonicalJson } from '../../src/core/log.js';
import { sha256Hex } from '../../src/core/sha256.js';
import type { ShownText } from '../../src/core/shown-text.js';
import { BASIC_CONFIG, openDialog, openPage, resetSite } from '../support/site-page.js';

const CONFIG = {
  ...BASIC_CONFIG,
  categories: {
    necessary: { required: true },
    analytics: {
      services: {
        ga4: { label: 'Google Analytics', provider: 'Google Ireland Ltd.', thirdParty: true },
        matomo: { label: 'Matomo', provider: 'Test Press Ltd.', thirdParty: false },
      },
    },
    marketing: {},
  },
};

/** Each service's definition list as "term: detail" lines, as a screen reader would read them. */
function serviceFacts(dialog: HTMLDialogElement): Record<string, string[]> {
  const facts: Record<string, string[]> = {};
  for (const service of dialog.querySelectorAll('.service')) {
    const name = service.querySelector('strong')!.textContent!.trim();
    facts[name] = Array.from(service.querySelectorAll('dt')).map((dt) => `${dt.textContent!.trim()}: ${dt.nextElementSibling!.textContent!.trim()}`);
  }
  return facts;
}

describe('third parties are disclosed', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('the preferences show each service’s provider and whether a third party gets access', async () => {
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.showPreferences();
    const dialog = await openDialog(page);
    dialog.querySelector('details')!.open = true;
    expect(serviceFacts(dialog)).to.deep.equal({
      'Google Analytics': ['Provider: Google Ireland Ltd.', 'Shared with a third party: Yes'],
      Matomo: ['Provider: Test Press Ltd.', 'Shared with a third party: No'],
    });
  });

  it('the disclosure is part of the text whose hash the log entry records', async () => {
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.acceptAll();
    const exported = JSON.parse(await page.win.CookieConsent.exportLog('json')) as { entries: LogEntry[]; texts: Record<string, ShownText> };
    const hash = exported.entries[0]!.textHash;
    const text = exported.texts[hash]!;
    const services = text.categories.find((category) => category.key === 'analytics')!.services;
    expect(services.map((service) => [service.key, service.provider, service.thirdParty])).to.deep.equal([
      ['ga4', 'Google Ireland Ltd.', true],
      ['matomo', 'Test Press Ltd.', false],
    ]);
    expect(await sha256Hex(canonicalJson(text))).to.equal(hash);
  });
});
