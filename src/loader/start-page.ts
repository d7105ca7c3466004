/**
 * The bootstrap both one-tag builds share: finds the page's config (inline
 * JSON, `data-config` URL, or a later `CookieConsent.init`), wires the lazy
 * chunks that sit beside the script, and exposes `window.CookieConsent`.
 * Nothing here may throw into the page.
 */
import { createApi } from '../api.js';
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

/** Imports a chunk (from a URL, or through the given import) once; a failed fetch may be tried again later. */
export function lazy<T>(source: string | (() => Promise<T>)): () => Promise<T> {
  let module: Promise<T> | null = null;
  return () => {
    module ??= typeof source === 'string' ? (import(source) as Promise<T>) : source();
    module.catch(() => (module = null));
    return module;
  };
}

/** What differs between the builds: the automatic blocker (or none), and where the lazy chunks come from. */
export type LoaderOptions = Pick<LoaderEnvironment, 'loadController' | 'loadUi' | 'loadEngine' | 'autoBlock' | 'onRawConfig'>;

/** The page's loader and its `window.CookieConsent`, or null when the page already has one. */
export function createLoader(options: LoaderOptions): LoaderController | null {
  if (window.CookieConsent) {
    console.warn('cookie-consent: the script is included twice; the second copy does nothing');
    return null;
  }
  const loader = new LoaderController({ doc: document, labelLinks: setLinkLanguage, ...options });
  window.CookieConsent = createApi(loader, (work) => loader.use(work));
  defineCookieConsentLink();
  return loader;
}

/** Starts the one-tag embed: the lazy chunks sit beside this script, wherever the site serves it from. */
export function startPage(autoBlock: LoaderOptions['autoBlock'] = null, onRawConfig?: LoaderOptions['onRawConfig']): LoaderController | null {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const base = script?.src || document.baseURI;
  const loader = createLoader({
    loadController: lazy(new URL('cookie-consent-controller.js', base).href),
    loadUi: lazy<UiModule>(new URL('cookie-consent-ui.js', base).href),
    loadEngine: lazy<EngineModule>(new URL('cookie-consent-engine.js', base).href),
    autoBlock,
    ...(onRawConfig ? { onRawConfig } : {}),
  });
  if (loader) startFromPage(loader, script);
  return loader;
}
