/**
 * Microsoft Clarity's consent call, `clarity('consentv2', …)`. The signals
 * come from `src/core/microsoft-consent-mode.ts`.
 *
 * When Clarity is not on the page yet, the call goes through the same queue
 * Clarity's own snippet sets up (`clarity.q`), so Clarity reads it once it
 * loads; a page's own `clarity` is used as it is. Never throws.
 */
import type { MicrosoftConsentSignals } from '../core/microsoft-consent-mode.js';

type ClarityFunction = ((...args: unknown[]) => void) & { q?: unknown[] };

/** Calls `clarity('consentv2', { ad_Storage, analytics_Storage })`; false when the page's `clarity` refused it. */
export function sendClarityConsent(win: Window, signals: MicrosoftConsentSignals): boolean {
  const globals = win as unknown as { clarity?: unknown };
  try {
    if (typeof globals.clarity !== 'function') {
      // The stub of Clarity's snippet: the `arguments` objects it queues are what Clarity replays.
      globals.clarity = function clarity() {
        const queued = globals.clarity as ClarityFunction;
        // eslint-disable-next-line prefer-rest-params
        (queued.q = queued.q || []).push(arguments);
      };
    }
    (globals.clarity as ClarityFunction)('consentv2', { ...signals.clarity });
    return true;
  } catch {
    return false;
  }
}
