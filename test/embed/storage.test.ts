import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { parseConfig } from '../../src/core/config.js';
import { decide } from '../../src/core/consent.js';
import { canonicalJson, createEntry, entryHash, type LogEntry } from '../../src/core/log.js';
import { sha256Hex } from '../../src/core/sha256.js';
import {
  BASIC_CONFIG,
  buttonNamed,
  newToken,
  openPage,
  readDatabase,
  resetSite,
  trackerUrl,
  visibleBanner,
  waitForBanner,
  writeDatabase,
} from '../support/site-page.js';

/** These tests revoke grants on purpose; the reload that would follow is tested elsewhere. */
const NO_RELOAD = { ...BASIC_CONFIG, reloadOnWithdraw: false };

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('consent storage: one transaction, many tabs, faults', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('writes the decision, its log entry and the text shown together, and they agree', async () => {
    const page = await openPage({ config: BASIC_CONFIG });
    const state = await page.win.CookieConsent.save({ analytics: true });
    const { current, log, texts } = await readDatabase();
    expect(current).to.deep.equal(state);
    const entry = log[0] as LogEntry;
    expect(entry).to.deep.include({
      consentId: state.id,
      seq: 0,
      at: state.decidedAt,
      action: 'save',
      source: 'api',
      categories: state.categories,
      revision: 1,
      language: 'en',
      gpc: false,
      expiresAt: state.expiresAt,
      url: `${location.origin}/__page`,
    });
    expect(entry.textHash).to.match(/^[0-9a-f]{64}$/);
    expect(texts).to.have.length(1);
    expect((texts[0] as { owner: string }).owner).to.equal('Test Press Ltd.');
  });

  it('a decision in one tab reaches the other open tabs: their banner closes and their gate opens', async () => {
    const token = newToken();
    const spec = { config: BASIC_CONFIG, head: `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>` };
    const first = await openPage(spec);
    const second = await openPage(spec);
    await waitForBanner(second);
    const changed = new Promise((resolve) => second.doc.addEventListener('cookie-consent:change', resolve, { once: true }));
    buttonNamed(await waitForBanner(first), 'Accept all').click();
    await changed;
    await waitUntil(() => (second.win.__ran ?? []).includes('gtag'), 'the other tab did not run the allowed tag');
    await waitUntil(() => visibleBanner(second) === null, 'the other tab still shows the banner');
    expect(second.win.CookieConsent.get()).to.deep.equal(first.win.CookieConsent.get());
  });

  it('two tabs deciding at the same instant: both decisions are logged in one valid chain, and both tabs agree on the current one', async () => {
    const first = await openPage({ config: NO_RELOAD });
    const second = await openPage({ config: NO_RELOAD });
    await Promise.all([first.win.CookieConsent.acceptAll(), second.win.CookieConsent.rejectAll()]);
    const { current, log } = await readDatabase();
    expect(log.map((e) => (e as LogEntry).seq)).to.deep.equal([0, 1]);
    expect(log.map((e) => (e as LogEntry).action).sort()).to.deep.equal(['accept-all', 'reject-all']);
    expect(await first.win.CookieConsent.verifyLog()).to.deep.equal({ ok: true, entries: 2, problems: [] });
    await waitUntil(
      () => JSON.stringify(first.win.CookieConsent.get()) === JSON.stringify(current) && JSON.stringify(second.win.CookieConsent.get()) === JSON.stringify(current),
      'the tabs did not converge on the stored decision',
    );
  });

  it('when IndexedDB is unavailable, the page still works, nothing is granted by default, and it says so once', async () => {
    const token = newToken();
    const page = await openPage({
      config: BASIC_CONFIG,
      beforeEmbed: `<script>indexedDB.open = () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };</script>`,
      head: `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`,
    });
    expect(await page.win.CookieConsent.ready).to.equal(null);
    const banner = await waitForBanner(page);
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
    buttonNamed(banner, 'Accept all').click();
    await waitUntil(() => (page.win.__ran ?? []).includes('gtag'), "the visitor's choice did not apply to this page");
    expect(page.win.__uncaught).to.deep.equal([]);
    expect(page.win.__warnings.filter((w) => w.includes('consent storage is not available'))).to.have.length(1);
  });

  it('without Web Crypto (plain-http sites), the log is still written and verifies', async () => {
    const page = await openPage({
      config: NO_RELOAD,
      beforeEmbed: `<script>Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });</script>`,
    });
    expect(page.win.crypto.subtle).to.equal(undefined);
    await page.win.CookieConsent.acceptAll();
    await page.win.CookieConsent.rejectAll();
    expect(await page.win.CookieConsent.verifyLog()).to.deep.equal({ ok: true, entries: 2, problems: [] });
    // The portable SHA-256 was fetched for this page (secure pages never fetch it: test/embed/lazy-loading.test.ts) …
    const fetched = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => path.endsWith('/chunks/sha256-portable.js'))).to.have.length(1);
    // … and hashed exactly as Web Crypto does (this test's own window has it): the entries and the text shown.
    const { log, texts } = await readDatabase();
    for (const entry of log as LogEntry[]) expect(entry.hash).to.equal(await entryHash(entry));
    expect(texts).to.have.length(1);
    expect((log as LogEntry[]).map((entry) => entry.textHash)).to.deep.equal(Array(2).fill(await sha256Hex(canonicalJson(texts[0]))));
  });

  it('without Web Crypto and with the portable SHA-256 unreachable, the choice holds for the page, unrecorded, with one warning', async () => {
    const page = await openPage({
      config: NO_RELOAD,
      beforeEmbed: `<script>Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });</script>`,
      embedSrc: '/__dist-without/chunks%2Fsha256-portable.js/cookie-consent.js',
    });
    const state = await page.win.CookieConsent.acceptAll();
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(true);
    expect(state.categories).to.deep.include({ analytics: true });
    // Nothing half-written: no decision without its log entry.
    expect(await readDatabase()).to.deep.include({ current: undefined, log: [] });
    expect(page.win.__warnings.filter((w) => w.includes('consent storage is not available'))).to.have.length(1);
    expect(page.win.__uncaught).to.deep.equal([]);
  });

  it('a corrupt current record is kept aside in quarantine, reported once, and the visitor is asked again', async () => {
    const corrupt = { id: 'abc', categories: { analytics: true } };
    await writeDatabase('current', corrupt);
    const page = await openPage({ config: BASIC_CONFIG });
    await waitForBanner(page);
    const { current, quarantine } = await readDatabase();
    expect(current).to.equal(undefined);
    expect(quarantine).to.have.length(1);
    expect((quarantine[0] as { value: unknown }).value).to.deep.equal(corrupt);
    expect(page.win.__warnings.filter((w) => w.includes('quarantine'))).to.have.length(1);
  });

  it('the stored decision is read once per page: the loader hands its read to the controller', async () => {
    // Counts reads of the decision record, by the loader and by the controller alike.
    const countReads = `<script>
      window.__currentReads = 0;
      const get = IDBObjectStore.prototype.get;
      IDBObjectStore.prototype.get = function (key) {
        if (key === 'current') window.__currentReads++;
        return get.call(this, key);
      };
    </script>`;
    const first = await openPage({ config: BASIC_CONFIG, beforeEmbed: countReads });
    await waitForBanner(first);
    expect((first.win as unknown as { __currentReads: number }).__currentReads).to.equal(1);
    await first.win.CookieConsent.acceptAll();
    // A changed config is validated by the controller, which again takes the loader's read.
    const changed = await openPage({ config: { ...BASIC_CONFIG, owner: 'Test Press Group' }, beforeEmbed: countReads });
    expect(changed.win.CookieConsent.get()?.categories).to.deep.include({ analytics: true });
    expect((changed.win as unknown as { __currentReads: number }).__currentReads).to.equal(1);
  });

  it('verifyLog() names the entry that was edited, removed or reordered in storage', async () => {
    const page = await openPage({ config: NO_RELOAD });
    await page.win.CookieConsent.acceptAll();
    await page.win.CookieConsent.rejectAll();
    await page.win.CookieConsent.save({ analytics: true });
    expect((await page.win.CookieConsent.verifyLog()).ok).to.equal(true);

    const { log } = await readDatabase();
    const entries = log as LogEntry[];
    await writeDatabase(['log', 1], { ...entries[1], categories: { ...entries[1]!.categories, marketing: true } });
    let result = await page.win.CookieConsent.verifyLog();
    expect(result.ok).to.equal(false);
    expect(result.problems).to.deep.equal([{ seq: 1, problem: 'its content does not match its hash: the entry was edited' }]);

    // Swap entries 1 and 2 (keys and all), as a reordering would.
    await writeDatabase(['log', 1], entries[2]);
    await writeDatabase(['log', 2], entries[1]);
    result = await page.win.CookieConsent.verifyLog();
    expect(result.problems.map((p) => p.seq)).to.include(2);
    expect(result.problems.some((p) => p.problem.includes('inserted or moved'))).to.equal(true);
  });

  it('purges log entries older than retentionDays on start, keeps the current decision, and the rest still verifies', async () => {
    const parsed = parseConfig(BASIC_CONFIG);
    if (!parsed.ok) throw new Error('config');
    const day = 86_400_000;
    const entries: LogEntry[] = [];
    for (const [index, daysAgo] of [400, 300, 10].entries()) {
      const state = decide(parsed.config, { action: index === 2 ? 'accept-all' : 'reject-all', source: 'banner' }, {
        id: '6f1c2a57-1f6e-4c1e-9a57-3d7f1c0b9e11',
        now: new Date(Date.now() - daysAgo * day),
        gpc: false,
      });
      const last = entries[entries.length - 1];
      const entry = await createEntry(state, { language: 'en', textHash: 'b'.repeat(64), url: 'https://x.test/' }, last ? { seq: last.seq, hash: last.hash } : null);
      entries.push(entry);
      await writeDatabase(['log', entry.seq], entry);
      if (index === 2) await writeDatabase('current', state);
    }
    // No reload when the rejection below revokes the stored grant: a reload would tear down the page
    // while the test still awaits verifyLog() on it (a race that only showed on a loaded machine).
    const page = await openPage({ config: { ...BASIC_CONFIG, retentionDays: 200, reloadOnWithdraw: false } });
    await waitUntil(async () => (await readDatabase()).log.length === 1, 'old entries were not purged');
    const { log, anchor, current } = await readDatabase();
    expect((log[0] as LogEntry).seq).to.equal(2);
    expect(anchor).to.deep.include({ seq: 1, hash: entries[1]!.hash, purged: 2 });
    expect(current).to.exist;
    expect(visibleBanner(page)).to.equal(null);
    expect(await page.win.CookieConsent.verifyLog()).to.deep.equal({ ok: true, entries: 1, problems: [] });
    // The next decision continues the chain after the purge.
    await page.win.CookieConsent.rejectAll();
    expect(await page.win.CookieConsent.verifyLog()).to.deep.equal({ ok: true, entries: 2, problems: [] });
    await settle();
  });
});
