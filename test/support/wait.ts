/**
 * `waitUntil` with a timeout that survives a loaded CI machine: open-wc's
 * default of one second is shorter than a cold script load on two busy cores.
 * Tests still fail fast when something never happens, just not at 1 s.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 10_000, ...options });
}
