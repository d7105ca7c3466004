/**
 * The wrappers for calls that turn a string into tags: `innerHTML`,
 * `outerHTML` and `insertAdjacentHTML` (for iframes: scripts they create never
 * run anyway), and `document.write` / `writeln` (complete tracker start tags
 * rewritten in the string). Each calls the original with the page's own
 * arguments unless the markup holds a tracker that has to wait.
 */
import { blockingCategories } from '../../core/auto-block-policy.js';
import { rewriteStartTags } from '../../core/markup-tags.js';
import { safely, wrapMethod, wrapSetter } from '../prototype-wrap.js';
import { HTML_NS, attr, connected, find, innerHtml, isHtml, isTrackable, type Blocker } from './blocker-dom.js';
import { inspect } from './tag-checks.js';
import { convert, isConvertible } from './tag-marking.js';

/**
 * When the string may hold an iframe, it is parsed once, into a detached
 * element, tracker iframes converted there, and the result put in place: what
 * the original does too (parse in a separate document, then insert), minus the fetch.
 */
export function wrapMarkupSetters(blocker: Blocker): void {
  const { win } = blocker;
  const setInnerHtml = innerHtml;
  if (!setInnerHtml) return;
  const { replaceWith, before, after, prepend, append } = win.Element.prototype;
  const replaceChildren = win.Element.prototype.replaceChildren;
  const fragmentReplaceChildren = win.DocumentFragment.prototype.replaceChildren;
  const parse = (context: Element, html: unknown): Node[] => Array.from(parseDetached(blocker, context, html, setInnerHtml).childNodes);

  wrapSetter(win.Element.prototype, 'innerHTML', (original) =>
    function (this: unknown, value: unknown) {
      const nodes = safely(() => (markupNeedsCare(blocker, this, value) && !isHtml(this, 'template') ? parse(this, value) : null));
      if (nodes) replaceChildren.apply(this as Element, nodes);
      else original.call(this, value);
    },
  );
  wrapSetter(win.ShadowRoot.prototype, 'innerHTML', (original) =>
    function (this: unknown, value: unknown) {
      const nodes = safely(() => {
        const host = (this as ShadowRoot).host;
        return markupNeedsCare(blocker, host, value) ? parse(host, value) : null;
      });
      if (nodes) fragmentReplaceChildren.apply(this as ShadowRoot, nodes);
      else original.call(this, value);
    },
  );
  wrapSetter(win.Element.prototype, 'outerHTML', (original) =>
    function (this: unknown, value: unknown) {
      const nodes = safely(() => {
        const parent = (this as Element).parentNode;
        if (!parent || parent.nodeType === 9 || !markupNeedsCare(blocker, this, value)) return null;
        return parse(parent.nodeType === 1 ? (parent as Element) : win.document.createElement('body'), value);
      });
      if (nodes) replaceWith.apply(this as Element, nodes);
      else original.call(this, value);
    },
  );
  wrapMethod(win.Element.prototype, 'insertAdjacentHTML', (original) =>
    function (this: unknown, ...args: unknown[]) {
      const planned = safely(() => {
        if (args.length < 2 || !markupNeedsCare(blocker, this, args[1])) return null;
        const position = String(args[0]).toLowerCase();
        const element = this as Element;
        const outside = position === 'beforebegin' || position === 'afterend';
        if (!outside && position !== 'afterbegin' && position !== 'beforeend') return null;
        let context: Node | null = outside ? element.parentNode : element;
        if (!context || context.nodeType === 9) return null;
        if (context.nodeType !== 1 || isHtml(context, 'html')) context = win.document.createElement('body');
        const insert = { beforebegin: before, afterend: after, afterbegin: prepend, beforeend: append }[position]!;
        return { insert, nodes: parse(context as Element, args[1]) };
      });
      if (!planned) return Reflect.apply(original, this, args);
      planned.insert.apply(this as Element, planned.nodes);
      return undefined;
    },
  );
}

export function wrapDocumentWrite(blocker: Blocker): void {
  const { win } = blocker;
  let scratch: HTMLTemplateElement | null = null;
  /** The start tag in marked form when it names a tracker that must wait, else null. */
  const blockedStartTag = (tag: string): string | null => {
    // A template's content is inert: parsing the tag there fetches and runs nothing,
    // and gives its attributes exactly as the page's parser would read them.
    if (!innerHtml) return null;
    scratch ??= win.document.createElement('template');
    innerHtml.call(scratch, tag);
    const element = scratch.content.firstElementChild;
    if (!element || !isTrackable(element)) return null;
    const url = attr(element, 'src');
    if (url === null || !isConvertible(element)) return null;
    const categories = blockingCategories(blocker.policies, url, win.document.baseURI);
    if (!categories) return null;
    convert(element, url, categories);
    let rebuilt = `<${element.localName}`;
    for (const attribute of Array.from(element.attributes)) rebuilt += ` ${attribute.name}="${attribute.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    return `${rebuilt}>`;
  };
  for (const name of ['write', 'writeln']) {
    wrapMethod(win.Document.prototype, name, (original) =>
      function (this: unknown, ...args: unknown[]) {
        const rewritten = safely(() => {
          if (this !== win.document || blocker.policies.size === 0 || !args.every((arg) => typeof arg === 'string')) return null;
          const markup = args.join('');
          const result = rewriteStartTags(markup, blockedStartTag);
          return result === markup ? null : result;
        });
        return rewritten === null ? Reflect.apply(original, this, args) : Reflect.apply(original, this, [rewritten]);
      },
    );
  }
}

/** Parses markup as the target's own innerHTML would, into a detached element of the live document. */
function parseDetached(blocker: Blocker, context: Element, html: unknown, setInnerHtml: (this: Element, value: unknown) => void): Element {
  const doc = blocker.win.document;
  // Iframes load only once connected, and scripts from markup setters are marked as already started.
  const holder =
    context.namespaceURI === HTML_NS && context.localName.includes('-')
      ? doc.createElement('div') // parses the same, and no custom element constructor runs for our copy
      : doc.createElementNS(context.namespaceURI, context.localName);
  setInnerHtml.call(holder, html);
  const baseUrl = doc.baseURI;
  for (const found of find(holder, 'iframe[src]')) inspect(blocker, found, baseUrl);
  return holder;
}

/** Whether a markup string may create a tracker iframe in a connected part of the live document. */
function markupNeedsCare(blocker: Blocker, target: unknown, html: unknown): target is Element {
  return (
    blocker.policies.size > 0 &&
    typeof html === 'string' &&
    /<iframe/i.test(html) &&
    typeof target === 'object' &&
    target !== null &&
    (target as Node).nodeType === 1 &&
    (target as Element).ownerDocument === blocker.win.document &&
    connected(target as Node)
  );
}
