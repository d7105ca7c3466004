/**
 * Registers one of our elements under a name in a registry, for the `define…()`
 * function each element exports: the page's own registry and tag by default, or
 * a scoped registry and a name of the page's choosing. A registry takes each
 * constructor once, so a second name gets a subclass of its own.
 */
export function defineElement(registry: CustomElementRegistry, name: string, element: CustomElementConstructor): void {
  if (!registry.get(name)) registry.define(name, registry.getName(element) ? class extends element {} : element);
}
