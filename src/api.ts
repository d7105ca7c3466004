/**
 * The public JavaScript API, on `window.CookieConsent` and as ESM exports.
 * Each method is safe to call at any time: before the config is read, after
 * it failed, or twice.
 */
import type { ConsentState } from './core/consent.js';
import type { LogEntry, VerificationResult } from './core/log.js';
import type { ConsentController } from './controller.js';

/** What the API reads synchronously: the full controller (npm), or the embed's loader until it hands over. */
export type ConsentDriver = Pick<ConsentController, 'start' | 'ready' | 'get' | 'allowed'>;

/** Runs work on the full controller: at once (npm), or once the loader has fetched it (embed). */
export type WithController = <T>(work: (controller: ConsentController) => T | Promise<T>) => Promise<T>;

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

export function createApi(driver: ConsentDriver, use: WithController): CookieConsentApi {
  return Object.freeze({
    init: (config: unknown) => driver.start(config),
    ready: driver.ready,
    get: () => driver.get(),
    allowed: (category: string) => driver.allowed(category),
    acceptAll: () => use((controller) => controller.acceptAll('api')),
    rejectAll: () => use((controller) => controller.rejectAll('api')),
    save: (categories: Record<string, boolean>) => use((controller) => controller.save(categories, 'api')),
    withdraw: () => use((controller) => controller.withdraw('api')),
    showBanner: () => use((controller) => controller.showBanner()),
    showPreferences: () => use((controller) => controller.showPreferences()),
    log: () => use((controller) => controller.log()),
    verifyLog: () => use((controller) => controller.verifyLog()),
    exportLog: (format: 'json' | 'csv' = 'json') => use((controller) => controller.exportLog(format)),
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
