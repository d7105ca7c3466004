/**
 * The gate for content the site owner marked with `data-category`: blocked
 * scripts (`type="text/plain"`) and embeds (`data-src`). It activates them,
 * once their purposes are granted, in document order, each external script
 * loaded before the next one runs; tags inserted later are caught too.
 */

import { embedHost } from './embed-host.js';

/**
 * Says whether content needing all of `categories` (and `service`, when named) may run now. `embedHost` is
 * the host of a blocked embed (iframe, image, video, audio), null for scripts: "Load content" grants embeds one by one.
 */
export type ContentPermission = (categories: readonly string[], service: string | null, embedHost: string | null) => boolean;

const BLOCKED_SCRIPT = 'script[type="text/plain"][data-category]';
const BLOCKED_EMBED = 'iframe[data-category][data-src], img[data-category][data-src], video[data-category][data-src], audio[data-category][data-src]';
const BLOCKED = `${BLOCKED_SCRIPT}, ${BLOCKED_EMBED}`;

/** Attributes the gate consumes; everything else is carried over to the live script. */
const GATE_ATTRIBUTES = new Set(['type', 'src', 'data-src', 'data-type', 'nonce']);

export function categoriesOf(element: Element): string[] {
  return (element.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean);
}

export interface GateOptions {
  /** Whether a category is configured; a tag naming any other stays blocked and is reported once. */
  isKnownCategory?: (category: string) => boolean;
  /** A hint like ` (did you mean "analytics"?)` for a category the config lacks, once the full controller runs. */
  categoryHint?: (category: string) => string;
  /** Told about embeds that stay blocked, so a placeholder can stand in for them. */
  onBlockedEmbeds?: (embeds: Element[]) => void;
}

/** Where a blocked tag points, for console messages. */
function describeTag(element: Element): string {
  const src = element.getAttribute('data-src') ?? element.getAttribute('src');
  if (src) return `<${element.localName} src="${src}">`;
  return `<${element.localName}> "${(element.textContent ?? '').trim().slice(0, 60)}"`;
}

/**
 * Only http(s) and relative URLs are ever loaded from `data-src`: a
 * `javascript:` URL in an iframe would run code, and a broken one means the tag
 * was not what the site owner meant.
 */
function loadableUrl(element: Element, value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020]/g, '');
  try {
    const url = new URL(cleaned, element.ownerDocument.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export class ContentGate {
  #permission: ContentPermission = () => false;
  #queue: Promise<void> = Promise.resolve();
  #claimed = new WeakSet<Element>();
  #reported = new WeakSet<Element>();
  #observer: MutationObserver | null = null;
  /** Activations queued and not finished: while there are any, a later script may not run ahead of them. */
  #pending = 0;

  constructor(
    private readonly root: Document,
    private readonly options: GateOptions = {},
  ) {}

  /** Starts watching for blocked tags that the parser or the site's scripts add later. */
  observe(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => {
      const found: Element[] = [];
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(BLOCKED)) found.push(node);
          // The parser adds an element before its children (they come in later records): most have none to search.
          if (node.firstElementChild) found.push(...node.querySelectorAll(BLOCKED));
        }
      }
      if (found.length > 0) this.#activate(found, true);
    });
    this.#observer.observe(this.root, { childList: true, subtree: true });
  }

  /**
   * Sets what may run now and activates every blocked tag that became allowed.
   * Resolves once they have all been activated (external scripts loaded or failed).
   */
  update(permission: ContentPermission): Promise<void> {
    this.#permission = permission;
    return this.#activate(Array.from(this.root.querySelectorAll(BLOCKED)));
  }

  /** Hides a blocked embed while a placeholder (inserted just before it) stands in for it; activation shows it again. */
  hideBehindPlaceholder(embed: Element): void {
    const { style } = embed as HTMLElement;
    // The page's CSS may give its embeds a `display` (iframe { display: block } is common), which beats the hidden
    // attribute; an inline !important does not lose. The embed's own inline `display` is kept, to be put back.
    embed.setAttribute(HIDDEN_BY_PLACEHOLDER, style.display);
    embed.setAttribute('hidden', '');
    style.setProperty('display', 'none', 'important');
  }

  #allowed(element: Element): boolean {
    const categories = categoriesOf(element);
    return categories.length > 0 && this.#permission(categories, element.getAttribute('data-service'), embedHost(element));
  }

  /** Reports a tag once when it can never run as written: unknown category or unusable URL. */
  #unusable(element: Element): boolean {
    const known = this.options.isKnownCategory;
    const unknown = known ? categoriesOf(element).filter((category) => !known(category)) : [];
    const src = element.getAttribute('data-src') ?? (element instanceof HTMLScriptElement ? element.getAttribute('src') : null);
    const badUrl = src !== null && !loadableUrl(element, src);
    if ((unknown.length > 0 || badUrl) && !this.#reported.has(element)) {
      this.#reported.add(element);
      const hint = unknown.length > 0 ? (this.options.categoryHint?.(unknown[0]!) ?? '') : '';
      const why = unknown.length > 0 ? `names the unknown category "${unknown.join(' ')}"${hint}` : 'has a URL that is not http(s)';
      console.warn(`cookie-consent: ${describeTag(element)} ${why}, so it stays blocked`);
    }
    return unknown.length > 0 || badUrl;
  }

  /** `parsed`: the elements come from the observer, which the parser's additions reach before their end tag. */
  #activate(elements: Element[], parsed = false): Promise<void> {
    const stillBlocked: Element[] = [];
    for (const element of elements) {
      if (this.#claimed.has(element) || this.#unusable(element)) continue;
      if (!this.#allowed(element)) {
        if (!(element instanceof HTMLScriptElement)) stillBlocked.push(element);
        continue;
      }
      this.#claimed.add(element);
      const run = (): void => this.#enqueue(() => (element instanceof HTMLScriptElement ? runScript(element) : loadEmbed(element)));
      // A script released in place that the parser did not run after all goes the usual way.
      if (!(parsed && this.#pending === 0 && element instanceof HTMLScriptElement && releaseInPlace(element, run))) run();
    }
    if (stillBlocked.length > 0) this.options.onBlockedEmbeds?.(stillBlocked);
    return this.#queue;
  }

  /**
   * One queue for the whole page keeps document order across scans, and lets gtag.js finish loading before the
   * inline gtag('config') after it runs.
   */
  #enqueue(activate: () => Promise<void>): void {
    this.#pending++;
    this.#queue = this.#queue.then(activate).finally(() => this.#pending--);
  }
}

