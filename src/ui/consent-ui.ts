/**
 * The lazily loaded UI chunk's entry: puts one `<cookie-consent>` on the page
 * and hands the controller a small handle to it.
 */
import { CookieConsentPlaceholderElement } from './cookie-consent-placeholder.js';
import { CookieConsentElement } from './cookie-consent.js';
import type { ConsentUi, UiBridge } from './ui-bridge.js';

export { loadStrings } from './strings/index.js';

function whenBodyExists(doc: Document): Promise<HTMLElement> {
  if (doc.body) return Promise.resolve(doc.body);
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(doc.body), { once: true }));
}

export function mountConsentUi(bridge: UiBridge, doc: Document): ConsentUi {
  // Constructing the class (not createElement) keeps the element's definition in the chunk.
  const element = new CookieConsentElement();
  element.bridge = bridge;
  const mounted = whenBodyExists(doc).then((body) => {
    body.append(element);
    return element.updateComplete;
  });
  const placed = new WeakSet<Element>();
  return {
    placeholder: (embed) => {
      if (placed.has(embed) || !embed.isConnected) return false;
      placed.add(embed);
      const stand = new CookieConsentPlaceholderElement();
      stand.bridge = bridge;
      stand.embed = embed;
      embed.before(stand);
      return true;
    },
    showBanner: () => void mounted.then(() => element.showBanner()),
    showPreferences: (opener) => void mounted.then(() => element.showPreferences(opener)),
    hide: () => void mounted.then(() => element.hide()),
  };
}
