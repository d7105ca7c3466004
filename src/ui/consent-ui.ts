/**
 * The lazily loaded UI chunk's entry: puts one `<cookie-consent>` on the page
 * and hands the controller a small handle to it. The placeholders for blocked
 * embeds are a chunk of their own, fetched for the first blocked embed.
 */
import { CookieConsentElement } from './cookie-consent.js';
import type { ConsentUi, UiBridge } from './ui-bridge.js';
import { loadOnce } from '../core/load-once.js';
import { describeError } from '../core/problems.js';

function whenBodyExists(doc: Document): Promise<HTMLElement> {
  if (doc.body) return Promise.resolve(doc.body);
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(doc.body), { once: true }));
}

/** The chunk that defines `<cookie-consent-placeholder>`, fetched once (again after a failure). */
const placeholderChunk = loadOnce(() => import('./cookie-consent-placeholder.js'));

/** Defines `<cookie-consent-placeholder>`; false, said on the console, when its chunk cannot be fetched. */
function definePlaceholder(): Promise<boolean> {
  return placeholderChunk().then(
    () => true,
    (error: unknown) => {
      console.error(`cookie-consent: could not load the placeholders (${describeError(error)})`);
      return false;
    },
  );
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
  let placeholderDefined: Promise<boolean> | null = null;
  return {
    placeholder: (embed) => {
      if (placed.has(embed) || !embed.isConnected) return false;
      placed.add(embed);
      // Created by name so this can answer at once: the element upgrades when its chunk defines it,
      // and Lit takes over the properties set before that.
      const stand = doc.createElement('cookie-consent-placeholder');
      stand.bridge = bridge;
      stand.embed = embed;
      // Until it can render, it holds the embed's box (the controller hides the embed when this
      // returns), so the page does not jump twice. If the chunk fails, the box stays empty.
      const box = embed.getBoundingClientRect();
      stand.style.cssText = `display:block;width:${box.width}px;height:${box.height}px`;
      embed.before(stand);
      placeholderDefined ??= definePlaceholder();
      void placeholderDefined.then((defined) => {
        if (!defined) return;
        for (const held of ['display', 'width', 'height']) stand.style.removeProperty(held);
      });
      return true;
    },
    showBanner: () => void mounted.then(() => element.showBanner()),
    showPreferences: (opener) => mounted.then(() => element.showPreferences(opener)),
    hide: () => void mounted.then(() => element.hide()),
  };
}
