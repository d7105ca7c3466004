/**
 * The one-script-tag bootstrap (`dist/cookie-consent.js`, a classic script).
 * Placed first in `<head>`, it runs before any other tag. First it installs
 * the automatic blocker, so that tags the site could not mark (added by a CMS
 * plugin or another script) are held until their category is granted and no
 * tracker tag parsed or inserted after this script is fetched; the site's own
 * `autoBlock` hosts join the built-in list as soon as the config is read.
 * Then it starts the loader (src/loader/) and exposes `window.CookieConsent`.
 * `cookie-consent-lite.js` (src/embed-lite.ts) is the same without the blocker.
 */
import type { LoaderController } from './loader/loader-controller.js';
import { installPageBlocker } from './loader/page-blocker.js';
import { startPage } from './loader/start-page.js';
import { describeError } from './core/problems.js';

try {
  let loader: LoaderController | null = null;
  const { autoBlock, onRawConfig } = installPageBlocker((category) => loader?.allowed(category) ?? false);
  loader = startPage(autoBlock, onRawConfig);
} catch (error) {
  console.error(`cookie-consent: could not start (${describeError(error)}); nothing optional will run`);
}
