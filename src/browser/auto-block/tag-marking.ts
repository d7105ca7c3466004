/**
 * Converting a tracker tag into the content gate's marked form, in place (so
 * `nonce` and listeners stay with it), and back:
 *
 *   <script type="text/plain" data-category="analytics" data-src="…" data-type="module">
 *   <iframe data-category="marketing" data-src="…">
 *
 * `data-cookie-consent-auto-blocked` names the categories added here, beside
 * any the site owner gave the tag.
 */
import { ownCategories, runsAsScript, withOurCategories } from '../../core/auto-block-policy.js';
import { ACTIVATED, AUTO_BLOCKED, attr, has, set, unset } from './blocker-dom.js';

/**
 * Whether a tag is in the form we gave it. The gate copies our marker onto the live
 * script it builds, which sets its type before it marks itself activated: so a script
 * counts only while it is still text/plain.
 */
export function isConverted(element: Element): boolean {
  if (!has(element, AUTO_BLOCKED) || has(element, ACTIVATED)) return false;
  return element.localName !== 'script' || attr(element, 'type') === 'text/plain';
}

/** Whether a tag is one we may convert: not the gate's, not already marked, and a script the browser would run. */
export function isConvertible(element: Element): boolean {
  if (has(element, ACTIVATED)) return false;
  if (element.localName === 'iframe') return !(has(element, 'data-category') && has(element, 'data-src'));
  return runsAsScript(attr(element, 'type'));
}

export function convert(element: Element, url: string, categories: string[]): void {
  if (element.localName === 'script') {
    const type = attr(element, 'type');
    if (type) set(element, 'data-type', type);
    else unset(element, 'data-type');
    set(element, 'type', 'text/plain');
  }
  set(element, 'data-src', url);
  // On a connected iframe this navigates to about:blank, which also cancels a load already begun.
  unset(element, 'src');
  setCategories(element, categories);
}

/** Our categories on `element`, beside any the site owner gave it. */
export function setCategories(element: Element, categories: string[]): void {
  set(element, 'data-category', withOurCategories(attr(element, 'data-category'), attr(element, AUTO_BLOCKED), categories));
  set(element, AUTO_BLOCKED, categories.join(' '));
}

/** Gives a converted tag back its own form, before the caller sets a `src` that may load now. */
export function restore(element: Element): void {
  if (element.localName === 'script') {
    const type = attr(element, 'data-type');
    if (type) set(element, 'type', type);
    else unset(element, 'type');
    unset(element, 'data-type');
  }
  unset(element, 'data-src');
  const left = ownCategories(attr(element, 'data-category'), attr(element, AUTO_BLOCKED));
  if (left.length > 0) set(element, 'data-category', left.join(' '));
  else unset(element, 'data-category');
  unset(element, AUTO_BLOCKED);
}
