/**
 * Registers one of our elements under a name in a registry, for the `define…()`
 * function each element exports: the page's own registry and tag by default, or
 * a scoped registry and a name of the page's choosing. A registry takes each
 * constructor once, so a second name gets a subclass of its own.
 */
export function defineElement(registry: CustomElementRegistry, name: string, element: CustomElementConstructor): void {
  if (registry.get(name)) return;
  try {
    registry.define(name, element);
  } catch {
    // Already registered under another name (the NotSupportedError every browser throws; getName() to ask first is from 2023).
    registry.define(name, class extends element {});
  }
}
