/**
 * The decision mirror's medium: a first-party cookie, `cookie-consent`, read
 * synchronously when the script starts and readable by the site's server
 * (format in core/consent-mirror.ts). `SameSite=Lax`, `Secure` on https,
 * path `/`, expiring with the decision. Written only once there is a decision.
 */
import { formatMirror, parseMirror, type ConsentMirror } from '../core/consent-mirror.js';

export const MIRROR_COOKIE = 'cookie-consent';

export function readMirror(doc: Document): ConsentMirror | null {
  try {
    const prefix = `${MIRROR_COOKIE}=`;
    const found = doc.cookie.split('; ').find((part) => part.startsWith(prefix));
    return parseMirror(found?.slice(prefix.length));
  } catch {
    // A sandboxed document throws on document.cookie: no mirror.
    return null;
  }
}

/** Writes the mirror, or deletes it (null). Never throws. */
export function writeMirror(doc: Document, mirror: ConsentMirror | null): void {
  const secure = doc.location.protocol === 'https:' ? '; Secure' : '';
  const value = mirror ? `${formatMirror(mirror)}; expires=${new Date(mirror.expires * 1000).toUTCString()}` : '; max-age=0';
  try {
    doc.cookie = `${MIRROR_COOKIE}=${value}; path=/; SameSite=Lax${secure}`;
  } catch {
    // Cookies refused: the next page reads IndexedDB, a little later.
  }
}
