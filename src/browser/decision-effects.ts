/**
 * What putting a decision into effect means for the page, shared by the
 * loader (returning visitor) and the full controller (everything else), so
 * both do exactly the same: Consent Mode update, Tag Manager event, release
 * of the gated content.
 */
import type { ConsentConfig } from '../core/config.js';
import { embedGranted, serviceGranted, type DecisionStatus } from '../core/consent.js';
import { signalsFor, type ConsentModeSignals } from '../core/consent-mode.js';
import { microsoftSignalsFor, type MicrosoftConsentSignals } from '../core/microsoft-consent-mode.js';
import { sendClarityConsent } from './clarity.js';
import type { ContentGate } from './content-gate.js';
import { pushConsentEvent, sendConsentUpdate } from './gtag.js';
import { sendUetUpdate } from './uet.js';

/** The Consent Mode signals a decision stands for, or null when Consent Mode is off or there is no decision. */
export function decisionSignals(config: ConsentConfig, status: DecisionStatus, granted: ReadonlySet<string>): ConsentModeSignals | null {
  if (!config.googleConsentMode.enabled || (status.kind !== 'valid' && status.kind !== 'incomplete')) return null;
  return signalsFor(granted, config.googleConsentMode);
}

/** Microsoft's signals (Clarity, UET) a decision stands for, or null when they are off or there is no decision. */
function microsoftSignals(config: ConsentConfig, status: DecisionStatus, granted: ReadonlySet<string>): MicrosoftConsentSignals | null {
  // Optional: a config cached by an older widget has no such option.
  const options = config.microsoftConsentMode;
  if (!options?.enabled || (status.kind !== 'valid' && status.kind !== 'incomplete')) return null;
  return microsoftSignalsFor(granted, options.mapping);
}

/** The signals a decision sends, as its log entry records them (`consentMode`, `microsoftConsentMode`). */
export function loggedSignals(
  config: ConsentConfig,
  status: DecisionStatus,
  granted: ReadonlySet<string>,
): { consentMode?: ConsentModeSignals; microsoftConsentMode?: MicrosoftConsentSignals } {
  const google = decisionSignals(config, status, granted);
  const microsoft = microsoftSignals(config, status, granted);
  return { ...(google ? { consentMode: google } : {}), ...(microsoft ? { microsoftConsentMode: microsoft } : {}) };
}

/**
 * Consent Mode update first, so Google tags released next start with the
 * right state; then the Tag Manager event, which goes out with Consent Mode or
 * when the page already has a dataLayer to listen; then Microsoft's signals.
 */
export function announceDecision(win: Window | null, config: ConsentConfig, status: DecisionStatus, granted: ReadonlySet<string>): void {
  if (!win) return;
  const signals = decisionSignals(config, status, granted);
  if (signals) sendConsentUpdate(win, signals);
  const decided = status.kind === 'valid' || status.kind === 'incomplete';
  if (decided && (signals || Array.isArray((win as { dataLayer?: unknown }).dataLayer))) pushConsentEvent(win, [...granted], signals);
  const microsoft = microsoftSignals(config, status, granted);
  if (microsoft) {
    sendClarityConsent(win, microsoft);
    sendUetUpdate(win, microsoft);
  }
}

/**
 * Lets the gate run whatever the decision now allows: every category a tag names, and its service when it
 * names one; and an embed the visitor loaded by "Load content", alone.
 */
export function releaseContent(gate: ContentGate, status: DecisionStatus, granted: Set<string>): Promise<void> {
  const decided = status.kind === 'valid' || status.kind === 'incomplete' ? status.state : null;
  return gate.update(
    (categories, service, embedHost) =>
      categories.every((category) => (service ? serviceGranted(status, granted, category, service) : granted.has(category))) ||
      (embedHost !== null && decided !== null && embedGranted(decided, service, embedHost)),
  );
}

/** The effects as one object, which the loader lends to the lazy controller (which then carries no copy). */
export interface DecisionEffects {
  signals: typeof loggedSignals;
  announce: typeof announceDecision;
  release: typeof releaseContent;
}

export const DECISION_EFFECTS: DecisionEffects = { signals: loggedSignals, announce: announceDecision, release: releaseContent };
