/**
 * The checks made at each DOM entry point that could fetch: a `src` about to
 * be set, a `type` about to change, nodes about to be inserted, a tag the
 * parser added. Each converts what must wait and says whether it did.
 */
import { blockingCategories } from '../../core/auto-block-policy.js';
import { ACTIVATED, HTML_NS, TRACKABLE, attr, connected, find, has, isHtml, isTrackable, set, type Blocker } from './blocker-dom.js';
import { convert, isConverted, isConvertible, restore, setCategories } from './tag-marking.js';

/**
 * A `src` is about to be set on `element`. Returns true when we took care of
 * it (the tag stays blocked), false when the original setter must run.
 */
export function interceptSrc(blocker: Blocker, element: unknown, value: unknown): boolean {
  if (blocker.policies.size === 0 || !isTrackable(element)) return false;
  // Tags in inert documents (templates, DOMParser) never fetch; insertion checks them later.
  if (element.ownerDocument !== blocker.win.document) return false;
  if (has(element, ACTIVATED)) return false; // the gate's own activation
  const url = String(value);
  const categories = blockingCategories(blocker.policies, url, element.baseURI);
  if (isConverted(element)) {
    if (categories) {
      set(element, 'data-src', url);
      setCategories(element, categories);
      return true;
    }
    restore(element);
    return false;
  }
  if (!categories || !isConvertible(element)) return false;
  // A connected script that has a src or code has started already: a new src fetches nothing.
  if (element.localName === 'script' && connected(element) && (has(element, 'src') || element.textContent !== '')) return false;
  convert(element, url, categories);
  return true;
}

/** `type` set on a script we converted: keep it for the gate instead of unblocking. */
export function interceptType(element: unknown, value: unknown): boolean {
  if (!isHtml(element, 'script') || !isConverted(element)) return false;
  set(element, 'data-type', String(value));
  return true;
}

/** `setAttribute(name, value)`: only `src` and `type` can matter. */
export function interceptAttribute(blocker: Blocker, element: unknown, name: string, value: unknown): boolean {
  const lower = name.toLowerCase();
  if (lower === 'src') return interceptSrc(blocker, element, value);
  if (lower === 'type') return interceptType(element, value);
  return false;
}

/** Converts `element` when its `src` is a tracker that must wait. */
export function inspect(blocker: Blocker, element: Element, baseUrl: string): void {
  const url = attr(element, 'src');
  if (url === null || element.namespaceURI !== HTML_NS || isConverted(element) || !isConvertible(element)) return;
  const categories = blockingCategories(blocker.policies, url, baseUrl);
  if (categories) convert(element, url, categories);
}

/** Nodes about to go into `target`'s document: convert tracker tags among them first. */
export function inspectInsertion(blocker: Blocker, target: unknown, nodes: readonly unknown[]): void {
  if (blocker.policies.size === 0 || typeof target !== 'object' || target === null) return;
  try {
    const parent = target as Node;
    // Tags fetch only once connected; a detached tree is checked when it is attached.
    const doc = parent.nodeType === 9 ? parent : parent.ownerDocument;
    if (doc !== blocker.win.document || !connected(parent)) return;
    const baseUrl = parent.baseURI;
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue;
      const type = (node as Node).nodeType;
      if (type === 1) {
        // A move of a connected node: a script that ran never runs again, so leave it be.
        if (connected(node as Node)) continue;
        if (isTrackable(node)) inspect(blocker, node, baseUrl);
        if ((node as Element).firstElementChild) for (const found of find(node as Node, TRACKABLE)) inspect(blocker, found, baseUrl);
      } else if (type === 11) {
        for (const found of find(node as Node, TRACKABLE)) inspect(blocker, found, baseUrl);
      }
    }
  } catch {
    // Never in the page's way: the original call goes ahead regardless.
  }
}
