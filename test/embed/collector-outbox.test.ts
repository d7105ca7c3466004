import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { LogEntry } from '../../src/core/log.js';
import { BASIC_CONFIG, newToken, openPage, readDatabase, reloadPage, resetSite } from '../support/site-page.js';

interface CollectorState {
  batches: { entries: LogEntry[]; texts: Record<string, unknown> }[];
  failWith: number;
  preflights: number;
}

const control = async (token: string, query = ''): Promise<CollectorState> => (await fetch(`/__collector-control/${token}${query}`)).json() as Promise<CollectorState>;
const configFor = (token: string) => ({ ...BASIC_CONFIG, reloadOnWithdraw: false, collector: { url: `${location.origin}/__collector/${token}` } });

const storedReceipts = async (): Promise<unknown[]> => (await readDatabase()).receipts as unknown[];

describe('sending receipts to the collector', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('each decision reaches the collector with its text (once per text), and the receipt is kept beside the entry', async () => {
    const token = newToken();
    const page = await openPage({ config: configFor(token) });
    await page.win.CookieConsent.acceptAll();
    await waitUntil(async () => (await storedReceipts()).length === 1, 'no receipt was stored');
    await page.win.CookieConsent.rejectAll();
    await waitUntil(async () => (await storedReceipts()).length === 2, 'the second receipt was not stored');
    const { batches } = await control(token);
    const sentEntries = batches.flatMap((batch) => batch.entries);
    expect(sentEntries).to.deep.equal((await readDatabase()).log);
    const sentTexts = batches.flatMap((batch) => Object.keys(batch.texts));
    expect(sentTexts).to.deep.equal([sentEntries[0]!.textHash]);
    expect((await storedReceipts())[0]).to.include({ seq: 0, status: 'accepted', signature: 'test-signature' });
    // A CORS "simple" request: no preflight, so a send can also go out as the page unloads.
    expect((await control(token)).preflights).to.equal(0);
  });

  it('when the collector is down nothing is lost: the entry waits and goes out on the next page load', async () => {
    const token = newToken();
    await control(token, '?failWith=503');
    let page = await openPage({ config: configFor(token) });
    await page.win.CookieConsent.acceptAll();
    await waitUntil(() => page.win.__warnings.some((w) => w.includes('could not reach the consent collector')));
    expect(await storedReceipts()).to.deep.equal([]);
    await control(token, '?failWith=0');
    page = await reloadPage(page);
    await waitUntil(async () => (await storedReceipts()).length === 1, 'the waiting entry was not sent on the next load');
    expect((await control(token)).batches.flatMap((batch) => batch.entries).map((e) => e.seq)).to.deep.equal([0]);
  });

  it('a collector that refuses a large batch (413) gets smaller ones, and every entry arrives', async () => {
    const token = newToken();
    await control(token, '?failWith=503');
    let page = await openPage({ config: configFor(token) });
    await page.win.CookieConsent.acceptAll();
    await page.win.CookieConsent.rejectAll();
    await page.win.CookieConsent.save({ analytics: true });
    await control(token, '?failWith=0&maxEntries=1');
    page = await reloadPage(page);
    await waitUntil(async () => (await storedReceipts()).length === 3, 'not every waiting entry arrived');
    expect((await control(token)).batches.every((batch) => batch.entries.length === 1)).to.equal(true);
  });

  it('sending never holds up the decision or the page', async () => {
    const token = newToken();
    await control(token, '?failWith=503');
    const page = await openPage({ config: configFor(token) });
    const state = await page.win.CookieConsent.acceptAll();
    expect(state.action).to.equal('accept-all');
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(true);
  });
});

describe('receipts in the consent history', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('each decision shows whether the site’s collector received it', async () => {
    const token = newToken();
    const page = await openPage({ config: configFor(token) });
    await page.win.CookieConsent.rejectAll();
    await waitUntil(async () => (await storedReceipts()).length === 1);
    await control(token, '?failWith=503');
    await page.win.CookieConsent.save({ analytics: true });
    await page.win.CookieConsent.showPreferences();
    const root = page.doc.querySelector('cookie-consent')!.shadowRoot!;
    await waitUntil(() => root.querySelector('dialog')?.open);
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Consent history')!.click();
    await waitUntil(() => root.querySelector('consent-history')?.shadowRoot?.querySelector('tbody'));
    const history = root.querySelector('consent-history')!.shadowRoot!;
    const header = Array.from(history.querySelectorAll('th')).map((th) => th.textContent!.trim());
    expect(header).to.include('Receipt');
    const lastColumn = Array.from(history.querySelectorAll('tbody tr')).map((tr) => tr.lastElementChild!.textContent!.trim());
    expect(lastColumn).to.deep.equal(['Not yet sent', 'Received by the site']);
  });
});
