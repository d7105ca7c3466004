/**
 * The npm entry. Importing it creates the page's consent controller; call
 * `init(config)` to start. The UI is a separate chunk, loaded only when shown.
 */
import { createApi, type CookieConsentApi } from './api.js';
import { ConsentController } from './controller.js';
import { defineCookieConsentLink } from './ui/cookie-consent-link.js';

const controller = new ConsentController({
  doc: document,
  loadUi: () => import('./ui/consent-ui.js'),
  loadEngine: () => import('./engine.js'),
});
const api: CookieConsentApi = window.CookieConsent ?? createApi(controller);
window.CookieConsent ??= api;
defineCookieConsentLink();

export const { init, ready, get, allowed, acceptAll, rejectAll, save, withdraw, showBanner, showPreferences, log, verifyLog, exportLog } = api;
export type { CookieConsentApi } from './api.js';
export type { ConsentConfig, ConfigProblem } from './core/config.js';
export type { ConsentState, ConsentAction, ConsentSource } from './core/consent.js';
export type { LogEntry, VerificationResult } from './core/log.js';
export { parseConfig } from './core/config.js';
