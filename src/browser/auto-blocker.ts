/**
 * Automatic blocking: a `<script>` or `<iframe>` whose URL is on a known
 * tracker host, added to the page after the widget starts, is turned into the
 * content gate's marked form before the browser can fetch it:
 *
 *   <script type="text/plain" data-category="analytics" data-src="…" data-type="module">
 *   <iframe data-category="marketing" data-src="…">
 *
 * and the gate (`content-gate.ts`) activates it, in document order, once its
 * categories are granted. `data-cookie-consent-auto-blocked` names the
 * categories this module added, so a later `src` can update or undo it.
 *
 * Browsers start fetching at the moment a tag is connected (or its `src` set
 * while connected), so the conversion must happen inside the very call that
 * would fetch. This module therefore wraps the few DOM entry points that do
 * so, each wrapper doing exactly what the original does for everything else:
 *
 * - `src` setters of HTMLScriptElement and HTMLIFrameElement, `setAttribute`
 *   and `setAttributeNS` for `src` (and `type` on a script already converted);
 * - insertion (`appendChild`, `insertBefore`, `replaceChild`, `append`,
 *   `prepend`, `replaceChildren`, `before`, `after`, `replaceWith`,
 *   `insertAdjacentElement`, `Range#insertNode`), for tags built elsewhere:
 *   `createContextualFragment`, cloned `<template>` content, other documents;
 * - markup setters that create iframes (`innerHTML`, `outerHTML`,
 *   `insertAdjacentHTML`; scripts they create never run anyway);
 * - `document.write` / `writeln`, rewriting complete tracker start tags;
 * - a MutationObserver for tags the HTML parser adds. At a `</script>` end tag
 *   the parser runs a microtask checkpoint before it prepares the script
 *   (HTML § "the text insertion mode"), so the observer's callback still sees
 *   the script unprepared and can change its type. The preload scanner may
 *   already have requested the URL: markup tags are the site owner's to mark.
 *
 * Wrappers are installed once per window and stay (someone else may have
 * wrapped them after us, so restoring the originals could drop their work);
 * with no active blocker they only pass calls through.
 */
import { compileAutoBlock, type AutoBlockHosts, type HostMatcher } from '../core/tracker-hosts.js';
import { safely, wrapMethod, wrapSetter } from './prototype-wrap.js';
import { describeError } from '../core/problems.js';

export interface AutoBlockerOptions {
  /** Category → host names (usually `mergeAutoBlock(DEFAULT_AUTO_BLOCK, config.autoBlock)`). */
  autoBlock: AutoBlockHosts;
  /** Whether a category is granted right now; asked on every tracker tag. Throwing counts as "no". */
  isGranted: (category: string) => boolean;
  /** Told (in a microtask) about each URL blocked, e.g. to warn about a category the config lacks. */
  onBlock?: (url: string, categories: string[]) => void;
}

export interface AutoBlocker {
  /** Replaces the host list, e.g. once a config fetched from `data-config` arrives. */
  setAutoBlock(autoBlock: AutoBlockHosts): void;
  /** Stops this blocker: tags already converted stay with the gate; new ones pass untouched. */
  disconnect(): void;
}

interface Policy {
  match: HostMatcher;
  isGranted: (category: string) => boolean;
  onBlock: ((url: string, categories: string[]) => void) | undefined;
}

/** Shared by every copy of this module in one window (the embed and an npm bundle, say). */
interface Registry {
  policies: Set<Policy>;
  observer: MutationObserver | null;
  observe(): void;
}

type Realm = Window & typeof globalThis;

const REGISTRY = Symbol.for('cookie-consent-element/auto-blocker/1');
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Set by the gate on the tags it activates: those are the gate's, never ours to block again. */
const ACTIVATED = 'data-cookie-consent-activated';
const AUTO_BLOCKED = 'data-cookie-consent-auto-blocked';
const TRACKABLE = 'script[src], iframe[src]';
/** What `type` may hold for a script the browser would run (HTML § "JavaScript MIME type essence match", plus modules). */
const SCRIPT_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
/** A start tag's name, read where a `<` was found (sticky). */
const TAG_NAME = /<([a-zA-Z][^\t\n\f\r />]*)/y;
/** Elements whose content the tokenizer reads as text: no tags inside them. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * Starts blocking tracker tags in `win` until their categories are granted.
 * Safe to call more than once: the wrappers go in once per window, and a tag
 * is let through only when every active blocker lets it through.
 */
