/**
 * The one-script-tag bootstrap (`dist/cookie-consent.js`, a classic script).
 * Placed first in `<head>`, it runs before any other tag. First it installs
 * the automatic blocker, so that tags the site could not mark (added by a CMS
 * plugin or another script) are held until their category is granted and no
 * tracker tag parsed or inserted after this script is fetched; the site's own
 * `autoBlock` hosts join the built-in list as soon as the config is read.
 * Then it starts the page session (src/session/) and exposes `window.CookieConsent`.
 * `cookie-consent-lite.js` (embed-lite.ts) is the same without the blocker.
 */
import { describeError } from '../core/problems.js';
import type { PageSession } from '../session/page-session.js';
import { installPageBlocker } from '../session/page-blocker.js';
import { startPage } from '../session/start-page.js';

try {
  let session: PageSession | null = null;
  session = startPage(installPageBlocker((category) => session?.allowed(category) ?? false));
} catch (error) {
  console.error(`cookie-consent: could not start (${describeError(error)}); nothing optional will run`);
}
