/**
 * Validating a config the session has not seen validated before (first visit,
 * an edited config, a new widget version), in the lazy controller chunk: the
 * config with its defaults, and a copy kept for the next page
 * (core/config-cache.ts), which then needs none of this. The rules' words are
 * a chunk of their own, fetched only when there is something to tell the site
 * owner: one `console.error` listing every problem, or the warnings (the
 * config's, and the page's setup: a Google tag that ran first, an `autoBlock`
 * the lite build ignores).
 */
import type { ConsentConfig } from '../core/config.js';
import { validateConfig } from '../core/config-rules.js';
import type { FoundProblem } from '../core/config-reader.js';
import type { SetupWarning } from '../core/config-messages.js';
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

/** What there is to tell the site owner: the rules' errors and warnings, and the page's setup warnings. */
interface Findings {
  errors: FoundProblem[];
  warnings: FoundProblem[];
  setup: SetupWarning[];
}

/**
 * Puts the findings on the console in their words, fetched for the purpose. Should those fail to arrive, the
 * paths alone still say where to look (and an invalid config still fails closed).
 */
async function tell({ errors, warnings, setup }: Findings): Promise<void> {
  try {
    const { describeProblems, formatProblems, SETUP_WARNINGS } = await import('../core/config-messages.js');
    if (warnings.length > 0) console.warn(formatProblems(WARNINGS, describeProblems(warnings)));
    for (const warning of setup) console.warn(SETUP_WARNINGS[warning]);
    if (errors.length > 0) console.error(formatProblems(INVALID, describeProblems(errors)));
  } catch (error) {
    const why = `(their descriptions could not be loaded: ${describeError(error)})`;
    const notes = [...warnings.map((problem) => problem.path), ...setup];
    if (notes.length > 0) console.warn(`${WARNINGS} ${notes.join(', ')} ${why}`);
    if (errors.length > 0) console.error(`${INVALID} ${errors.map((problem) => problem.path).join(', ')} ${why}`);
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
  const setup: SetupWarning[] = [];
  if (found.ok && found.config.googleConsentMode.enabled && check.tagRanFirst) setup.push('tagRanFirst');
  if (found.ok && !check.autoBlocks && Object.keys(found.config.autoBlock).length > 0) setup.push('liteAutoBlock');
  const findings = { errors: found.errors, warnings: found.warnings, setup };
  const told = Object.values(findings).some((list) => list.length > 0) ? tell(findings) : null;
  if (!found.ok) {
    await told;
    return null;
  }
  return keep({ source: check.source, config: found.config, labels: ownLabels(found.config), savedAt: '' });
}

/**
 * Labels the footer links in a language no page of this site has labelled them in before, with that language's
 * built-in label (its strings are fetched; on a first visit the banner fetches them anyway). The label is kept
 * with the cached config, so the next page labels the links without any fetch. Should the strings not arrive,
 * the links keep saying "Cookie settings".
 */
export async function labelLinks(cached: CachedConfig, language: string, label: (language: string, label: string) => void): Promise<void> {
  try {
    const text = (await loadStrings(language))['link.settings'];
    label(language, text);
    cached.labels[language] = text;
    keep(cached);
  } catch {
    // The links stay labelled in English; the next page tries again.
  }
}
