import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import {
  BASIC_CONFIG,
  newToken,
  openPage,
  readDatabase,
  resetSite,
  trackerUrl,
  waitForBanner,
  type SitePage,
} from '../support/site-page.js';

/**
 * The page holds IndexedDB's open until the test calls `__releaseIndexedDb()`, so the test sees what the
 * page does before IndexedDB answers (the open request forwards the real one's events once released).
 */
const HOLD_INDEXEDDB = `<script>
  (() => {
    const open = IDBFactory.prototype.open;
    let release;
    const released = new Promise((resolve) => (release = resolve));
    window.__releaseIndexedDb = release;
    IDBFactory.prototype.open = function (...args) {
      const held = {};
      released.then(() => {
        const real = open.apply(this, args);
        real.onupgradeneeded = (event) => { held.result = real.result; held.onupgradeneeded?.call(real, event); };
        real.onsuccess = (event) => { held.result = real.result; held.onsuccess?.call(real, event); };
        real.onerror = (event) => { held.error = real.error; held.onerror?.call(real, event); };
      });
      return held;
    };
  })();
</script>`;

/** Writes to `current` fail, as a full disk or a browser refusing storage would make them. */
const FAIL_DECISION_WRITES = `<script>
  (() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (key === 'current') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  })();
</script>`;

type HeldPage = SitePage & { win: SitePage['win'] & { __releaseIndexedDb: () => void } };

const CONFIG = { ...BASIC_CONFIG, reloadOnWithdraw: false };
const analyticsTag = (token: string): string => `<script type="text/plain" data-category="analytics" src="${trackerUrl(token, 'gtag')}"></script>`;

function mirrorOf(doc: Document): URLSearchParams | null {
  const value = doc.cookie.split('; ').find((part) => part.startsWith('cookie-consent='));
  return value ? new URLSearchParams(value.slice('cookie-consent='.length)) : null;
}

const granted = (doc: Document): string[] => mirrorOf(doc)?.get('on')?.split('.') ?? [];

/** Edits one field of the mirror cookie, as someone with the browser's developer tools would. */
function editMirror(doc: Document, field: string, value: string): void {
  const mirror = mirrorOf(doc)!;
  mirror.set(field, value);
  doc.cookie = `cookie-consent=${mirror.toString().replaceAll('%3A', ':')}; path=/; max-age=86400`;
}

async function acceptedEarlier(token: string, config: object = CONFIG): Promise<SitePage> {
  const first = await openPage({ config, body: analyticsTag(token) });
  await waitForBanner(first);
  await first.win.CookieConsent.acceptAll();
  return first;
}

async function heldPage(config: object, body: string, beforeEmbed = ''): Promise<HeldPage> {
  return (await openPage({ config, body, beforeEmbed: beforeEmbed + HOLD_INDEXEDDB }, { waitForReady: false })) as HeldPage;
}

