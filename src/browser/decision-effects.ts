/**
 * What putting a decision into effect means for the page, whether the
 * decision comes from the mirror (first thing on a returning visit) or from
 * IndexedDB and the visitor (everything else): Consent Mode update, Tag
 * Manager event, Microsoft's signals, release of the gated content. One path
 * for both.
 */
import type { DecisionInForce } from '../core/consent-mirror.js';
import { sendClarityConsent } from './clarity.js';
import type { ContentGate } from './content-gate.js';
import { pushConsentEvent, sendConsentUpdate } from './gtag.js';
import { sendUetUpdate } from './uet.js';

/**
 * Consent Mode update first, so Google tags released next start with the
 * right state; then the Tag Manager event, which goes out with Consent Mode or
 * when the page already has a dataLayer to listen; then Microsoft's signals.
 */
export function announceDecision(win: Window | null, decision: DecisionInForce): void {
  if (!win) return;
  if (decision.signals) sendConsentUpdate(win, decision.signals);
  if (decision.decided && (decision.signals || Array.isArray((win as { dataLayer?: unknown }).dataLayer))) {
    pushConsentEvent(win, [...decision.granted], decision.signals);
  }
  if (decision.microsoft) {
    sendClarityConsent(win, decision.microsoft);
    sendUetUpdate(win, decision.microsoft);
  }
}

/**
 * Lets the gate run whatever the decision now allows: every category a tag names, and its service when it
 * names one; and an embed the visitor loaded by "Load content", alone.
 */
export function releaseContent(gate: ContentGate, decision: DecisionInForce): Promise<void> {
  return gate.update(
    (categories, service, embedHost) =>
      categories.every((category) => (service ? decision.serviceAllowed(category, service) : decision.granted.has(category))) ||
      (embedHost !== null && decision.embedAllowed(service, embedHost)),
  );
}
