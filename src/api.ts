/**
 * The public JavaScript API, on `window.CookieConsent` and as ESM exports: the
 * page session's own methods. Each is safe to call at any time: before the
 * config is read, after it failed, or twice.
 */
import type { ConsentState } from './core/consent.js';
import type { LogEntry, VerificationResult } from './core/log.js';
import type { PageSession } from './session/page-session.js';

export interface CookieConsentApi {
  /** Starts with a config object (npm users; the embed reads the page's config itself). */
  init(config: unknown): void;
  /** Settles once the stored decision is read: the decision in force, or null. */
  readonly ready: Promise<ConsentState | null>;
  /** The decision in force, or null while there is none. */
  get(): ConsentState | null;
  /** Whether a category may run now. */
  allowed(category: string): boolean;
  /** Grants every optional category (except GPC-marked ones when the browser sends GPC). Resolves once stored. */
  acceptAll(): Promise<ConsentState>;
  /** Refuses every optional category. Resolves once stored. */
  rejectAll(): Promise<ConsentState>;
  /** Grants exactly the categories set to true; every other optional category is refused. */
  save(categories: Record<string, boolean>): Promise<ConsentState>;
  /** Turns every optional category off and logs a withdrawal; reloads the page when something granted is revoked. */
  withdraw(): Promise<ConsentState>;
  showBanner(): Promise<void>;
  showPreferences(): Promise<void>;
  /** This browser's consent log, oldest first. */
  log(): Promise<LogEntry[]>;
  /** Checks the log's hash chain: `{ ok, entries, problems: [{ seq, problem }] }`. */
  verifyLog(): Promise<VerificationResult>;
  /** The log for auditors: JSON (`cookie-consent-log/1`) or CSV, as a string. */
  exportLog(format?: 'json' | 'csv'): Promise<string>;
}

export function createApi(session: PageSession): CookieConsentApi {
  return Object.freeze({
    init: (config: unknown) => session.start(config),
    ready: session.ready,
    get: () => session.get(),
    allowed: (category: string) => session.allowed(category),
    acceptAll: () => session.acceptAll('api'),
    rejectAll: () => session.rejectAll('api'),
    save: (categories: Record<string, boolean>) => session.save(categories, 'api'),
    withdraw: () => session.withdraw('api'),
    showBanner: () => session.showBanner(),
    showPreferences: () => session.showPreferences(),
    log: () => session.log(),
    verifyLog: () => session.verifyLog(),
    exportLog: (format: 'json' | 'csv' = 'json') => session.exportLog(format),
  });
}

declare global {
  interface Window {
    CookieConsent?: CookieConsentApi;
  }
  interface DocumentEventMap {
    'cookie-consent:ready': CustomEvent<ConsentState | null>;
    'cookie-consent:change': CustomEvent<ConsentState>;
  }
}
