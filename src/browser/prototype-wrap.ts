/**
 * Wrapping the browser's own prototype methods and setters safely: the wrapper
 * looks like the original (`name`, `length`), a frozen prototype is left alone,
 * and a fault in our code falls back to the original call.
 */

export type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Runs `work`; a fault in our code counts as "not handled", so the original call goes ahead. */
export function safely<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}

/** Keeps a wrapper looking like the original to code that inspects `name` and `length`. */
function disguise<F extends Method>(wrapper: F, original: Method): F {
  try {
    Object.defineProperty(wrapper, 'name', { value: original.name, configurable: true });
    Object.defineProperty(wrapper, 'length', { value: original.length, configurable: true });
  } catch {
    // Cosmetic only.
  }
  return wrapper;
}

export function wrapMethod(proto: object | undefined, name: string, make: (original: Method) => Method): void {
  try {
    const descriptor = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || typeof descriptor.value !== 'function') return;
    const original = descriptor.value as Method;
    Object.defineProperty(proto, name, { ...descriptor, value: disguise(make(original), original) });
  } catch {
    // A frozen prototype stays as it is; the other wrappers still work.
  }
}

export function wrapSetter(proto: object | undefined, name: string, make: (original: (this: unknown, value: unknown) => void) => (this: unknown, value: unknown) => void): void {
  try {
    const descriptor = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor?.set) return;
    const original = descriptor.set as (this: unknown, value: unknown) => void;
    Object.defineProperty(proto, name, { ...descriptor, set: disguise(make(original) as Method, original as Method) });
  } catch {
    // As above.
  }
}
