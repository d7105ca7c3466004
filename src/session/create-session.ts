/**
 * Creates the page session and its `window.CookieConsent`, for both kinds of
 * page: the one-tag embed (start-page.ts) and the npm entry
 * (src/entries/index.ts), which differ only in how the lazy chunks are
 * imported and whether there is an automatic blocker.
 */
import { createApi } from '../api.js';
import { defineCookieConsentLink, setLinkLanguage } from '../ui/cookie-consent-link.js';
import { PageSession, type SessionEnvironment } from './page-session.js';

/** The page's session and its `window.CookieConsent`, or null when the page already has one. */
export function createSession(options: Omit<SessionEnvironment, 'doc' | 'labelLinks'>): PageSession | null {
  if (window.CookieConsent) {
    console.warn('cookie-consent: the script is included twice; the second copy does nothing');
    return null;
  }
  const session = new PageSession({ doc: document, labelLinks: setLinkLanguage, ...options });
  window.CookieConsent = createApi(session);
  defineCookieConsentLink();
  return session;
}
