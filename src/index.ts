/**
 * The npm entry. Importing it creates the page's consent controller; call
 * `init(config)` to start. The UI is a separate chunk, loaded only when shown.
 */
import { createApi, type CookieConsentApi } from './api.js';
import { installAutoBlocker } from './browser/auto-blocker.js';
import { ConsentController } from './controller.js';
import { DEFAULT_AUTO_BLOCK } from './core/tracker-hosts.js';
import { defineCookieConsentLink, setLinkLanguage } from './ui/cookie-consent-link.js';

// npm users bundle everything anyway, so they get the full controller and the automatic blocker directly.
const controller: ConsentController = new ConsentController({
  doc: document,
  loadUi: () => import('./ui/consent-ui.js'),
  loadEngine: () => import('./engine.js'),
  blocker: installAutoBlocker(window, { autoBlock: DEFAULT_AUTO_BLOCK, isGranted: (category) => controller.allowed(category) }),
  labelLinks: setLinkLanguage,
});
const api: CookieConsentApi = window.CookieConsent ?? createApi(controller, async (work) => work(controller));
window.CookieConsent ??= api;
defineCookieConsentLink();

export const { init, ready, get, allowed, acceptAll, rejectAll, save, withdraw, showBanner, showPreferences, log, verifyLog, exportLog } = api;
export type { CookieConsentApi } from './api.js';
export type { ConsentConfig, ConfigProblem } from './core/config.js';
export type { ConsentState, ConsentAction, ConsentSource } from './core/consent.js';
export type { LogEntry, VerificationResult } from './core/log.js';
export { parseConfig } from './core/config.js';
