/**
 * Collects one phase's records: who wrote what (from the probe and from
 * Set-Cookie headers), the cookies and storage present after each page, and
 * the requests made. Memory is bounded: requests are capped per phase, and
 * long URLs are cut.
 */
import { classifyCookie } from '../core/known-cookies.js';
import type { ProbeWrite, FrameStorage } from './page-probe.js';
import type { CookieRecord, PhaseRecord, RequestRecord, SetBy, StorageArea, StorageRecord } from './scan-types.js';
import { isThirdPartyHost, siteOf } from './site.js';

/** Requests kept per phase; a page that makes more is still scanned, its extra requests only counted. */
export const MAX_REQUESTS = 5000;
const MAX_URL_LENGTH = 500;
/** Writes remembered for attribution per phase (a script writing in a loop must not grow memory without end). */
const MAX_WRITES = 5000;

/** What the browser reports of a cookie (Puppeteer's Cookie, the fields used here). */
export interface BrowserCookie {
  name: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly?: boolean;
  secure?: boolean;
  session?: boolean;
  sameSite?: string;
}

export type TrackerLookup = (url: string) => string | null;

export class PhaseRecorder {
  readonly #site: string;
  readonly #tracker: TrackerLookup;
  readonly #cookies = new Map<string, CookieRecord>();
  readonly #storage = new Map<string, StorageRecord>();
  readonly #requests: RequestRecord[] = [];
  readonly #cookieWriters = new Map<string, SetBy>();
  readonly #storageWriters = new Map<string, SetBy>();
  readonly errors: { page: string; error: string }[] = [];
  readonly actions: string[] = [];
  /** Requests beyond MAX_REQUESTS, counted only. */
  droppedRequests = 0;
  /** Requests are recorded only while this is true (not while the scanner makes its choice). */
  recordingRequests = true;

  constructor(siteUrl: string, tracker: TrackerLookup) {
    this.#site = siteOf(new URL(siteUrl).hostname);
    this.#tracker = tracker;
  }

  /** A write the in-page probe reported. The first write that stores (not deletes) a name is the one remembered. */
  probeWrite(write: ProbeWrite): void {
    if (write.deletes || write.name === '' || this.#cookieWriters.size + this.#storageWriters.size >= MAX_WRITES) return;
    const setBy: SetBy = { via: 'script', url: write.url ? cut(write.url) : null, category: write.category };
    if (write.kind === 'cookie') {
      if (!this.#cookieWriters.has(write.name)) this.#cookieWriters.set(write.name, setBy);
    } else {
      const key = storageKey(write.kind, write.origin, write.name);
      if (!this.#storageWriters.has(key)) this.#storageWriters.set(key, setBy);
    }
  }

  /**
   * Set-Cookie headers of a response: each cookie's name, remembered with the
   * response's URL and the script that made the request (whose tag's
   * data-category `markedScripts` fills in).
   */
  setCookieHeader(responseUrl: string, header: string, initiator: string | null = null): void {
    for (const line of header.split('\n')) {
      const equals = line.indexOf('=');
      const name = equals < 0 ? '' : line.slice(0, equals).trim();
      if (name === '' || this.#cookieWriters.has(name) || this.#cookieWriters.size >= MAX_WRITES) continue;
      if (/;\s*max-age\s*=\s*(-\d+|0)\s*(;|$)/i.test(line)) continue;
      this.#cookieWriters.set(name, { via: 'response', url: cut(responseUrl), category: null, ...(initiator ? { requestedBy: cut(initiator) } : {}) });
    }
  }

  /** Marked script tags (URL, data-category) on the page: the purpose of responses their scripts requested. */
  markedScripts(scripts: readonly [string, string][]): void {
    for (const setBy of this.#cookieWriters.values()) {
      if (setBy.via !== 'response' || setBy.category !== null || !setBy.requestedBy) continue;
      setBy.category = scripts.find(([src]) => src === setBy.requestedBy)?.[1] ?? null;
    }
  }

  request(request: { url: string; method: string; type: string; initiator: string | null }, page: string): void {
    if (!this.recordingRequests) return;
    let host: string;
    try {
      const url = new URL(request.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      host = url.hostname;
    } catch {
      return;
    }
    if (this.#requests.length >= MAX_REQUESTS) {
      this.droppedRequests += 1;
      return;
    }
    this.#requests.push({
      url: cut(request.url),
      host,
      method: request.method,
      type: request.type.toLowerCase(),
      thirdParty: isThirdPartyHost(host, this.#site),
      tracker: this.#tracker(request.url),
      initiator: request.initiator ? cut(request.initiator) : null,
      page,
    });
  }

  /** The cookies present after a page, as the browser lists them. */
  cookiesAfter(page: string, cookies: readonly BrowserCookie[], now: number): void {
    for (const cookie of cookies) {
      const key = `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;
      const seen = this.#cookies.get(key);
      if (seen) {
        if (!seen.pages.includes(page)) seen.pages.push(page);
        continue;
      }
      const expires = cookie.session || cookie.expires <= 0 ? null : cookie.expires * 1000;
      const known = classifyCookie(cookie.name);
      this.#cookies.set(key, {
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        expires: expires === null ? null : new Date(expires).toISOString(),
        lifetimeDays: expires === null ? null : Math.round(((expires - now) / 86_400_000) * 100) / 100,
        httpOnly: cookie.httpOnly === true,
        secure: cookie.secure === true,
        sameSite: cookie.sameSite ?? null,
        thirdParty: isThirdPartyHost(cookie.domain.replace(/^\./, ''), this.#site),
        setBy: this.#cookieWriters.get(cookie.name) ?? null,
        pages: [page],
        known: known && { category: known.category, service: known.service, provider: known.provider, duration: known.duration },
      });
    }
  }

  /** The storage present in one frame after a page. */
  storageAfter(page: string, frame: FrameStorage): void {
    const areas: [StorageArea, string[]][] = [
      ['localStorage', frame.localStorage],
      ['sessionStorage', frame.sessionStorage],
      ['indexedDB', frame.indexedDB],
      ['cacheStorage', frame.cacheStorage],
    ];
    for (const [area, names] of areas) {
      for (const name of names.slice(0, 1000)) {
        const key = storageKey(area, frame.origin, name);
        const seen = this.#storage.get(key);
        if (seen) {
          if (!seen.pages.includes(page)) seen.pages.push(page);
          continue;
        }
        const known = classifyCookie(name);
        this.#storage.set(key, {
          area,
          origin: frame.origin,
          name,
          setBy: this.#storageWriters.get(key) ?? null,
          pages: [page],
          known: known && { category: known.category, service: known.service, provider: known.provider },
        });
      }
    }
  }

  result(): PhaseRecord {
    return {
      cookies: [...this.#cookies.values()],
      storage: [...this.#storage.values()],
      requests: this.#requests,
      errors: this.errors,
      actions: this.actions,
    };
  }
}

function storageKey(area: string, origin: string, name: string): string {
  return `${area}\u0000${origin}\u0000${name}`;
}

function cut(url: string): string {
  return url.length > MAX_URL_LENGTH ? `${url.slice(0, MAX_URL_LENGTH)}…` : url;
}
