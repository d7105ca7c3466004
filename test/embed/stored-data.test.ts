/**
 * What the widget keeps on the visitor's device, read the way an auditor's
 * tool would: before any decision nothing but the consent database, and each
 * log entry with exactly its documented fields (no address, no fingerprint).
 */
import { expect } from '@open-wc/testing';
import { BASIC_CONFIG, newToken, openPage, readDatabase, resetSite, trackerUrl, waitForBanner } from '../support/site-page.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/** Every key of the documented log entry, in DESIGN.md's order. */
const ALWAYS = ['consentId', 'seq', 'at', 'action', 'source', 'categories', 'revision', 'language', 'gpc', 'expiresAt', 'textHash', 'url', 'prevHash', 'hash'];

async function clearStorage(): Promise<void> {
  localStorage.clear();
  sessionStorage.clear();
  for (const name of await caches.keys()) await caches.delete(name);
}

describe('what is stored on the device', () => {
  beforeEach(async () => {
    await resetSite();
    await clearStorage();
  });
  after(resetSite);

  it('before any decision: no cookie, localStorage, sessionStorage or Cache Storage entry; one IndexedDB database, ours', async () => {
    const token = newToken();
    const page = await openPage({
      config: { ...BASIC_CONFIG, googleConsentMode: { enabled: true }, microsoftConsentMode: { enabled: true } },
      head: `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'stats')}"></script>`,
      body: `<main><iframe data-category="marketing" data-src="${trackerUrl(token, 'video')}" title="Video" width="400" height="225"></iframe></main>`,
    });
    await waitForBanner(page);
    await page.win.CookieConsent.showPreferences();
    await settle();
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    expect(await page.win.caches.keys()).to.deep.equal([]);
    const databases = await page.win.indexedDB.databases();
    expect(databases.map((db) => db.name)).to.deep.equal(['cookie-consent']);
  });

  it('a log entry has exactly the documented keys: the optional ones only when they apply, nothing else', async () => {
    const plain = await openPage({ config: BASIC_CONFIG });
    await plain.win.CookieConsent.acceptAll();
    let [entry] = (await readDatabase()).log as Record<string, unknown>[];
    expect(Object.keys(entry!).sort()).to.deep.equal([...ALWAYS].sort());
    plain.frame.remove();
    await resetSite();

    const full = await openPage({
      config: {
        ...BASIC_CONFIG,
        categories: { ...BASIC_CONFIG.categories, analytics: { services: { ga4: {} } } },
        googleConsentMode: { enabled: true },
        microsoftConsentMode: { enabled: true },
      },
    });
    await full.win.CookieConsent.acceptAll();
    [entry] = (await readDatabase()).log as Record<string, unknown>[];
    expect(Object.keys(entry!).sort()).to.deep.equal([...ALWAYS, 'services', 'consentMode', 'microsoftConsentMode'].sort());
  });
});
