import { expect } from '@open-wc/testing';
import { openPage, reloadPage, resetSite } from '../support/site-page.js';

const CONFIG = {
  revision: 1,
  reloadOnWithdraw: false,
  categories: {
    necessary: { required: true, services: { session: { cookies: [{ name: 'session_id' }] } } },
    analytics: { services: { ga4: { cookies: [{ name: '_ga' }, { name: '_ga_*' }] } } },
  },
};

const names = (cookie: string): string[] => cookie.split(';').map((part) => part.split('=')[0]!.trim()).filter(Boolean).sort();
/** The widget's own cookie, the decision's mirror (necessary: it stores the choice itself), stays. */
const MIRROR = 'cookie-consent';

describe('refused purposes leave nothing behind', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('withdrawing deletes the category’s cookies (globs included) and storage keys, and keeps the necessary ones', async () => {
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.acceptAll();
    page.doc.cookie = '_ga=GA1.1.1.1; path=/';
    page.doc.cookie = '_ga_ABC123=GS1.1; path=/';
    page.doc.cookie = 'session_id=s1; path=/';
    page.win.localStorage.setItem('_ga_state', 'x');
    await page.win.CookieConsent.withdraw();
    expect(names(page.doc.cookie)).to.deep.equal([MIRROR, 'session_id']);
    expect(page.win.localStorage.getItem('_ga_state')).to.equal(null);
    page.doc.cookie = 'session_id=; path=/; max-age=0';
  });

  it('a refused purpose’s cookie written again before a reload is deleted on the next page load', async () => {
    let page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.rejectAll();
    page.doc.cookie = '_ga=late; path=/';
    page = await reloadPage(page);
    expect(names(page.doc.cookie)).to.deep.equal([MIRROR]);
  });
});