describe('the decision mirror: a returning visitor fast, never granting more than IndexedDB holds', () => {
  beforeEach(resetSite);
  after(resetSite);


  it('a returning visitor’s granted tags run before IndexedDB has answered; IndexedDB then confirms the decision', async () => {
    const token = newToken();
    await acceptedEarlier(token);
    const page = await heldPage(CONFIG, analyticsTag(token));
    await waitUntil(() => page.win.__ran?.includes('gtag'), 'the granted tag did not run from the mirror');
    expect(page.win.CookieConsent.allowed('analytics')).to.equal(true);
    // IndexedDB has not answered: `get()` (which needs the consent ID, not in the mirror) has nothing yet.
    expect(page.win.CookieConsent.get()).to.equal(null);
    page.win.__releaseIndexedDb();
    const state = await page.win.CookieConsent.ready;
    expect(state?.categories['analytics']).to.equal(true);
    expect(page.win.__ran).to.deep.equal(['gtag']);
  });

  it('the cookie is written again on every page: a browser that keeps script cookies 7 days at most keeps it for a regular visitor', async function () {
    const first = await acceptedEarlier(newToken());
    const state = first.win.CookieConsent.get()!;
    type CookieStore = { get(name: string): Promise<{ expires?: number | null } | null> };
    const cookieStore = (first.win as { cookieStore?: CookieStore }).cookieStore;
    // Only the Cookie Store API tells a cookie's expiry, and only Chromium's says it.
    if ((await cookieStore?.get('cookie-consent'))?.expires == null) this.skip();
    // As Safari does to a cookie written by a script: the same value, a week at most.
    const value = first.doc.cookie.split('; ').find((part) => part.startsWith('cookie-consent='))!;
    first.doc.cookie = `${value}; path=/; max-age=${7 * 24 * 3600}; SameSite=Lax`;
    const page = await openPage({ config: CONFIG });
    await page.win.CookieConsent.ready;
    const cookie = await (page.win as unknown as { cookieStore: CookieStore }).cookieStore.get('cookie-consent');
    expect(Math.abs(cookie!.expires! - Date.parse(state.expiresAt))).to.be.below(1000);
  });

  it('the mirror is a first-party cookie without the consent ID: SameSite=Lax, expiring with the decision', async () => {
    const page = await acceptedEarlier(newToken());
    const state = page.win.CookieConsent.get()!;
    const mirror = mirrorOf(page.doc)!;
    expect(page.doc.cookie).not.to.include(state.id);
    expect(mirror.get('v')).to.equal('1');
    expect(mirror.get('rev')).to.equal('1');
    expect(mirror.get('exp')).to.equal(String(Math.floor(Date.parse(state.expiresAt) / 1000)));
    expect(granted(page.doc).sort()).to.deep.equal(['analytics', 'marketing', 'necessary']);
    const cookieStore = (page.win as { cookieStore?: { get(name: string): Promise<{ sameSite?: string; expires?: number } | null> } }).cookieStore;
    // The attributes are readable only through the Cookie Store API, where the browser exposes them (Chromium; Firefox gives name and value only).
    const cookie = await cookieStore?.get('cookie-consent');
    if (cookie?.sameSite !== undefined) expect(cookie.sameSite).to.equal('lax');
    if (cookie?.expires != null) expect(Math.abs(cookie.expires - Date.parse(state.expiresAt))).to.be.below(1000);
  });

  it('nothing is mirrored before a decision', async () => {
    const page = await openPage({ config: CONFIG });
    await waitForBanner(page);
    expect(mirrorOf(page.doc)).to.equal(null);
  });

  it('a grant whose IndexedDB write fails is not mirrored: the next page asks again and runs nothing', async () => {
    const token = newToken();
    const page = await openPage({ config: CONFIG, body: analyticsTag(token), beforeEmbed: FAIL_DECISION_WRITES });
    await waitForBanner(page);
    await page.win.CookieConsent.acceptAll();
    expect(page.win.__warnings.join('\n')).to.include('consent storage is not available');
    expect(mirrorOf(page.doc)).to.equal(null);
    const next = await openPage({ config: CONFIG, body: analyticsTag(token) });
    await waitForBanner(next);
    expect(next.win.__ran).to.equal(undefined);
  });

  it('a grant over an earlier refusal, whose IndexedDB write fails, leaves the mirror refusing', async () => {
    const token = newToken();
    const first = await openPage({ config: CONFIG, body: analyticsTag(token) });
    await waitForBanner(first);
    await first.win.CookieConsent.rejectAll();
    const page = await openPage({ config: CONFIG, body: analyticsTag(token), beforeEmbed: FAIL_DECISION_WRITES });
    await page.win.CookieConsent.acceptAll();
    expect(page.win.__warnings.join('\n')).to.include('consent storage is not available');
    expect(granted(page.doc)).to.deep.equal(['necessary']);
    const next = await openPage({ config: CONFIG, body: analyticsTag(token) });
    expect(next.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect(next.win.__ran).to.equal(undefined);
  });

  it('a narrowing decision is mirrored before IndexedDB is written: when the write fails, the mirror still grants no more', async () => {
    const token = newToken();
    await acceptedEarlier(token);
    const page = await openPage({ config: CONFIG, beforeEmbed: FAIL_DECISION_WRITES });
    await page.win.CookieConsent.save({ marketing: true });
    expect(granted(page.doc).sort()).to.deep.equal(['marketing', 'necessary']);
    expect(((await readDatabase()).current as { action: string }).action, 'the write did fail').to.equal('accept-all');
    // The next page: the mirror no longer releases analytics; IndexedDB, once it answers, wins and still holds the grant.
    const next = await heldPage(CONFIG, analyticsTag(token));
    expect(next.win.CookieConsent.allowed('analytics')).to.equal(false);
    expect(next.win.__ran).to.equal(undefined);
    next.win.__releaseIndexedDb();
    await next.win.CookieConsent.ready;
    await waitUntil(() => next.win.__ran?.includes('gtag'), 'IndexedDB’s grant did not apply');
    expect(granted(next.doc).sort(), 'the mirror was rewritten to IndexedDB’s decision').to.deep.equal(['analytics', 'marketing', 'necessary']);
  });

  it('a narrowing decision in another tab reaches the mirror: the next page runs nothing it refused', async () => {
    const token = newToken();
    const first = await acceptedEarlier(token);
    const other = await openPage({ config: CONFIG });
    await other.win.CookieConsent.rejectAll();
    await waitUntil(() => !first.win.CookieConsent.allowed('analytics'), 'the first tab did not follow');
    expect(granted(first.doc)).to.deep.equal(['necessary']);
    const next = await heldPage(CONFIG, analyticsTag(token));
    expect(next.win.CookieConsent.allowed('analytics')).to.equal(false);
    next.win.__releaseIndexedDb();
    expect((await next.win.CookieConsent.ready)?.categories['analytics']).to.equal(false);
    expect(next.win.__ran).to.equal(undefined);
  });

  it('a mirror hand-edited to grant more loses to IndexedDB: it is rewritten, and the page reloads to stop what ran', async () => {
    const token = newToken();
    const first = await openPage({ config: BASIC_CONFIG, body: analyticsTag(token) });
    await waitForBanner(first);
    await first.win.CookieConsent.rejectAll();
    editMirror(first.doc, 'on', 'necessary.analytics');
    editMirror(first.doc, 'off', 'marketing');
    const page = await heldPage(BASIC_CONFIG, analyticsTag(token));
    // Nothing can tell a hand edit from the real thing before IndexedDB answers: the edited grant runs its tag…
    await waitUntil(() => page.win.__ran?.includes('gtag'), 'the edited mirror was not read');
    const reloaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
    page.win.__releaseIndexedDb();
    // …until IndexedDB answers: it wins, the mirror is rewritten and the page reloads, which stops the tag.
    await reloaded;
    const after = page.frame.contentWindow as HeldPage['win'];
    expect(granted(after.document)).to.deep.equal(['necessary']);
    expect(after.CookieConsent.allowed('analytics')).to.equal(false);
    after.__releaseIndexedDb();
    expect((await after.CookieConsent.ready)?.categories['analytics']).to.equal(false);
    expect(after.__ran).to.equal(undefined);
  });

  for (const [what, field, value] of [
    ['an expired mirror', 'exp', String(Math.floor(Date.now() / 1000) - 60)],
    ['a mirror for another config', 'cfg', '0badc0de'],
    ['a mirror for another revision', 'rev', '7'],
  ] as const) {
    it(`${what} grants nothing before IndexedDB answers`, async () => {
      const token = newToken();
      const first = await acceptedEarlier(token);
      editMirror(first.doc, field, value);
      const page = await heldPage(CONFIG, analyticsTag(token));
      expect(page.win.CookieConsent.allowed('analytics')).to.equal(false);
      expect(page.win.__ran).to.equal(undefined);
      page.win.__releaseIndexedDb();
      await page.win.CookieConsent.ready;
      expect(mirrorOf(page.doc)?.get(field), 'IndexedDB’s decision was mirrored again').not.to.equal(value);
    });
  }
});
