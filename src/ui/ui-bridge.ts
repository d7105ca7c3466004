/**
 * What the lazily loaded UI needs from the controller, and what it gives back.
 * Types only: the UI never touches storage or the gate itself.
 */
import type { ConsentConfig } from '../core/config.js';
import type { ConsentState, DecisionRequest } from '../core/consent.js';
import type { LogEntry, VerificationResult } from '../core/log.js';

export interface UiBridge {
  readonly config: ConsentConfig;
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  /** Built-in strings merged with the config's `texts` for this language. */
  readonly strings: Record<string, string>;
  /** Whether the browser sends Global Privacy Control. */
  readonly gpc: boolean;
  /** The decision in force, or null. */
  current(): ConsentState | null;
  /** Records a decision; resolves once stored (rejects if it could not be). */
  decide(request: DecisionRequest): Promise<void>;
  /** This browser's log, oldest first, its verification, and the collector's receipt status by seq (when a collector is set). */
  history(): Promise<{ entries: LogEntry[]; verification: VerificationResult; receipts: Map<number, { status: string }> | null }>;
  /** The log as an auditor's file. */
  exportLog(format: 'json' | 'csv'): Promise<string>;
}

export interface ConsentUi {
  showBanner(): void;
  /**
   * Opens the preferences; focus returns to `opener` when they close. Settles
   * once the dialog is open (or could not be: its chunk failed to load, which is reported).
   */
  showPreferences(opener?: Element | null): Promise<void>;
  /** Puts a stand-in with "Load content" just before a blocked embed; false if it already has one. */
  placeholder(embed: Element): boolean;
  /** Closes everything (after a decision made elsewhere, e.g. in another tab or through the API). */
  hide(): void;
}

export interface UiModule {
  mountConsentUi(bridge: UiBridge, doc: Document): ConsentUi;
}

export type UiLoader = () => Promise<UiModule>;
