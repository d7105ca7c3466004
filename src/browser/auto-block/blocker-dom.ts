/**
 * The automatic blocker's view of one window: its active policies, and the
 * DOM methods it calls as the browser first had them, so that its own changes
 * never pass through its wrappers (nor through anyone else's).
 */
import type { BlockPolicy } from '../../core/auto-block-policy.js';

export type Realm = Window & typeof globalThis;

export const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Set by the gate on the tags it activates: those are the gate's, never ours to block again. */
export const ACTIVATED = 'data-cookie-consent-activated';
/** The categories the blocker added to a tag, so that a later `src` can update or undo them. */
export const AUTO_BLOCKED = 'data-cookie-consent-auto-blocked';
/** Tags that fetch from their `src`. */
export const TRACKABLE = 'script[src], iframe[src]';

/** The window's blocker, shared by every copy of these modules in it (the embed and an npm bundle, say). */
export interface Blocker {
  win: Realm;
  /** One per active `installAutoBlocker`: a tag passes only when each lets it. */
  policies: Set<BlockPolicy>;
  /** The parser observer, while a policy is active. */
  observer: { stop(): void } | null;
}

// The DOM methods as this realm first had them, read when this module is evaluated, before any
// wrapper goes in: our own changes never pass through our wrappers (nor anyone else's). Calling
// them on nodes of another same-origin window (an iframe the blocker was installed in) works.
const { setAttribute, getAttribute, hasAttribute, removeAttribute, querySelectorAll } = Element.prototype;
const fragmentQuerySelectorAll = DocumentFragment.prototype.querySelectorAll;
const isConnected = Object.getOwnPropertyDescriptor(Node.prototype, 'isConnected')?.get;
/** The original `Element#innerHTML` setter, when the browser has one where we look. */
export const innerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')?.set;

export const attr = (element: Element, name: string): string | null => getAttribute.call(element, name);
export const has = (element: Element, name: string): boolean => hasAttribute.call(element, name);
export const set = (element: Element, name: string, value: string): void => setAttribute.call(element, name, value);
export const unset = (element: Element, name: string): void => removeAttribute.call(element, name);
export const connected = (node: Node): boolean => (isConnected ? isConnected.call(node) === true : node.isConnected);
/** `querySelectorAll` of an element or a fragment. */
export const find = (root: Node, selectors: string): Iterable<Element> =>
  (root.nodeType === 11 ? fragmentQuerySelectorAll : querySelectorAll).call(root, selectors);

/** Whether `node` is an HTML element named `localName`, in any realm. */
export const isHtml = (node: unknown, localName: string): node is Element =>
  typeof node === 'object' &&
  node !== null &&
  (node as Node).nodeType === 1 &&
  (node as Element).localName === localName &&
  (node as Element).namespaceURI === HTML_NS;

export const isTrackable = (node: unknown): node is HTMLScriptElement | HTMLIFrameElement => isHtml(node, 'script') || isHtml(node, 'iframe');
