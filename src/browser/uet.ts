/**
 * Microsoft Advertising UET's consent mode, through `window.uetq` (an array
 * until UET's bat.js loads and replaces it with an object that has `push`;
 * both take the same calls). The signals come from
 * `src/core/microsoft-consent-mode.ts`. Never throws.
 */
import type { MicrosoftConsentSignals } from '../core/microsoft-consent-mode.js';

function push(win: Window, ...command: unknown[]): boolean {
  const globals = win as unknown as { uetq?: { push(...items: unknown[]): unknown } };
  try {
    globals.uetq = globals.uetq || [];
    globals.uetq.push(...command);
    return true;
  } catch {
    return false;
  }
}

/**
 * `uetq.push('consent', 'default', { ad_storage: 'denied' })`. Synchronous on
 * purpose: it must be queued before any UET tag, so call it while the embed
 * script runs, before anything awaits.
 */
export function sendUetDefault(win: Window): boolean {
  return push(win, 'consent', 'default', { ad_storage: 'denied' });
}

/** `uetq.push('consent', 'update', { ad_storage })` after a decision, and on each page of a visitor who decided. */
export function sendUetUpdate(win: Window, signals: MicrosoftConsentSignals): boolean {
  return push(win, 'consent', 'update', { ad_storage: signals.uet.ad_storage });
}
