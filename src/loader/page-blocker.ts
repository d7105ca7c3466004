/**
 * Installs the automatic blocker for this page and tells the loader how to
 * feed it the site's own hosts: from the raw config at once (on a returning
 * visit nothing validates it), then from the validated config.
 */
import { installAutoBlocker } from '../browser/auto-blocker.js';
import { isRecord } from '../core/problems.js';
import { DEFAULT_AUTO_BLOCK, mergeAutoBlock, type AutoBlockHosts } from '../core/tracker-hosts.js';
import type { LoaderOptions } from './create-loader.js';

/**
 * The config's `autoBlock` before validation: only lists of strings are taken
 * (merging drops entries that are no host), so a malformed entry can only
 * leave the built-in list in force.
 */
function rawAutoBlock(raw: unknown): AutoBlockHosts {
  const autoBlock = isRecord(raw) ? raw['autoBlock'] : undefined;
  if (!isRecord(autoBlock)) return {};
  return Object.fromEntries(
    Object.entries(autoBlock).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((host) => typeof host === 'string')),
  );
}

/** `isGranted` is asked on every tracker tag, so it must read the loader's current decision. */
export function installPageBlocker(isGranted: (category: string) => boolean): Pick<LoaderOptions, 'autoBlock' | 'onRawConfig'> {
  const blocker = installAutoBlocker(window, { autoBlock: DEFAULT_AUTO_BLOCK, isGranted });
  return {
    autoBlock: (configured) => blocker.setAutoBlock(mergeAutoBlock(DEFAULT_AUTO_BLOCK, configured)),
    onRawConfig: (raw) => blocker.setAutoBlock(mergeAutoBlock(DEFAULT_AUTO_BLOCK, rawAutoBlock(raw))),
  };
}
