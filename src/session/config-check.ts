/**
 * Validating a config the session has not seen validated before (first visit,
 * an edited config, a new widget version), in the lazy controller chunk with
 * the validator's messages: one `console.error` listing every problem, or the
 * config with its defaults, the footer link's labels, and a copy kept for the
 * next page (core/config-cache.ts), which then needs none of this.
 */
import { formatProblems, parseConfig, type ConsentConfig } from '../core/config.js';
import { configCacheKey, type CachedConfig } from '../core/config-cache.js';
import { BUILT_IN_LANGUAGES } from '../core/language.js';
import { cacheConfig } from '../browser/consent-store.js';
import { LINK_LABELS } from '../ui/strings/link-labels.js';

export interface ConfigCheck {
  /** `configSource()` of the raw config, under which the validated one is cached. */
  source: string;
  /** Whether a Google tag ran before Consent Mode's default went out (the site owner is told). */
  tagRanFirst: boolean;
  /** Whether this build blocks automatically (the lite build warns about an `autoBlock` it ignores). */
  autoBlocks: boolean;
}

/** The footer link's label in a language: the site's own `link.settings` text, else ours, else English. */
function linkLabel(config: ConsentConfig, language: string): string {
  return config.texts[language]?.['link.settings'] ?? LINK_LABELS[language] ?? LINK_LABELS['en']!;
}

/** The validated config and its labels, or null once the problems are on the console. */
export function checkConfig(raw: unknown, check: ConfigCheck): Pick<CachedConfig, 'config' | 'labels'> | null {
  const parsed = parseConfig(raw);
  if (parsed.warnings.length > 0) console.warn(formatProblems('cookie-consent: config warnings:', parsed.warnings));
  if (!parsed.ok) {
    console.error(formatProblems('cookie-consent: the config is invalid, so no banner is shown and nothing optional runs:', parsed.errors));
    return null;
  }
  const config = parsed.config;
  if (config.googleConsentMode.enabled && check.tagRanFirst) {
    console.warn('cookie-consent: a Google tag ran before this script; put the consent script first in <head> so Consent Mode defaults apply');
  }
  if (!check.autoBlocks && Object.keys(config.autoBlock).length > 0) {
    console.warn('cookie-consent: the config has autoBlock, but cookie-consent-lite.js does not block automatically; use cookie-consent.js for that');
  }
  const languages = [...BUILT_IN_LANGUAGES, ...Object.keys(config.texts)];
  const labels = Object.fromEntries(languages.map((language) => [language, linkLabel(config, language)]));
  const { source } = check;
  cacheConfig(configCacheKey(source), { source, config, labels, savedAt: new Date().toISOString() }).catch(() => {
    // Without the cache the next page validates again: slower, never wrong.
  });
  return { config, labels };
}
