/**
 * Deletes the cookies and web-storage keys that refused purposes declared
 * (`categories.*.services.*.cookies`), so that withdrawing consent removes
 * what was stored under it (COMPLIANCE 19). The controller calls
 * `deleteRefusedData` after each decision; `deleteCookies` and
 * `deleteStorageKeys` are the two halves.
 *
 * A page cannot see HttpOnly cookies (`document.cookie` leaves them out), so
 * it can neither find nor delete them: a site that sets HttpOnly tracking
 * cookies must expire them on its server. Nothing here throws.
 */
import type { ConsentConfig } from '../core/config.js';
import type { ConsentState } from '../core/consent.js';
import { cleanupPatterns, cookieNameMatcher, cookieNames, domainCandidates, pathCandidates } from '../core/cookie-patterns.js';

/** The matching cookies a deletion found, split by whether they are gone afterwards. */
export interface CookieDeletion {
  /** Names that were visible before and are not any more. */
  deleted: string[];
  /**
   * Names still visible afterwards: a script set them again at once, or they
   * live where this page cannot write (a partition or domain the browser
   * will not let this document address).
   */
  remaining: string[];
}

/** Everything one cleanup removed, and what it could not. */
export interface CleanupReport {
  cookies: CookieDeletion;
  /** Keys removed from localStorage or sessionStorage. */
  storageKeys: string[];
}

const EXPIRED = '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0';

/**
 * Attributes each expiring write is made with. In a secure context every
 * write carries `secure`: it replaces a plain cookie as well as a Secure one,
 * and browsers accept a `__Secure-`/`__Host-` name only with it. A
 * Partitioned (CHIPS) cookie is a separate cookie that only a write marked
 * `partitioned` reaches, hence the second variant. Outside a secure context
 * the browser rejects `secure` writes, and hides Secure cookies anyway.
 */
function attributeVariants(doc: Document): string[] {
  return doc.defaultView?.isSecureContext ? ['; secure', '; secure; partitioned'] : [''];
}

function matcher(patterns: readonly string[], keep: readonly string[]): (name: string) => boolean {
  const remove = cookieNameMatcher(patterns);
  const kept = cookieNameMatcher(keep);
  return (name) => remove(name) && !kept(name);
}

/** Reading `document.cookie` throws in a sandboxed frame without allow-same-origin; null then. */
function readCookies(doc: Document): string | null {
  try {
    return doc.cookie;
  } catch {
    return null;
  }
}

function writeCookie(doc: Document, cookie: string): void {
  try {
    doc.cookie = cookie;
  } catch {
    // Same as reading: an opaque-origin document refuses. The re-read afterwards reports what is left.
  }
}

/**
 * Expires every cookie visible in `doc.cookie` whose name matches `patterns`
 * and no pattern of `keep`. A script sees a cookie's name but not the domain
 * or path it was set on, and a deletion must name both exactly, so each name
 * is expired on every candidate: host-only (no `domain`) and on the host and
 * each parent domain, for each path that could be visible here (see
 * `attributeVariants` for Secure and Partitioned). Writes that match nothing,
 * or that the browser refuses (a public suffix), are no-ops. Reads
 * `doc.cookie` again afterwards to report what is really gone.
 */
export function deleteCookies(doc: Document, patterns: readonly string[], keep: readonly string[] = []): CookieDeletion {
  const before = readCookies(doc);
  if (before === null) return { deleted: [], remaining: [] };
  const found = cookieNames(before).filter(matcher(patterns, keep));
  if (found.length === 0) return { deleted: [], remaining: [] };

  // about:blank and srcdoc frames have no host; their cookies are the parent's, reached host-only at "/".
  const domains = domainCandidates(doc.location?.hostname ?? '');
  const paths = pathCandidates(doc.location?.pathname ?? '/');
  const variants = attributeVariants(doc);
  for (const name of found) {
    for (const path of paths) {
      for (const attributes of variants) {
        writeCookie(doc, `${name}${EXPIRED}; path=${path}${attributes}`);
        for (const domain of domains) writeCookie(doc, `${name}${EXPIRED}; path=${path}; domain=${domain}${attributes}`);
      }
    }
  }

  const left = new Set(cookieNames(readCookies(doc) ?? ''));
  return {
    deleted: found.filter((name) => !left.has(name)),
    remaining: found.filter((name) => left.has(name)),
  };
}

/**
 * Removes the keys matching `patterns` (and no pattern of `keep`) from
 * localStorage and sessionStorage; returns each removed key once.
 */
export function deleteStorageKeys(win: Window, patterns: readonly string[], keep: readonly string[] = []): string[] {
  const matches = matcher(patterns, keep);
  const removed = new Set<string>();
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    // Merely reading `localStorage` throws a SecurityError in a sandboxed frame without
    // allow-same-origin and when the visitor blocks site data; Firefox with storage
    // disabled returns null. Either way there is nothing we could have stored there.
    try {
      const storage = win[area] as Storage | null;
      if (!storage) continue;
      const keys: string[] = [];
      // Collect first: removing while indexing would shift the keys under us.
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && matches(key)) keys.push(key);
      }
      for (const key of keys) {
        storage.removeItem(key);
        removed.add(key);
      }
    } catch {
      // See above: unavailable storage holds nothing to delete.
    }
  }
  return [...removed];
}

/**
 * Whether anything `deleteRefusedData` would delete is there at all: the
 * loader's cheap look on every page, which fetches the cleaner only when
 * there is something to clean.
 */
export function hasRefusedData(doc: Document, config: ConsentConfig, decision: Pick<ConsentState, 'categories' | 'services'>): boolean {
  try {
    const { remove, keep } = cleanupPatterns(config, decision);
    if (remove.length === 0) return false;
    const matches = matcher(remove, keep);
    const names = cookieNames(readCookies(doc) ?? '');
    const win = doc.defaultView;
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        const storage = win?.[area];
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) names.push(key);
        }
      } catch {
        // Unavailable storage holds nothing of ours to clean.
      }
    }
    return names.some(matches);
  } catch {
    return false;
  }
}

/**
 * The one call after a decision: deletes the cookies and storage keys of every
 * service that is now off (see `cleanupPatterns`), except names an allowed
 * service also declares. Warns once on the console when matching cookies
 * survived, since only the site's server can remove those.
 */
export function deleteRefusedData(
  doc: Document,
  config: ConsentConfig,
  decision: Pick<ConsentState, 'categories' | 'services'>,
): CleanupReport {
  const report: CleanupReport = { cookies: { deleted: [], remaining: [] }, storageKeys: [] };
  try {
    const { remove, keep } = cleanupPatterns(config, decision);
    if (remove.length === 0) return report;
    report.cookies = deleteCookies(doc, remove, keep);
    const win = doc.defaultView;
    if (win) report.storageKeys = deleteStorageKeys(win, remove, keep);
    if (report.cookies.remaining.length > 0) {
      console.warn(
        `cookie-consent: could not delete the cookies ${report.cookies.remaining.join(', ')} of refused purposes; ` +
          'the site must expire them from its server',
      );
    }
  } catch {
    // Cleanup is best effort and must never break the decision that triggered it.
  }
  return report;
}
