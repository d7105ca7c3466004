/**
 * The npm entry. Importing it installs the automatic blocker and the page
 * session (the same one the one-tag embed runs); call `init(config)` to start.
 * The controller, the UI and the engine are separate chunks for your bundler,
 * loaded only when needed.
 */
import type { CookieConsentApi } from '../api.js';
import { createSession } from '../session/create-session.js';
import { installPageBlocker } from '../session/page-blocker.js';
import type { PageSession } from '../session/page-session.js';

let session: PageSession | null = null;
if (!window.CookieConsent) {
  session = createSession({
    loadController: () => import('./controller.js'),
    loadUi: () => import('./ui.js'),
    loadEngine: () => import('./engine.js'),
    loadCleaner: () => import('../browser/cookie-cleaner.js'),
    blocker: installPageBlocker((category) => session?.allowed(category) ?? false),
  });
}
const api: CookieConsentApi = window.CookieConsent!;

export const { init, ready, get, allowed, acceptAll, rejectAll, save, withdraw, showBanner, showPreferences, log, verifyLog, exportLog } = api;
export type { CookieConsentApi } from '../api.js';
export type { ConsentConfig, ConfigProblem } from '../core/config.js';
export type { ConsentState, ConsentAction, ConsentSource } from '../core/consent.js';
export type { LogEntry, VerificationResult } from '../core/log.js';
export { parseConfig } from '../core/config.js';
