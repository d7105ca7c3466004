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
import { installAutoBlocker } from './browser/auto-blocker.js';
import { isRecord } from './core/problems.js';
import { DEFAULT_AUTO_BLOCK, mergeAutoBlock, type AutoBlockHosts } from './core/tracker-hosts.js';
import type { LoaderController } from './loader/loader-controller.js';
import { startPage } from './loader/start-page.js';

/**
 * The config's `autoBlock` before validation, which on a returning visit does
 * not run: only lists of strings are taken (merging drops entries that are no
 * host), so a malformed entry can only leave the built-in list in force.
 */
function rawAutoBlock(raw: unknown): AutoBlockHosts {
  const autoBlock = isRecord(raw) ? raw['autoBlock'] : undefined;
  if (!isRecord(autoBlock)) return {};
  const lists = Object.entries(autoBlock).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((host) => typeof host === 'string'));
  return Object.fromEntries(lists);
}

try {
  let loader: LoaderController | null = null;
  const blocker = installAutoBlocker(window, { autoBlock: DEFAULT_AUTO_BLOCK, isGranted: (category) => loader?.allowed(category) ?? false });
  loader = startPage(blocker, (raw) => blocker.setAutoBlock(mergeAutoBlock(DEFAULT_AUTO_BLOCK, rawAutoBlock(raw))));
} catch (error) {
  console.error(`cookie-consent: could not start (${error instanceof Error ? error.message : String(error)}); nothing optional will run`);
}
