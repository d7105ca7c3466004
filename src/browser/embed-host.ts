/**
 * The host a blocked embed would load from: what "Load content" grants when
 * the embed names no service. The gate and the placeholder both ask it.
 */

/** The host of a blocked embed's `data-src`, or null for a script or an embed without a usable URL. */
export function embedHost(element: Element): string | null {
  if (element.localName === 'script') return null;
  try {
    return new URL(element.getAttribute('data-src') ?? '', element.ownerDocument.baseURI).hostname || null;
  } catch {
    return null;
  }
}
