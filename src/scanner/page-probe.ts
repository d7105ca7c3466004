/**
 * What the scanner runs inside the scanned pages, as source text (Puppeteer
 * sends it to the browser; this Node build has no DOM types).
 *
 * The probe runs in every frame before the page's own scripts. It wraps the
 * ways a script stores something — the `document.cookie` setter,
 * `cookieStore.set`, `Storage.setItem`, `indexedDB.open`, `caches.open` — and tells the scanner
 * which script did it: the script's URL from the call stack (the page's URL
 * for inline code) and the `data-category` of its tag when the site marked it.
 * It changes nothing the page sees: every call goes through as before.
 */

/** The binding Puppeteer exposes to the probe. */
export const PROBE_BINDING = '__cookieConsentScanWrite';

/** Marks the probe's own frames in call stacks, so they are skipped. */
const PROBE_URL = 'cookie-consent-scan-probe';

export interface ProbeWrite {
  kind: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage';
  name: string;
  origin: string;
  /** True for a cookie write that deletes (expires in the past or Max-Age ≤ 0). */
  deletes: boolean;
  url: string | null;
  category: string | null;
}

export const PROBE_SOURCE = `(() => {
  'use strict';
  if (window.${PROBE_BINDING}Installed) return;
  window.${PROBE_BINDING}Installed = true;
  const send = (write) => {
    try {
      const binding = window.${PROBE_BINDING};
      if (typeof binding === 'function') binding(JSON.stringify(write));
    } catch {}
  };
  // The first URL in the stack that is not this probe: the script that made the call.
  const caller = () => {
    const stack = String(new Error().stack || '').split('\\n').slice(1);
    for (const line of stack) {
      if (line.includes('${PROBE_URL}')) continue;
      const match = /(https?:\\/\\/[^\\s)]+?)(?::\\d+){1,2}\\)?\\s*$/.exec(line);
      if (match) return match[1];
    }
    return null;
  };
  const categoryOf = (url) => {
    try {
      const current = document.currentScript;
      if (current && current.hasAttribute('data-category')) return current.getAttribute('data-category');
      if (url && url !== location.href) {
        for (const script of document.scripts) {
          if (script.src === url && script.hasAttribute('data-category')) return script.getAttribute('data-category');
        }
      }
    } catch {}
    return null;
  };
  const report = (kind, name, deletes) => {
    const url = caller();
    send({ kind, name: String(name), origin: location.origin, deletes, url, category: categoryOf(url) });
  };
  const cookieWrite = (text) => {
    const parts = String(text).split(';');
    const first = parts[0];
    const equals = first.indexOf('=');
    const name = (equals < 0 ? '' : first.slice(0, equals)).trim();
    let deletes = false;
    for (const part of parts.slice(1)) {
      const [key, ...rest] = part.split('=');
      const attribute = key.trim().toLowerCase();
      const value = rest.join('=').trim();
      if (attribute === 'max-age' && Number(value) <= 0) deletes = true;
      if (attribute === 'expires' && Date.parse(value) <= Date.now()) deletes = true;
    }
    return { name, deletes };
  };
  try {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (descriptor && descriptor.set) {
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        enumerable: descriptor.enumerable,
        get: descriptor.get,
        set(value) {
          try {
            const write = cookieWrite(value);
            report('cookie', write.name, write.deletes);
          } catch {}
          return descriptor.set.call(this, value);
        },
      });
    }
  } catch {}
  try {
    // The Cookie Store API writes cookies without document.cookie.
    if (typeof CookieStore === 'function') {
      const set = CookieStore.prototype.set;
      CookieStore.prototype.set = function (nameOrOptions) {
        try {
          const name = typeof nameOrOptions === 'string' ? nameOrOptions : nameOrOptions && nameOrOptions.name;
          const expires = nameOrOptions && typeof nameOrOptions === 'object' ? nameOrOptions.expires : undefined;
          report('cookie', name, typeof expires === 'number' && expires <= Date.now());
        } catch {}
        return set.apply(this, arguments);
      };
    }
  } catch {}
  try {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      try {
        const area = this === window.localStorage ? 'localStorage' : 'sessionStorage';
        report(area, key, false);
      } catch {}
      return setItem.apply(this, arguments);
    };
  } catch {}
  try {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name) {
      try { report('indexedDB', name, false); } catch {}
      return open.apply(this, arguments);
    };
  } catch {}
  try {
    if (typeof CacheStorage === 'function') {
      const openCache = CacheStorage.prototype.open;
      CacheStorage.prototype.open = function (name) {
        try { report('cacheStorage', name, false); } catch {}
        return openCache.apply(this, arguments);
      };
    }
  } catch {}
})();
//# sourceURL=${PROBE_URL}`;

export interface FrameStorage {
  origin: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cacheStorage: string[];
}

/** An expression that reads one frame's storage: keys, database names and cache names, never values. */
export const READ_STORAGE_SOURCE = `(async () => {
  const keys = (area) => {
    try {
      const storage = window[area];
      const names = [];
      for (let i = 0; i < storage.length; i++) names.push(storage.key(i));
      return names;
    } catch { return []; }
  };
  let databases = [];
  try { databases = (await indexedDB.databases()).map((database) => database.name); } catch {}
  let caches = [];
  try { caches = await window.caches.keys(); } catch {}
  return { origin: location.origin, localStorage: keys('localStorage'), sessionStorage: keys('sessionStorage'), indexedDB: databases, cacheStorage: caches };
})()`;

/** Scrolls to the end of the page in steps, so that content loaded on scroll loads; bounded in steps. */
export const SCROLL_SOURCE = `(async () => {
  for (let step = 0; step < 20; step++) {
    const before = window.scrollY;
    window.scrollBy(0, Math.max(window.innerHeight, 600));
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (window.scrollY === before) break;
  }
})()`;

/** The page's same-document links, absolute, in document order. */
export const LINKS_SOURCE = `Array.from(document.querySelectorAll('a[href]'), (a) => a.href)`;
