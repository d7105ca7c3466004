/**
 * The one-script-tag bootstrap (`dist/cookie-consent.js`, a classic script).
 * Placed first in `<head>`, it runs before any other tag: it reads the page's
 * config, starts the controller (gate first, UI only when needed) and exposes
 * `window.CookieConsent`. Nothing here may throw into the page.
 */
import { createApi } from './api.js';
import { ConsentController } from './controller.js';
import { defineCookieConsentLink } from './ui/cookie-consent-link.js';
import type { EngineModule } from './engine.js';
import type { UiModule } from './ui/ui-bridge.js';

const CONFIG_ELEMENT_ID = 'cookie-consent-config';
const UI_FILE = 'cookie-consent-ui.js';
const ENGINE_FILE = 'cookie-consent-engine.js';

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fetchConfig(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the config at ${url} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`the config at ${url} is not valid JSON (${describeError(error)})`);
  }
}

function startFromPage(controller: ConsentController, script: HTMLScriptElement | null): void {
  const inline = document.getElementById(CONFIG_ELEMENT_ID);
  if (inline) {
    let config: unknown;
    try {
      config = JSON.parse(inline.textContent ?? '');
    } catch (error) {
      controller.failWithoutConfig(`the config in <script id="${CONFIG_ELEMENT_ID}"> is not valid JSON (${describeError(error)})`);
      return;
    }
    controller.start(config);
    return;
  }
  const url = script?.getAttribute('data-config');
  if (url) {
    controller.start(fetchConfig(new URL(url, document.baseURI).href));
    return;
  }
  // No config on the page (yet): the page may still call CookieConsent.init(config).
  document.addEventListener('DOMContentLoaded', () =>
    controller.failWithoutConfig(
      `no config found: put <script type="application/json" id="${CONFIG_ELEMENT_ID}">{…}</script> before this script, ` +
        'give this script data-config="/url.json", or call CookieConsent.init(config)',
    ),
  );
}

function bootstrap(): void {
  if (window.CookieConsent) {
    console.warn('cookie-consent: the script is included twice; the second copy does nothing');
    return;
  }
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  // The lazy chunks sit beside this script, wherever the site serves it from.
  const base = script?.src || document.baseURI;
  const uiUrl = new URL(UI_FILE, base).href;
  const engineUrl = new URL(ENGINE_FILE, base).href;
  const controller = new ConsentController({
    doc: document,
    loadUi: () => import(uiUrl) as Promise<UiModule>,
    loadEngine: () => import(engineUrl) as Promise<EngineModule>,
  });
  window.CookieConsent = createApi(controller);
  defineCookieConsentLink();
  startFromPage(controller, script);
}

try {
  bootstrap();
} catch (error) {
  console.error(`cookie-consent: could not start (${describeError(error)}); nothing optional will run`);
}
