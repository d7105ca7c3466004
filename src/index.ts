/**
 * The npm entry. Importing it installs the automatic blocker and the loader
 * (the same one the one-tag embed runs); call `init(config)` to start. The
 * controller, the UI and the engine are separate chunks for your bundler,
 * loaded only when needed.
 */
import type { CookieConsentApi } from './api.js';
import type { EngineModule } from './engine.js';
import type { LoaderController } from './loader/loader-controller.js';
import { installPageBlocker } from './loader/page-blocker.js';
import { createLoader, lazy } from './loader/create-loader.js';
import type { UiModule } from './ui/ui-bridge.js';

let loader: LoaderController | null = null;
if (!window.CookieConsent) {
  const blocking = installPageBlocker((category) => loader?.allowed(category) ?? false);
  loader = createLoader({
    loadController: lazy(() => import('./controller.js')),
    loadUi: lazy<UiModule>(() => import('./ui/consent-ui.js')),
    loadEngine: lazy<EngineModule>(() => import('./engine.js')),
    ...blocking,
  });
}
const api: CookieConsentApi = window.CookieConsent!;

export const { init, ready, get, allowed, acceptAll, rejectAll, save, withdraw, showBanner, showPreferences, log, verifyLog, exportLog } = api;
export type { CookieConsentApi } from './api.js';
export type { ConsentConfig, ConfigProblem } from './core/config.js';
export type { ConsentState, ConsentAction, ConsentSource } from './core/consent.js';
export type { LogEntry, VerificationResult } from './core/log.js';
export { parseConfig } from './core/config.js';
