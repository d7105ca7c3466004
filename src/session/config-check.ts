/**
 * Validating a config the session has not seen validated before (first visit,
 * an edited config, a new widget version), in the lazy controller chunk: the
 * config with its defaults, and a copy kept for the next page
 * (core/config-cache.ts), which then needs none of this. The rules' words are
 * a chunk of their own, fetched only when there is something to tell the site
 * owner: one `console.error` listing every problem, or the warnings.
 */
import type { ConsentConfig } from '../core/config.js';
import { validateConfig } from '../core/config-rules.js';
import type { FoundProblem } from '../core/config-reader.js';
import { configCacheKey, type CachedConfig } from '../core/config-cache.js';
import { describeError } from '../core/problems.js';
import { cacheConfig } from '../browser/consent-store.js';
import { loadStrings } from '../ui/strings/index.js';

export interface ConfigCheck {
  /** `configSource()` of the raw config, under which the validated one is cached. */
  source: string;
  /** Whether a Google tag ran before Consent Mode's default went out (the site owner is told). */
  tagRanFirst: boolean;
  /** Whether this build blocks automatically (the lite build warns about an `autoBlock` it ignores). */
  autoBlocks: boolean;
}

const INVALID = 'cookie-consent: the config is invalid, so no banner is shown and nothing optional runs:';
const WARNINGS = 'cookie-consent: config warnings:';

/**
 * Puts the problems on the console in the rules' words, fetched for the purpose. Should they fail to arrive,
 * the paths alone still say where to look (and an invalid config still fails closed).
 */
async function tell(errors: FoundProblem[], warnings: FoundProblem[]): Promise<void> {
  try {
    const { describeProblems, formatProblems } = await import('../core/config-messages.js');
    if (warnings.length > 0) console.warn(formatProblems(WARNINGS, describeProblems(warnings)));
    if (errors.length > 0) console.error(formatProblems(INVALID, describeProblems(errors)));
  } catch (error) {
    const paths = (found: FoundProblem[]): string => found.map((problem) => problem.path).join(', ');
    const why = `(their descriptions could not be loaded: ${describeError(error)})`;
    if (warnings.length > 0) console.warn(`${WARNINGS} ${paths(warnings)} ${why}`);
    if (errors.length > 0) console.error(`${INVALID} ${paths(errors)} ${why}`);
  }
}

/** The labels known without a fetch: the site's own `link.settings` texts (the built-in ones come with a language's strings). */
function ownLabels(config: ConsentConfig): Record<string, string> {
  return Object.fromEntries(Object.entries(config.texts).flatMap(([language, texts]) => (texts['link.settings'] === undefined ? [] : [[language, texts['link.settings']]])));
}

/** Stores the record for the next page, and returns it. */
function keep(record: CachedConfig): CachedConfig {
  record.savedAt = new Date().toISOString();
  cacheConfig(configCacheKey(record.source), record).catch(() => {
    // Without the cache the next page validates again (or fetches the label again): slower, never wrong.
  });
  return record;
}

/**
 * The validated config as cached for the next page, with the link labels known so far; or null once the
 * problems are on the console.
 * Warnings of a valid config are told when their words have arrived: the banner does not wait for them.
 */
export async function checkConfig(raw: unknown, check: ConfigCheck): Promise<CachedConfig | null> {
  const found = validateConfig(raw);
  const told = found.errors.length > 0 || found.warnings.length > 0 ? tell(found.errors, found.warnings) : null;
  if (!found.ok) {
    await told;
    return null;
  }
  const config = found.config;
  if (config.googleConsentMode.enabled && check.tagRanFirst) {
    console.warn('cookie-consent: a Google tag ran before this script; put the consent script first in <head> so Consent Mode defaults apply');
  }
  if (!check.autoBlocks && Object.keys(config.autoBlock).length > 0) {
    console.warn('cookie-consent: the config has autoBlock, but cookie-consent-lite.js does not block automatically; use cookie-consent.js for that');
  }
  return keep({ source: check.source, config, labels: ownLabels(config), savedAt: '' });
}

/**
 * The footer link's label in a language no page of this site has labelled it in before: that language's
 * built-in one (its strings are fetched; on a first visit the banner fetches them anyway). It is kept with the
 * cached config, so the next page labels the link without any fetch.
 */
export async function linkLabel(cached: CachedConfig, language: string): Promise<string> {
  const label = (await loadStrings(language))['link.settings'];
  cached.labels[language] = label;
  keep(cached);
  return label;
}
