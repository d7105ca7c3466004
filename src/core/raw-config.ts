/**
 * What the session reads from the site's config before it is validated (on a
 * returning visit nothing validates it; on a first visit these are needed
 * before the validator arrives). Lenient on purpose: a malformed value reads
 * as the strictest setting, and the validator reports it wherever it runs.
 */
import { isRecord } from './problems.js';
import type { AutoBlockHosts } from './tracker-hosts.js';

/**
 * The config's `autoBlock`: only lists of strings are taken (merging drops
 * entries that are no host), so a malformed entry can only leave the
 * built-in list in force.
 */
export function rawAutoBlock(raw: unknown): AutoBlockHosts {
  const autoBlock = isRecord(raw) ? raw['autoBlock'] : undefined;
  if (!isRecord(autoBlock)) return {};
  return Object.fromEntries(
    Object.entries(autoBlock).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((host) => typeof host === 'string')),
  );
}
