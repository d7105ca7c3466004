/**
 * Creates the page's loader and its `window.CookieConsent`, for both kinds of
 * page: the one-tag embed (start-page.ts) and the npm entry (index.ts), which
 * differ only in how the lazy chunks are imported and whether there is an
 * automatic blocker.
 */
import { createApi } from '../api.js';
import { defineCookieConsentLink, setLinkLanguage } from '../ui/cookie-consent-link.js';
import { LoaderController, type LoaderEnvironment } from './loader-controller.js';

/** Imports a chunk once; a failed fetch may be tried again later. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let module: Promise<T> | null = null;
  return () => {
    module ??= load();
    module.catch(() => (module = null));
    return module;
  };
}

/** What differs between the builds: the automatic blocker (or none), and where the lazy chunks come from. */
export type LoaderOptions = Pick<LoaderEnvironment, 'loadController' | 'loadUi' | 'loadEngine' | 'autoBlock' | 'onRawConfig' | 'prefetch'>;

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
