/**
 * The elements that open the privacy preferences: `<cookie-consent-link>` and
 * anything the site marks `data-cookie-consent="open"`. One document-level
 * click listener serves them all, including ones added later.
 */
const OPEN_SELECTOR = '[data-cookie-consent="open"], cookie-consent-link';

/** The opener a click went to, if any (through shadow roots too). */
export function openerOf(event: Event): Element | null {
  return event.composedPath().find((target): target is Element => target instanceof Element && target.matches(OPEN_SELECTOR)) ?? null;
}
