/**
 * Opens a real site page (the one-tag embed first in <head>) in an iframe, as a
 * visitor's browser would load it, and reads what the visitor and an auditor see.
 */
import { waitUntil } from './wait.js';
import type { CookieConsentApi } from '../../src/api.js';
import type { ConsentState } from '../../src/core/consent.js';

export interface PageSpec {
  /** HTML placed before the embed (after the test's console recorder), e.g. to break IndexedDB. */
  beforeEmbed?: string;
  /** An object, or raw text to put in the config script as is; omit for no config. */
  config?: unknown;
  head?: string;
  body?: string;
  lang?: string;
  embedAttributes?: string;
  /** The embed script to load; the plain loader unless a test needs the auto-blocking build. */
  embedSrc?: string;
  /**
   * Serve the page with a strict Content-Security-Policy (`'self'` and a nonce, or with `'strict-dynamic'` a
   * nonce alone); `{{CSP_NONCE}}` in the HTML becomes its nonce.
   */
  csp?: boolean | 'strict-dynamic';
}

export interface SitePage {
  frame: HTMLIFrameElement;
  win: Window & {
    CookieConsent: CookieConsentApi;
    __ran?: string[];
    __errors: string[];
    __warnings: string[];
    __uncaught: string[];
    __cspViolations: string[];
  };
  doc: Document;
}

export const BASIC_CONFIG = {
  owner: 'Test Press Ltd.',
  policyUrl: '/privacy',
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
};

/** A token unique to one test, so the server's request log is ours alone. */
export function newToken(): string {
  return `t${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36)}`;
}

export const trackerUrl = (token: string, name: string, query = ''): string => `/__tracker/${token}/${name}.js${query}`;

function view(frame: HTMLIFrameElement): SitePage {
  return { frame, win: frame.contentWindow as SitePage['win'], doc: frame.contentDocument! };
}

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** The preferences `<dialog>`, once it is open (its code is fetched when first needed). */
export async function openDialog(page: SitePage): Promise<HTMLDialogElement> {
  await waitUntil(() => widget(page)?.querySelector('dialog')?.open, 'the preferences did not open');
  return widget(page)!.querySelector('dialog')!;
}

/** Opens the page and waits until the widget has read the stored decision. */
export async function openPage(spec: PageSpec, { waitForReady = true } = {}): Promise<SitePage> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '700px';
  frame.src = `/__page?spec=${encodeURIComponent(JSON.stringify(spec))}`;
  const done = loaded(frame);
  document.body.append(frame);
  await done;
  const page = view(frame);
  if (waitForReady) await page.win.CookieConsent.ready;
  return page;
}

/** Reloads like a returning visitor and waits for the widget again. */
export async function reloadPage(page: SitePage, { waitForReady = true } = {}): Promise<SitePage> {
  const done = loaded(page.frame);
  page.win.location.reload();
  await done;
  const next = view(page.frame);
  if (waitForReady) await next.win.CookieConsent.ready;
  return next;
}

/** Removes every test page and deletes the consent database, so each test starts as a first visit. */
export async function resetSite(): Promise<void> {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('cookie-consent');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => setTimeout(resolve, 50);
    // Firefox sometimes answers neither while a removed frame's connection is still being closed; the delete
    // stays queued and completes before the next page's open, which waits behind it.
    setTimeout(resolve, 3000);
  });
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; path=/; max-age=0`;
  }
}

/** The widget's element and its shadow root in the page. */
export function widget(page: SitePage): ShadowRoot | null {
  return page.doc.querySelector('cookie-consent')?.shadowRoot ?? null;
}

export function visibleBanner(page: SitePage): HTMLElement | null {
  const banner = widget(page)?.querySelector<HTMLElement>('[part~="banner"]');
  return banner && !banner.hidden ? banner : null;
}

export async function waitForBanner(page: SitePage): Promise<HTMLElement> {
  await waitUntil(() => visibleBanner(page), 'the banner did not appear', { timeout: 8000 });
  const banner = visibleBanner(page)!;
  // Let the entrance animation finish: mid-fade, colours (and axe's contrast check) are not final.
  await Promise.all(banner.getAnimations().map((animation) => animation.finished));
  return banner;
}

/** Finds a button by its visible name, as a person would. */
export function buttonNamed(scope: ParentNode, name: string): HTMLButtonElement {
  const button = Array.from(scope.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button named "${name}"`);
  return button;
}

/** Waits for the next `cookie-consent:change` on the page. */
export function nextChange(page: SitePage): Promise<ConsentState> {
  return new Promise((resolve) =>
    page.doc.addEventListener('cookie-consent:change', (event) => resolve((event as CustomEvent<ConsentState>).detail), { once: true }),
  );
}

/** The script names the server saw requested under `token`. */
export async function requestedScripts(token: string): Promise<string[]> {
  const response = await fetch(`/__requests/${token}`);
  return (await response.json()) as string[];
}

/** Reads the consent database directly, as an auditor's tool would. */
export async function readDatabase(): Promise<{ current: unknown; anchor: unknown; log: unknown[]; texts: unknown[]; quarantine: unknown[]; receipts: unknown[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cookie-consent');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('consent')) return { current: undefined, anchor: undefined, log: [], texts: [], quarantine: [], receipts: [] };
    const store = db.transaction('consent').objectStore('consent');
    const ask = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const range = (prefix: string, low: IDBValidKey, high: IDBValidKey): IDBKeyRange => IDBKeyRange.bound([prefix, low], [prefix, high]);
    const [current, anchor, log, texts, quarantine, receipts] = await Promise.all([
      ask(store.get('current')),
      ask(store.get('anchor')),
      ask(store.getAll(range('log', -Infinity, Infinity))),
      ask(store.getAll(range('text', '', '\uffff'))),
      ask(store.getAll(range('quarantine', '', '\uffff'))),
      ask(store.getAll(range('receipt', -Infinity, Infinity))),
    ]);
    return { current, anchor, log, texts, quarantine, receipts };
  } finally {
    db.close();
  }
}

/** Overwrites one key of the consent database (to simulate corruption or an old record). */
export async function writeDatabase(key: IDBValidKey, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cookie-consent');
    request.onupgradeneeded = () => request.result.createObjectStore('consent');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('consent', 'readwrite');
      tx.objectStore('consent').put(value, key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
