/**
 * SHA-256 as lower-case hex, with Web Crypto. Web Crypto is missing on plain-http
 * origins (it needs a secure context); there the portable implementation
 * (sha256-portable.ts) stands in, fetched only then: most pages never load it.
 * Both give identical results (tested). Node has Web Crypto too.
 */

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256 of a string's UTF-8 bytes, as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const message = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return toHex(new Uint8Array(await subtle.digest('SHA-256', message)));
  // A separate chunk in the browser build: only plain-http pages fetch it.
  return toHex((await import('./sha256-portable.js')).sha256Portable(message));
}
