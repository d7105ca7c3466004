/**
 * Installs the automatic blocker for this page and gives the session a way to
 * feed it the site's own hosts: from the raw config at once (on a returning
 * visit nothing validates it), then from the validated config.
 */
import { installAutoBlocker } from '../browser/auto-blocker.js';
import { rawAutoBlock } from '../core/raw-config.js';
import { DEFAULT_AUTO_BLOCK, mergeAutoBlock } from '../core/tracker-hosts.js';
import type { SessionEnvironment } from './page-session.js';

/** `isGranted` is asked on every tracker tag, so it must read the session's current decision. */
export function installPageBlocker(isGranted: (category: string) => boolean): NonNullable<SessionEnvironment['blocker']> {
  const blocker = installAutoBlocker(window, { autoBlock: DEFAULT_AUTO_BLOCK, isGranted });
  return {
    fromConfig: (configured) => blocker.setAutoBlock(mergeAutoBlock(DEFAULT_AUTO_BLOCK, configured)),
    fromRaw: (raw) => blocker.setAutoBlock(mergeAutoBlock(DEFAULT_AUTO_BLOCK, rawAutoBlock(raw))),
  };
}
