/**
 * What a scan records and reports: the records per phase and page, and the
 * findings drawn from them. The JSON report (format `cookie-consent-scan/1`)
 * is made of these.
 */

export type PhaseName = 'before' | 'reject' | 'accept' | 'withdraw';
export const PHASES: readonly PhaseName[] = ['before', 'reject', 'accept', 'withdraw'];

/** Who set a cookie or wrote a storage entry, as far as the browser can tell. */
export interface SetBy {
  /** `response`: a Set-Cookie header; `script`: `document.cookie` or a storage call from page code. */
  via: 'response' | 'script';
  /** The response's URL, or the script's URL (the page's own URL for inline code). */
  url: string | null;
  /** The `data-category` of the tag that ran the script (or that requested the response), when the site marked it. */
  category: string | null;
  /** For a response: the script that made the request, when the browser says. */
  requestedBy?: string;
}

export interface CookieRecord {
  name: string;
  domain: string;
  path: string;
  /** ISO-8601 UTC, or null for a session cookie. */
  expires: string | null;
  /** Lifetime from the moment it was seen, in days (null for a session cookie). */
  lifetimeDays: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string | null;
  /** Whether its domain belongs to another site than the one scanned. */
  thirdParty: boolean;
  setBy: SetBy | null;
  /** The pages (URLs) of this phase on which it was present. */
  pages: string[];
  /** From the table of well-known cookies (src/core/known-cookies.ts). */
  known: { category: string; service: string; provider: string; duration: string } | null;
}

export type StorageArea = 'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage';

export interface StorageRecord {
  area: StorageArea;
  origin: string;
  /** The key (web storage), the database name (IndexedDB) or the cache name (Cache Storage). */
  name: string;
  setBy: SetBy | null;
  pages: string[];
  known: { category: string; service: string; provider: string } | null;
}

export interface RequestRecord {
  url: string;
  host: string;
  method: string;
  /** The browser's resource type: script, xhr, image, document… */
  type: string;
  thirdParty: boolean;
  /** The tracker category of its host (from the widget's auto-blocking list and the config's autoBlock), or null. */
  tracker: string | null;
  /** The script that started it, when the browser says. */
  initiator: string | null;
  /** The page it was made from. */
  page: string;
}

export interface PhaseRecord {
  cookies: CookieRecord[];
  storage: StorageRecord[];
  requests: RequestRecord[];
  /** Pages that failed to load in this phase, with why. */
  errors: { page: string; error: string }[];
  /** What the scanner did to reach this phase's state ("clicked Reject all on …"). */
  actions: string[];
}

export interface Violation {
  phase: PhaseName;
  kind: 'cookie' | 'storage' | 'request';
  name?: string;
  url?: string;
  host?: string;
  page: string;
  why: string;
}

export interface UndeclaredCookie {
  name: string;
  domain: string;
  category?: string;
  provider?: string;
  phases: PhaseName[];
}