/**
 * A blocked external script the parser has just added, whose purposes are granted already (a returning
 * visitor's decision, read first thing): it is made a script again before its end tag, so the parser
 * runs it where and when the page has it, as if no consent tool stood in between. At a `</script>` end
 * tag the parser runs a microtask checkpoint before it prepares the script (HTML § "the text insertion
 * mode"), and the observer's callback is in that checkpoint; the automatic blocker relies on the same.
 *
 * Only for a script with `src` the parser waits for (no `async`; `defer` and modules run before DOMContentLoaded),
 * while the document is loading, so that whether it ran is known for sure: its `load` or `error` event has
 * fired by DOMContentLoaded. When neither has (it was not the parser's to prepare: a site script added it),
 * or on `error` (a Content-Security-Policy with 'strict-dynamic' refuses parser-inserted scripts without a
 * nonce; a clone inserted by script it allows), `fallback` runs it the usual way. Nothing runs twice:
 * an `error` means it did not run. Inline scripts keep the usual way (nothing tells whether they ran).
 */
function releaseInPlace(script: HTMLScriptElement, fallback: () => void): boolean {
  const doc = script.ownerDocument;
  // A script still running (the one that added this element) means this is not the parser's checkpoint. A tag
  // written with `data-src` goes the usual way: Firefox does not run a parser's script whose `src` came late.
  if (doc.readyState !== 'loading' || doc.currentScript || !script.src || script.hasAttribute('data-src') || script.async) return false;
  let settled = false;
  const settle = (ran: boolean): void => {
    if (settled) return;
    settled = true;
    if (!ran && script.isConnected) {
      // Inert again, so the clone is the only copy that can run.
      script.type = 'text/plain';
      fallback();
    }
  };
  // `settled` makes the first of the three count.
  script.addEventListener('load', () => settle(true));
  script.addEventListener('error', () => settle(false));
  doc.addEventListener('DOMContentLoaded', () => settle(false));
  script.setAttribute('data-cookie-consent-activated', '');
  const type = script.getAttribute('data-type');
  if (type) script.type = type;
  else script.removeAttribute('type');
  return true;
}

function runScript(blocked: HTMLScriptElement): Promise<void> {
  if (!blocked.isConnected) return Promise.resolve();
  const doc = blocked.ownerDocument;
  const live = doc.createElement('script');
  for (const attribute of Array.from(blocked.attributes)) {
    if (!GATE_ATTRIBUTES.has(attribute.name)) live.setAttribute(attribute.name, attribute.value);
  }
  const type = blocked.getAttribute('data-type');
  if (type) live.type = type;
  // Browsers hide the nonce attribute after parsing; the property still holds it.
  if (blocked.nonce) live.nonce = blocked.nonce;
  live.setAttribute('data-cookie-consent-activated', '');
  const src = blocked.getAttribute('data-src') ?? blocked.getAttribute('src');
  if (!src) {
    live.text = blocked.text;
    blocked.replaceWith(live);
    return Promise.resolve();
  }
  const waitForIt = !blocked.hasAttribute('async');
  if (waitForIt) live.async = false;
  live.src = src;
  const loaded = new Promise<void>((resolve) => {
    live.addEventListener('load', () => resolve(), { once: true });
    live.addEventListener('error', () => resolve(), { once: true });
  });
  blocked.replaceWith(live);
  return waitForIt ? loaded : Promise.resolve();
}

/** Marks an embed hidden behind a placeholder, so the gate can show it again; its value is the embed's own inline `display`. */
const HIDDEN_BY_PLACEHOLDER = 'data-cookie-consent-hidden';


function loadEmbed(element: Element): Promise<void> {
  if (element.hasAttribute(HIDDEN_BY_PLACEHOLDER)) {
    const placeholder = element.previousElementSibling;
    if (placeholder?.localName === 'cookie-consent-placeholder') placeholder.remove();
    (element as HTMLElement).style.display = element.getAttribute(HIDDEN_BY_PLACEHOLDER) ?? '';
    element.removeAttribute(HIDDEN_BY_PLACEHOLDER);
    element.removeAttribute('hidden');
  }
  // Marked first: the automatic blocker leaves what the gate activates alone, even when its category is not granted
  // (an embed the visitor loaded by "Load content").
  element.setAttribute('data-cookie-consent-activated', '');
  const src = element.getAttribute('data-src');
  if (src) {
    element.setAttribute('src', src);
    element.removeAttribute('data-src');
  }
  const srcset = element.getAttribute('data-srcset');
  if (srcset) {
    element.setAttribute('srcset', srcset);
    element.removeAttribute('data-srcset');
  }
  return Promise.resolve();
}
