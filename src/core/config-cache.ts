/**
 * The validated-config cache that lets a returning visitor's page run the
 * small loader alone. The full validator (with its messages) lives in the lazy
 * controller chunk; once it has accepted a config it stores the result under
 * `["config", key]`, together with the exact source it read. The loader uses a
 * cached config only when the page's config is the very same text for the very
 * same widget version, so validation still has one source of truth: any change
 * to the config, or an upgrade of the widget, validates afresh.
 */
import type { ConsentConfig } from './config.js';
import { isRecord } from './problems.js';

export interface CachedConfig {
  /** `configSource()` of the config this record was validated from. */
  source: string;
  /** The validated config, defaults filled in. */
  config: ConsentConfig;
  /**
   * The footer link's label in each language it is known in without a fetch: the site's own `link.settings`
   * texts, and the built-in label of each language whose strings a page has loaded (session/config-check.ts).
   */
  labels: Record<string, string>;
  /** When it was stored (ISO 8601): the oldest records are dropped first. */
  savedAt: string;
}

/** What a cached record must match: the widget version and the config as JSON. Throws for what JSON cannot hold. */
export function configSource(version: string, raw: unknown): string {
  return `${version} ${JSON.stringify(raw)}`;
}

/**
 * A short key for a source (32-bit FNV-1a, hex). Not a security measure: the
 * record also holds the full source, compared exactly; a collision only means
 * a cache miss.
 */
export function configCacheKey(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/** The cached config for `source`, or null when the record is missing, for another source, or not one we wrote. */
export function cachedConfigFor(record: unknown, source: string): CachedConfig | null {
  const ours = isRecord(record) && record['source'] === source && isRecord(record['config']) && isRecord(record['config']['categories']) && isRecord(record['labels']);
  return ours ? (record as unknown as CachedConfig) : null;
}
