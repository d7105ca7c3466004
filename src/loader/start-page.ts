/**
 * The bootstrap both one-tag builds share: finds the page's config (inline
 * JSON, `data-config` URL, or a later `CookieConsent.init`), wires the lazy
 * chunks that sit beside the script, and exposes `window.CookieConsent`.
 * Nothing here may throw into the page.
 */
import { createApi } from '../api.js';
import type { AutoBlocker } from '../browser/auto-blocker.js';
import type { EngineModule } from '../engine.js';
import { defineCookieConsentLink, setLinkLanguage } from '../ui/cookie-consent-link.js';
import type { UiModule } from '../ui/ui-bridge.js';
import { LoaderController, type LoaderEnvironment } from './loader-controller.js';

const CONFIG_ELEMENT_ID = 'cookie-consent-config';

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

function startFromPage(loader: LoaderController, script: HTMLScriptElement | null): void {
  const inline = document.getElementById(CONFIG_ELEMENT_ID);
  if (inline) {
    let config: unknown;
    try {
      config = JSON.parse(inline.textContent ?? '');
    } catch (error) {
      loader.failWithoutConfig(`the config in <script id="${CONFIG_ELEMENT_ID}"> is not valid JSON (${describeError(error)})`);
      return;
    }
    loader.start(config);
    return;
  }
  const url = script?.getAttribute('data-config');
  if (url) {
    loader.start(fetchConfig(new URL(url, document.baseURI).href));
    return;
  }
  // No config on the page (yet): the page may still call CookieConsent.init(config).
  document.addEventListener('DOMContentLoaded', () =>
    loader.failWithoutConfig(
      `no config found: put <script type="application/json" id="${CONFIG_ELEMENT_ID}">{…}</script> before this script, ` +
        'give this script data-config="/url.json", or call CookieConsent.init(config)',
    ),
  );
}

/** Imports a chunk once; a failed fetch may be tried again later. */
function lazy<T>(url: string): () => Promise<T> {
  let module: Promise<T> | null = null;
  return () => {
    module ??= import(url) as Promise<T>;
    module.catch(() => (module = null));
    return module;
  };
}

/** Starts the widget on this page; `blocker` (the auto-blocking build) is installed before this runs. */
export function startPage(blocker: AutoBlocker | null = null, onRawConfig?: LoaderEnvironment['onRawConfig']): LoaderController | null {
  if (window.CookieConsent) {
    console.warn('cookie-consent: the script is included twice; the second copy does nothing');
    return null;
  }
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  // The lazy chunks sit beside this script, wherever the site serves it from.
  const base = script?.src || document.baseURI;
  const loader = new LoaderController({
    doc: document,
    loadController: lazy(new URL('cookie-consent-controller.js', base).href),
    loadUi: lazy<UiModule>(new URL('cookie-consent-ui.js', base).href),
    loadEngine: lazy<EngineModule>(new URL('cookie-consent-engine.js', base).href),
    blocker,
    labelLinks: setLinkLanguage,
    ...(onRawConfig ? { onRawConfig } : {}),
  });
  window.CookieConsent = createApi(loader, (work) => loader.use(work));
  defineCookieConsentLink();
  startFromPage(loader, script);
  return loader;
}
