/**
 * The wrappers for calls that fetch a tag's URL: a `src` set (property or
 * attribute), a converted script's `type` set, and every way of inserting a
 * node built elsewhere (`createContextualFragment`, cloned `<template>`
 * content, other documents). Each calls the original with the page's own
 * arguments unless the call would fetch a tracker that has to wait.
 */
import { safely, wrapMethod, wrapSetter } from '../prototype-wrap.js';
import type { Blocker } from './blocker-dom.js';
import { inspectInsertion, interceptAttribute, interceptSrc, interceptType } from './tag-checks.js';

export function wrapAttributeSetters(blocker: Blocker): void {
  const { win } = blocker;
  for (const proto of [win.HTMLScriptElement.prototype, win.HTMLIFrameElement.prototype]) {
    wrapSetter(proto, 'src', (original) =>
      function (this: unknown, value: unknown) {
        if (!safely(() => interceptSrc(blocker, this, value))) original.call(this, value);
      },
    );
  }
  wrapSetter(win.HTMLScriptElement.prototype, 'type', (original) =>
    function (this: unknown, value: unknown) {
      if (!safely(() => interceptType(this, value))) original.call(this, value);
    },
  );
  // The hot path: one length test for every attribute that is neither src nor type.
  const mayMatter = (name: unknown): name is string => blocker.policies.size > 0 && typeof name === 'string' && (name.length === 3 || name.length === 4);
  wrapMethod(win.Element.prototype, 'setAttribute', (original) =>
    function (this: unknown, ...args: unknown[]) {
      const name = args[0];
      if (args.length >= 2 && mayMatter(name) && safely(() => interceptAttribute(blocker, this, name, args[1]))) return undefined;
      return Reflect.apply(original, this, args);
    },
  );
  wrapMethod(win.Element.prototype, 'setAttributeNS', (original) =>
    function (this: unknown, ...args: unknown[]) {
      const [namespace, name] = args;
      if (args.length >= 3 && (namespace === null || namespace === '') && mayMatter(name) && safely(() => interceptAttribute(blocker, this, name, args[2]))) return undefined;
      return Reflect.apply(original, this, args);
    },
  );
}

/**
 * Insertion: `this` is the parent, or (before/after/replaceWith/insertAdjacentElement)
 * a node whose parent is connected exactly when the node is.
 */
export function wrapInsertion(blocker: Blocker): void {
  const { win } = blocker;
  const insertion = (proto: object | undefined, name: string, nodesFrom: (args: unknown[]) => unknown[]): void =>
    wrapMethod(proto, name, (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (blocker.policies.size > 0) inspectInsertion(blocker, this, nodesFrom(args));
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
      inspectInsertion(blocker, safely(() => (this as Range).startContainer) || null, args.slice(0, 1));
      return Reflect.apply(original, this, args);
    },
  );
}