export function installAutoBlocker(win: Window, options: AutoBlockerOptions): AutoBlocker {
  const policy: Policy = { match: safeMatcher(options.autoBlock), isGranted: options.isGranted, onBlock: options.onBlock };
  let registry: Registry | null = null;
  try {
    registry = registryOf(win as Realm);
    registry.policies.add(policy);
    registry.observe();
  } catch (error) {
    console.error(`cookie-consent: automatic blocking could not start (${describeError(error)})`);
  }
  return {
    setAutoBlock(autoBlock) {
      policy.match = safeMatcher(autoBlock);
    },
    disconnect() {
      if (!registry) return;
      registry.policies.delete(policy);
      if (registry.policies.size === 0) {
        registry.observer?.disconnect();
        registry.observer = null;
      }
    },
  };
}

function safeMatcher(autoBlock: AutoBlockHosts): HostMatcher {
  try {
    return compileAutoBlock(autoBlock ?? {});
  } catch {
    return () => null;
  }
}

function registryOf(win: Realm): Registry {
  const existing = (win as unknown as Record<symbol, Registry | undefined>)[REGISTRY];
  if (existing) return existing;
  const registry = createBlocker(win);
  Object.defineProperty(win, REGISTRY, { value: registry });
  return registry;
}

function createBlocker(win: Realm): Registry {
  const policies = new Set<Policy>();
  // The originals, called directly so that our own changes never pass through the wrappers.
  const setAttribute = win.Element.prototype.setAttribute;
  const getAttribute = win.Element.prototype.getAttribute;
  const hasAttribute = win.Element.prototype.hasAttribute;
  const removeAttribute = win.Element.prototype.removeAttribute;
  const querySelectorAll = win.Element.prototype.querySelectorAll;
  const fragmentQuerySelectorAll = win.DocumentFragment.prototype.querySelectorAll;
  const isConnectedGetter = Object.getOwnPropertyDescriptor(win.Node.prototype, 'isConnected')?.get;
  const elementInnerHtml = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')?.set;

  const attr = (element: Element, name: string): string | null => getAttribute.call(element, name);
  const has = (element: Element, name: string): boolean => hasAttribute.call(element, name);
  const set = (element: Element, name: string, value: string): void => setAttribute.call(element, name, value);
  const unset = (element: Element, name: string): void => removeAttribute.call(element, name);
  const connected = (node: Node): boolean => (isConnectedGetter ? isConnectedGetter.call(node) === true : node.isConnected);

  const isHtml = (node: unknown, localName: string): node is Element =>
    typeof node === 'object' && node !== null && (node as Node).nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === HTML_NS;
  const isTrackable = (node: unknown): node is HTMLScriptElement | HTMLIFrameElement => isHtml(node, 'script') || isHtml(node, 'iframe');
  const nodeDocument = (node: Node): Document | null => (node.nodeType === 9 ? (node as Document) : node.ownerDocument);

  /** The categories to block `url` for, or null when every active blocker lets it through. */
  function blockingCategories(url: string, baseUrl: string): string[] | null {
    let blocked: string[] | null = null;
    for (const policy of policies) {
      let categories: string[];
      try {
        categories = (policy.match(url, baseUrl) ?? '').split(' ').filter(Boolean);
      } catch {
        continue;
      }
      if (categories.length === 0 || categories.every((category) => granted(policy, category))) continue;
      blocked ??= [];
      for (const category of categories) if (!blocked.includes(category)) blocked.push(category);
    }
    return blocked;
  }

  function granted(policy: Policy, category: string): boolean {
    try {
      return policy.isGranted(category) === true;
    } catch {
      return false; // fail closed
    }
  }

  /**
   * Whether a tag is in the form we gave it. The gate copies our marker onto the live
   * script it builds, which sets its type before it marks itself activated: so a script
   * counts only while it is still text/plain.
   */
  function converted(element: Element): boolean {
    if (!has(element, AUTO_BLOCKED) || has(element, ACTIVATED)) return false;
    return element.localName !== 'script' || attr(element, 'type') === 'text/plain';
  }

  /** Whether a tag is one we may convert: not the gate's, and a script the browser would run. */
  function convertible(element: Element): boolean {
    if (has(element, ACTIVATED)) return false;
    if (element.localName === 'iframe') return !(has(element, 'data-category') && has(element, 'data-src'));
    // Parameters ("; charset=…") are dropped: converting a script the browser would not have run
    // only hands the same decision to the gate, which keeps the original type.
    return SCRIPT_TYPES.has((attr(element, 'type') ?? '').split(';')[0]!.trim().toLowerCase());
  }

  /** Turns a tag into the gate's marked form, in place (so `nonce` and listeners stay with it). */
  function convert(element: Element, url: string, categories: string[]): void {
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
    announce(url, categories);
  }

  /** Our categories on `element`, beside any the site owner gave it. */
  function setCategories(element: Element, categories: string[]): void {
    const ours = new Set((attr(element, AUTO_BLOCKED) ?? '').split(/\s+/));
    const own = (attr(element, 'data-category') ?? '').split(/\s+/).filter((category) => category && !ours.has(category));
    set(element, 'data-category', [...new Set([...own, ...categories])].join(' '));
    set(element, AUTO_BLOCKED, categories.join(' '));
  }

  /** Gives a converted tag back its own form, before the caller sets a `src` that may load now. */
  function restore(element: Element): void {
    if (element.localName === 'script') {
      const type = attr(element, 'data-type');
      if (type) set(element, 'type', type);
      else unset(element, 'type');
      unset(element, 'data-type');
    }
    unset(element, 'data-src');
    const ours = new Set((attr(element, AUTO_BLOCKED) ?? '').split(/\s+/));
    const left = (attr(element, 'data-category') ?? '').split(/\s+/).filter((category) => category && !ours.has(category));
    if (left.length > 0) set(element, 'data-category', left.join(' '));
    else unset(element, 'data-category');
    unset(element, AUTO_BLOCKED);
  }

  function announce(url: string, categories: string[]): void {
    for (const policy of policies) {
      const onBlock = policy.onBlock;
      if (onBlock) {
        queueMicrotask(() => {
          try {
            onBlock(url, [...categories]);
          } catch {
            // The listener's fault is not the page's problem.
          }
        });
      }
    }
  }

  /**
   * A `src` is about to be set on `element`. Returns true when we took care of
   * it (the tag stays blocked), false when the original setter must run.
   */
  function interceptSrc(element: unknown, value: unknown): boolean {
    if (policies.size === 0 || !isTrackable(element)) return false;
    // Tags in inert documents (templates, DOMParser) never fetch; insertion checks them later.
    if (element.ownerDocument !== win.document) return false;
    if (has(element, ACTIVATED)) return false; // the gate's own activation
    const url = String(value);
    const categories = blockingCategories(url, element.baseURI);
    if (converted(element)) {
      if (categories) {
        set(element, 'data-src', url);
        setCategories(element, categories);
        return true;
      }
      restore(element);
      return false;
    }
    if (!categories || !convertible(element)) return false;
    // A connected script that has a src or code has started already: a new src fetches nothing.
    if (element.localName === 'script' && connected(element) && (has(element, 'src') || element.textContent !== '')) return false;
    convert(element, url, categories);
    return true;
  }

  /** `type` set on a script we converted: keep it for the gate instead of unblocking. */
  function interceptType(element: unknown, value: unknown): boolean {
    if (!isHtml(element, 'script') || !converted(element)) return false;
    set(element, 'data-type', String(value));
    return true;
  }

  function inspect(element: Element, baseUrl: string): void {
    const url = attr(element, 'src');
    if (url === null || element.namespaceURI !== HTML_NS || converted(element) || !convertible(element)) return;
    const categories = blockingCategories(url, baseUrl);
    if (categories) convert(element, url, categories);
  }

  /** Nodes about to go into `target`'s document: convert tracker tags among them first. */
  function inspectInsertion(target: unknown, nodes: readonly unknown[]): void {
    if (policies.size === 0 || typeof target !== 'object' || target === null) return;
    try {
      const parent = target as Node;
      // Tags fetch only once connected; a detached tree is checked when it is attached.
      if (nodeDocument(parent) !== win.document || !connected(parent)) return;
      const baseUrl = parent.baseURI;
      for (const node of nodes) {
        if (typeof node !== 'object' || node === null) continue;
        const type = (node as Node).nodeType;
        if (type === 1) {
          // A move of a connected node: a script that ran never runs again, so leave it be.
          if (connected(node as Node)) continue;
          if (isTrackable(node)) inspect(node, baseUrl);
          if ((node as Element).firstElementChild) for (const found of querySelectorAll.call(node, TRACKABLE)) inspect(found, baseUrl);
        } else if (type === 11) {
          for (const found of fragmentQuerySelectorAll.call(node, TRACKABLE)) inspect(found, baseUrl);
        }
      }
    } catch {
      // Never in the page's way: the original call goes ahead regardless.
    }
  }

  /** Parses markup as the target's own innerHTML would, into a detached element of the live document. */
  function parseDetached(context: Element, html: unknown, innerHtmlSetter: (this: Element, value: unknown) => void): Element {
    // Iframes load only once connected, and scripts from markup setters are marked as already started.
    const holder =
      context.namespaceURI === HTML_NS && context.localName.includes('-')
        ? win.document.createElement('div') // parses the same, and no custom element constructor runs for our copy
        : win.document.createElementNS(context.namespaceURI, context.localName);
    innerHtmlSetter.call(holder, html);
    const baseUrl = win.document.baseURI;
    for (const found of querySelectorAll.call(holder, 'iframe[src]')) inspect(found, baseUrl);
    return holder;
  }

  /** Whether a markup string may create a tracker iframe in a connected part of the live document. */
  function markupNeedsCare(target: unknown, html: unknown): target is Element {
    return (
      policies.size > 0 &&
      typeof html === 'string' &&
      /<iframe/i.test(html) &&
      typeof target === 'object' &&
      target !== null &&
      (target as Node).nodeType === 1 &&
      (target as Element).ownerDocument === win.document &&
      connected(target as Node)
    );
  }

  /** Rewrites complete tracker start tags in markup passed to `document.write`. */
  function rewriteWritten(markup: string): string {
    if (!/<(?:script|iframe)/i.test(markup)) return markup;
    let out = '';
    let copied = 0;
    let at = 0;
    while (at < markup.length) {
      const open = markup.indexOf('<', at);
      if (open < 0) break;
      if (markup.startsWith('<!--', open)) {
        const close = markup.indexOf('-->', open + 4);
        if (close < 0) break;
        at = close + 3;
        continue;
      }
      TAG_NAME.lastIndex = open;
      const name = TAG_NAME.exec(markup)?.[1]?.toLowerCase();
      if (!name) {
        at = open + 1;
        continue;
      }
      const end = startTagEnd(markup, open + 1 + name.length);
      if (end < 0) break; // a tag split across calls: written as is
      if (name === 'script' || name === 'iframe') {
        const replacement = blockedStartTag(markup.slice(open, end + 1));
        if (replacement !== null) {
          out += markup.slice(copied, open) + replacement;
          copied = end + 1;
        }
      }
      at = end + 1;
      if (name === 'plaintext') break;
      if (RAW_TEXT.has(name)) {
        // Case-insensitive search in place: lower-casing the whole string could shift indices.
        const closer = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
        closer.lastIndex = at;
        const close = closer.exec(markup);
        if (!close) break;
        at = close.index + 2;
      }
    }
    return copied === 0 ? markup : out + markup.slice(copied);
  }

  let scratch: HTMLTemplateElement | null = null;

  /** The start tag in marked form when it names a tracker that must wait, else null. */
  function blockedStartTag(tag: string): string | null {
    // A template's content is inert: parsing the tag there fetches and runs nothing,
    // and gives its attributes exactly as the page's parser would read them.
    scratch ??= win.document.createElement('template');
    if (!elementInnerHtml) return null;
    elementInnerHtml.call(scratch, tag);
    const element = scratch.content.firstElementChild;
    if (!element || !isTrackable(element)) return null;
    const url = attr(element, 'src');
    if (url === null || !convertible(element)) return null;
    const categories = blockingCategories(url, win.document.baseURI);
    if (!categories) return null;
    convert(element, url, categories);
    let rebuilt = `<${element.localName}`;
    for (const attribute of Array.from(element.attributes)) rebuilt += ` ${attribute.name}="${attribute.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    return `${rebuilt}>`;
  }

  /** Parser-inserted tags, and any that came in another way: convert what has not started yet. */
  function onMutations(records: MutationRecord[]): void {
    if (policies.size === 0) return;
    // Only while the parser runs can a script seen here still be unprepared; later ones either went
    // through the wrappers or have started, and converting those would run them twice once granted.
    const parsing = win.document.readyState === 'loading';
    const baseUrl = win.document.baseURI;
    const consider = (element: Element): void => {
      if (element.localName === 'script' && !parsing) return;
      if (connected(element)) inspect(element, baseUrl);
    };
    // The parser reports every element it adds, each in its own record, and by the time this runs
    // they already hold their children: searching each one's subtree would go over the same part of
    // the page again and again (costly on a long article at page load). One search per outermost
    // added element covers them all; the rest are looked at alone.
    const searched = new Set<Node>();
    const insideSearched = (node: Node): boolean => {
      for (let parent = node.parentNode; parent; parent = parent.parentNode) if (searched.has(parent)) return true;
      return false;
    };
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || insideSearched(node)) continue;
        if (isTrackable(node)) consider(node as Element);
        if ((node as Element).firstElementChild) {
          searched.add(node);
          for (const found of querySelectorAll.call(node, TRACKABLE)) consider(found);
        }
      }
    }
  }

  const registry: Registry = {
    policies,
    observer: null,
    observe() {
      if (registry.observer) return;
      registry.observer = new win.MutationObserver((records) => {
        try {
          onMutations(records);
        } catch {
          // Never in the page's way.
        }
      });
      registry.observer.observe(win.document, { childList: true, subtree: true });
    },
  };

  // --- The wrappers. Each calls the original with the page's own arguments
  // unless the call would fetch a tracker that has to wait. ---

  wrapSetter(win.HTMLScriptElement.prototype, 'src', (original) =>
    function (this: unknown, value: unknown) {
      if (!safely(() => interceptSrc(this, value))) original.call(this, value);
    },
  );
  wrapSetter(win.HTMLIFrameElement.prototype, 'src', (original) =>
    function (this: unknown, value: unknown) {
      if (!safely(() => interceptSrc(this, value))) original.call(this, value);
    },
  );
  wrapSetter(win.HTMLScriptElement.prototype, 'type', (original) =>
    function (this: unknown, value: unknown) {
      if (!safely(() => interceptType(this, value))) original.call(this, value);
    },
  );
  wrapMethod(win.Element.prototype, 'setAttribute', (original) =>
    function (this: unknown, ...args: unknown[]) {
      // The hot path: one length test for every attribute that is neither src nor type.
      const name = args[0];
      if (args.length >= 2 && mayMatter(name) && safely(() => interceptAttribute(this, name, args[1]))) return undefined;
      return Reflect.apply(original, this, args);
    },
  );
  wrapMethod(win.Element.prototype, 'setAttributeNS', (original) =>
    function (this: unknown, ...args: unknown[]) {
      const [namespace, name] = args;
      if (args.length >= 3 && (namespace === null || namespace === '') && mayMatter(name) && safely(() => interceptAttribute(this, name, args[2]))) return undefined;
      return Reflect.apply(original, this, args);
    },
  );

  function mayMatter(name: unknown): name is string {
    return policies.size > 0 && typeof name === 'string' && (name.length === 3 || name.length === 4);
  }

  function interceptAttribute(element: unknown, name: string, value: unknown): boolean {
    const lower = name.toLowerCase();
    if (lower === 'src') return interceptSrc(element, value);
    if (lower === 'type') return interceptType(element, value);
    return false;
  }

  // Insertion: `this` is the parent, or (before/after/replaceWith/insertAdjacentElement) a node
  // whose parent is connected exactly when the node is.
  const insertion = (proto: object | undefined, name: string, nodesFrom: (args: unknown[]) => unknown[]): void =>
    wrapMethod(proto, name, (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (policies.size > 0) inspectInsertion(this, nodesFrom(args));
        return Reflect.apply(original, this, args);
      },
    );
  const first = (args: unknown[]): unknown[] => args.slice(0, 1);
  const all = (args: unknown[]): unknown[] => args;
  insertion(win.Node.prototype, 'appendChild', first);
  insertion(win.Node.prototype, 'insertBefore', first);
  insertion(win.Node.prototype, 'replaceChild', first);
  for (const proto of [win.Element.prototype, win.Document.prototype, win.DocumentFragment.prototype]) {
    insertion(proto, 'append', all);
    insertion(proto, 'prepend', all);
    insertion(proto, 'replaceChildren', all);
  }
  for (const proto of [win.Element.prototype, win.CharacterData.prototype, win.DocumentType.prototype]) {
    insertion(proto, 'before', all);
    insertion(proto, 'after', all);
    insertion(proto, 'replaceWith', all);
  }
  insertion(win.Element.prototype, 'insertAdjacentElement', (args) => args.slice(1, 2));
  wrapMethod(win.Range.prototype, 'insertNode', (original) =>
    function (this: unknown, ...args: unknown[]) {
      inspectInsertion(safely(() => (this as Range).startContainer) || null, args.slice(0, 1));
      return Reflect.apply(original, this, args);
    },
  );

  // Markup setters. When the string may hold an iframe, it is parsed once, into a
  // detached element, tracker iframes converted there, and the result put in place:
  // what the original does too (parse in a separate document, then insert), minus the fetch.
  const replaceChildren = win.Element.prototype.replaceChildren;
  const fragmentReplaceChildren = win.DocumentFragment.prototype.replaceChildren;
  const elementReplaceWith = win.Element.prototype.replaceWith;
  const elementBefore = win.Element.prototype.before;
  const elementAfter = win.Element.prototype.after;
  const elementPrepend = win.Element.prototype.prepend;
  const elementAppend = win.Element.prototype.append;

  if (elementInnerHtml) {
    const parse = (context: Element, html: unknown): Node[] => Array.from(parseDetached(context, html, elementInnerHtml).childNodes);

    wrapSetter(win.Element.prototype, 'innerHTML', (original) =>
      function (this: unknown, value: unknown) {
        const nodes = safely(() => (markupNeedsCare(this, value) && !isHtml(this, 'template') ? parse(this, value) : null));
        if (nodes) replaceChildren.apply(this as Element, nodes);
        else original.call(this, value);
      },
    );
    wrapSetter(win.ShadowRoot.prototype, 'innerHTML', (original) =>
      function (this: unknown, value: unknown) {
        const nodes = safely(() => {
          const host = (this as ShadowRoot).host;
          return markupNeedsCare(host, value) ? parse(host, value) : null;
        });
        if (nodes) fragmentReplaceChildren.apply(this as ShadowRoot, nodes);
        else original.call(this, value);
      },
    );
    wrapSetter(win.Element.prototype, 'outerHTML', (original) =>
      function (this: unknown, value: unknown) {
        const nodes = safely(() => {
          const parent = (this as Element).parentNode;
          if (!parent || parent.nodeType === 9 || !markupNeedsCare(this, value)) return null;
          return parse(parent.nodeType === 1 ? (parent as Element) : win.document.createElement('body'), value);
        });
        if (nodes) elementReplaceWith.apply(this as Element, nodes);
        else original.call(this, value);
      },
    );
    wrapMethod(win.Element.prototype, 'insertAdjacentHTML', (original) =>
      function (this: unknown, ...args: unknown[]) {
        const planned = safely(() => {
          if (args.length < 2 || !markupNeedsCare(this, args[1])) return null;
          const position = String(args[0]).toLowerCase();
          const element = this as Element;
          const outside = position === 'beforebegin' || position === 'afterend';
          if (!outside && position !== 'afterbegin' && position !== 'beforeend') return null;
          let context: Node | null = outside ? element.parentNode : element;
          if (!context || context.nodeType === 9) return null;
          if (context.nodeType !== 1 || isHtml(context, 'html')) context = win.document.createElement('body');
          const insert = { beforebegin: elementBefore, afterend: elementAfter, afterbegin: elementPrepend, beforeend: elementAppend }[position]!;
          return { insert, nodes: parse(context as Element, args[1]) };
        });
        if (!planned) return Reflect.apply(original, this, args);
        planned.insert.apply(this as Element, planned.nodes);
        return undefined;
      },
    );
  }

  for (const name of ['write', 'writeln']) {
    wrapMethod(win.Document.prototype, name, (original) =>
      function (this: unknown, ...args: unknown[]) {
        const rewritten = safely(() => {
          if (this !== win.document || policies.size === 0 || !args.every((arg) => typeof arg === 'string')) return null;
          const markup = args.join('');
          const result = rewriteWritten(markup);
          return result === markup ? null : result;
        });
        return rewritten === null ? Reflect.apply(original, this, args) : Reflect.apply(original, this, [rewritten]);
      },
    );
  }

  return registry;
}

/** The end (index of `>`) of a start tag whose name ends at `from`, honouring quoted values; -1 when incomplete. */
function startTagEnd(markup: string, from: number): number {
  for (let at = from; at < markup.length; at++) {
    const char = markup[at];
    if (char === '>') return at;
    if (char !== '=') continue;
    at++;
    while (at < markup.length && /[\t\n\f\r ]/.test(markup[at]!)) at++;
    const quote = markup[at];
    if (quote === '"' || quote === "'") {
      const close = markup.indexOf(quote, at + 1);
      if (close < 0) return -1;
      at = close;
    } else {
      at--; // an unquoted value: read on from here
    }
  }
  return -1;
}
