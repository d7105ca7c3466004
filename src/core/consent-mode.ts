/**
 * Google Consent Mode v2: the site owner's options, and the signals a consent
 * decision turns into. Pure data in, pure data out: no DOM, no storage. The
 * gtag calls that send them live in `src/browser/gtag.ts`.
 */
import { describe, isRecord, suggestion } from './problems.js';

/** The consent types Google tags understand. */
export type ConsentModeKey =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** One state per consent type; every command we send carries all of them. */
export type ConsentModeSignals = Record<ConsentModeKey, 'granted' | 'denied'>;

/** Every consent type, in the order Google documents them (and we send them). */
export const CONSENT_MODE_KEYS: readonly ConsentModeKey[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/**
 * The consent types a category may grant. `security_storage` is left out: it
 * covers what keeps the site secure (authentication, fraud prevention), which
 * needs no consent, so it is always granted and never follows a category.
 */
export const MAPPABLE_CONSENT_MODE_KEYS: readonly ConsentModeKey[] = CONSENT_MODE_KEYS.filter((key) => key !== 'security_storage');

/** The site owner's Consent Mode options (`googleConsentMode` in the config), defaults filled in. */
export interface ConsentModeOptions {
  /** Send Consent Mode commands at all. Default `false`. */
  enabled: boolean;
  /**
   * Which consent types each category grants. After parsing it holds an entry
   * for every configured category (an empty list when the category grants
   * none), so `'marketing' in mapping` says whether the config has that category.
   */
  mapping: Record<string, ConsentModeKey[]>;
  /** Milliseconds Google tags wait for our `update` before they send data. Default 500. */
  waitForUpdate: number;
  /**
   * ISO 3166-1 alpha-2 (`"DE"`) or ISO 3166-2 (`"ES-MD"`) codes the denied
   * default applies to. Empty (the default) means everywhere.
   */
  region: string[];
  /** `gtag('set', 'ads_data_redaction', true)`: redact ad click identifiers while ad_storage is denied. Default `false`. */
  adsDataRedaction: boolean;
  /** `gtag('set', 'url_passthrough', true)`: pass ad click information through URLs while storage is denied. Default `false`. */
  urlPassthrough: boolean;
}

/** One thing wrong with the options, addressed by its path (the shape of `ConfigProblem` in config.ts). */
export interface ConsentModeProblem {
  path: string;
  message: string;
}

/** What `parseConsentModeOptions` returns: usable options even when there are errors (the caller fails closed on errors). */
export interface ConsentModeParseResult {
  options: ConsentModeOptions;
  errors: ConsentModeProblem[];
  warnings: ConsentModeProblem[];
}

/** The object passed to `gtag('consent', 'default', …)`. */
export type ConsentModeDefaultCommand = ConsentModeSignals & {
  wait_for_update: number;
  region?: string[];
};

/** The well-known categories' consent types (COMPLIANCE F.31). */
export const DEFAULT_CONSENT_MODE_MAPPING: Readonly<Record<string, readonly ConsentModeKey[]>> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};

/** Google's own example value; long enough for a banner that reads IndexedDB first. */
export const DEFAULT_WAIT_FOR_UPDATE = 500;
/** Ten seconds: past that, tags waiting for us would lose the page view, so it is surely a typo. */
export const MAX_WAIT_FOR_UPDATE = 10_000;

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision. */
export const REGION_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/**
 * The EEA countries and the UK, where the denied default must apply (COMPLIANCE
 * F.33). ISO 3166 spells Greece "GR", not the EU's "EL".
 */
const EEA_AND_UK = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS',
  'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'GB',
] as const;

/** The two v2 types that Google ties to advertising consent specifically. */
const AD_CONSENT_KEYS: readonly ConsentModeKey[] = ['ad_user_data', 'ad_personalization'];

const OPTION_KEYS = ['enabled', 'mapping', 'waitForUpdate', 'region', 'adsDataRedaction', 'urlPassthrough'] as const;
const PATH = 'googleConsentMode';

type Raw = Record<string, unknown>;

function defaultOptions(categoryKeys: readonly string[]): ConsentModeOptions {
  const mapping: Record<string, ConsentModeKey[]> = {};
  for (const category of categoryKeys) mapping[category] = [...(DEFAULT_CONSENT_MODE_MAPPING[category] ?? [])];
  return { enabled: false, mapping, waitForUpdate: DEFAULT_WAIT_FOR_UPDATE, region: [], adsDataRedaction: false, urlPassthrough: false };
}

/**
 * Validates `googleConsentMode` from the site owner's config and fills in the
 * defaults. `categoryKeys` are the configured categories (already validated),
 * since a mapping may only name those. Never throws; paths start with
 * `googleConsentMode`, messages read `expected X, got Y` like config.ts.
 *
 * A `mapping` replaces the default only for the categories it names, so
 * `{"mapping": {"analytics": []}}` turns off analytics_storage and keeps the
 * marketing and functional defaults.
 */
export function parseConsentModeOptions(raw: unknown, categoryKeys: string[]): ConsentModeParseResult {
  const options = defaultOptions(categoryKeys);
  const errors: ConsentModeProblem[] = [];
  const warnings: ConsentModeProblem[] = [];
  const error = (path: string, expected: string, value: unknown, hint = ''): void => {
    errors.push({ path, message: `expected ${expected}, got ${describe(value)}${hint}` });
  };
  const boolean = (object: Raw, key: 'enabled' | 'adsDataRedaction' | 'urlPassthrough'): void => {
    const value = object[key];
    if (value === undefined) return;
    if (typeof value === 'boolean') options[key] = value;
    else error(`${PATH}.${key}`, 'true or false', value);
  };

  if (raw === undefined) return { options, errors, warnings };
  if (!isRecord(raw)) {
    error(PATH, 'an object like {"enabled": true}', raw);
    return { options, errors, warnings };
  }
  for (const key of Object.keys(raw)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) {
      warnings.push({ path: `${PATH}.${key}`, message: `unknown option, ignored${suggestion(key, OPTION_KEYS)}` });
    }
  }

  // Read in the order the options are documented, so problems are listed in that order too.
  boolean(raw, 'enabled');

  const mapping = raw['mapping'];
  if (mapping !== undefined && !isRecord(mapping)) {
    error(`${PATH}.mapping`, 'an object of categories and consent types, e.g. {"analytics": ["analytics_storage"]}', mapping);
  } else if (mapping) {
    for (const [category, keys] of Object.entries(mapping)) {
      const path = `${PATH}.mapping.${category}`;
      if (!categoryKeys.includes(category)) {
        errors.push({ path, message: `expected the name of a configured category (${categoryKeys.join(', ') || 'none'})` });
        continue;
      }
      if (!Array.isArray(keys)) {
        error(path, 'an array of consent types, e.g. ["analytics_storage"]', keys);
        continue;
      }
      const parsed: ConsentModeKey[] = [];
      keys.forEach((key: unknown, index) => {
        if (typeof key === 'string' && (MAPPABLE_CONSENT_MODE_KEYS as readonly string[]).includes(key)) {
          if (!parsed.includes(key as ConsentModeKey)) parsed.push(key as ConsentModeKey);
          return;
        }
        const hint = key === 'security_storage'
          ? ' (security_storage is always granted, so no category controls it)'
          : typeof key === 'string' ? suggestion(key, MAPPABLE_CONSENT_MODE_KEYS) : '';
        error(`${path}[${index}]`, `one of ${MAPPABLE_CONSENT_MODE_KEYS.map((k) => JSON.stringify(k)).join(', ')}`, key, hint);
      });
      options.mapping[category] = parsed;
    }
  }

  const wait = raw['waitForUpdate'];
  if (wait !== undefined) {
    if (typeof wait === 'number' && Number.isInteger(wait) && wait >= 0 && wait <= MAX_WAIT_FOR_UPDATE) options.waitForUpdate = wait;
    else error(`${PATH}.waitForUpdate`, `a whole number of milliseconds from 0 to ${MAX_WAIT_FOR_UPDATE}`, wait);
  }

  const region = raw['region'];
  if (region !== undefined) {
    if (!Array.isArray(region)) {
      error(`${PATH}.region`, 'an array of ISO 3166 codes like "DE" or "ES-MD"', region);
    } else {
      region.forEach((code: unknown, index) => {
        if (typeof code === 'string' && REGION_PATTERN.test(code)) {
          if (!options.region.includes(code)) options.region.push(code);
          return;
        }
        const hint = typeof code === 'string' && REGION_PATTERN.test(code.toUpperCase()) ? ` (did you mean "${code.toUpperCase()}"?)` : '';
        error(`${PATH}.region[${index}]`, 'ISO 3166 codes like "DE" or "ES-MD"', code, hint);
      });
      // A region list limits the denied default to those regions. Visitors anywhere
      // else get no default at all, and Google tags then act as if consent were granted.
      const missing = EEA_AND_UK.filter((country) => !options.region.includes(country));
      if (region.length > 0 && missing.length > 0) {
        warnings.push({
          path: `${PATH}.region`,
          message: `the denied default applies only to the listed regions; these EEA and UK countries get none, so Google tags there may act before the visitor decides: ${missing.join(', ')}`,
        });
      }
    }
  }

  boolean(raw, 'adsDataRedaction');
  boolean(raw, 'urlPassthrough');

  warnAboutAdConsent(options.mapping, warnings);
  return { options, errors, warnings };
}

/** Mappings that look like they grant ad_user_data or ad_personalization, but by the marketing rule never will on their own. */
function warnAboutAdConsent(mapping: Record<string, ConsentModeKey[]>, warnings: ConsentModeProblem[]): void {
  const hasMarketing = Object.hasOwn(mapping, 'marketing');
  const anyAdStorage = Object.values(mapping).some((keys) => keys.includes('ad_storage'));
  for (const [category, keys] of Object.entries(mapping)) {
    if (hasMarketing && category === 'marketing') continue;
    for (const key of keys) {
      if (!AD_CONSENT_KEYS.includes(key)) continue;
      const path = `${PATH}.mapping.${category}`;
      if (hasMarketing) warnings.push({ path, message: `${key} is granted only when "marketing" is granted too` });
      else if (!anyAdStorage) warnings.push({ path, message: `${key} stays denied: it needs the categories mapped to ad_storage, and there are none` });
    }
  }
}

/** What Google tags should assume before the visitor decides: nothing but security_storage. */
export function defaultSignals(): ConsentModeSignals {
  return {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
  };
}

/**
 * Whether the visitor opted in to advertising, which ad_user_data and
 * ad_personalization need whatever the mapping says (COMPLIANCE F.32): the
 * `marketing` category when the config has one, otherwise every category that
 * grants ad_storage (and there must be at least one).
 */
function advertisingOptIn(granted: ReadonlySet<string>, mapping: Record<string, readonly ConsentModeKey[]>): boolean {
  if (Object.hasOwn(mapping, 'marketing')) return granted.has('marketing');
  const adCategories = Object.keys(mapping).filter((category) => mapping[category]!.includes('ad_storage'));
  return adCategories.length > 0 && adCategories.every((category) => granted.has(category));
}

// Array.isArray does not narrow a readonly array out of a union, hence this guard.
function isList(value: ReadonlySet<string> | readonly string[]): value is readonly string[] {
  return Array.isArray(value);
}

/**
 * The signals for a set of granted categories (required ones included, as
 * `grantedCategories()` in consent.ts returns them). A type is granted when a
 * granted category maps to it; ad_user_data and ad_personalization also need
 * the advertising opt-in, so a mapping like `{"analytics": ["ad_user_data"]}`
 * can never grant them without `marketing`. Always returns every key.
 */
export function signalsFor(
  granted: ReadonlySet<string> | readonly string[],
  options: { readonly mapping: Readonly<Record<string, readonly ConsentModeKey[]>> },
): ConsentModeSignals {
  const grantedSet: ReadonlySet<string> = isList(granted) ? new Set(granted) : granted;
  const signals = defaultSignals();
  for (const category of grantedSet) {
    // hasOwn: a category named like an Object.prototype member must not reach the prototype.
    if (!Object.hasOwn(options.mapping, category)) continue;
    for (const key of options.mapping[category]!) {
      if (key !== 'security_storage') signals[key] = 'granted';
    }
  }
  if (!advertisingOptIn(grantedSet, options.mapping)) {
    for (const key of AD_CONSENT_KEYS) signals[key] = 'denied';
  }
  return signals;
}

/**
 * The object for `gtag('consent', 'default', …)`: everything denied but
 * security_storage, how long tags wait for our update, and the regions it is
 * limited to when the site owner named some.
 */
export function defaultCommand(options: Pick<ConsentModeOptions, 'waitForUpdate' | 'region'>): ConsentModeDefaultCommand {
  const command: ConsentModeDefaultCommand = { ...defaultSignals(), wait_for_update: options.waitForUpdate };
  if (options.region.length > 0) command.region = [...options.region];
  return command;
}

/**
 * The `gtag('consent', 'default', …)` options read straight from the site's
 * raw config, before it is validated. The default must be queued while the
 * embed script runs, and on a returning visit the full validator is not even
 * loaded (the loader trusts a config it validated before; see config-cache.ts).
 * Lenient on purpose: a malformed value falls back to the strictest setting
 * (no region limit, so the denied default applies everywhere; the default
 * wait), and the validator reports it wherever it runs. For a valid config
 * the result equals `parseConsentModeOptions`'s (tested). Null when Consent
 * Mode is not enabled.
 */
export function earlyDefaultOptions(raw: unknown): Pick<ConsentModeOptions, 'waitForUpdate' | 'region' | 'adsDataRedaction' | 'urlPassthrough'> | null {
  const options = isRecord(raw) && isRecord(raw[PATH]) ? (raw[PATH] as Raw) : null;
  if (options?.['enabled'] !== true) return null;
  const wait = options['waitForUpdate'];
  const region = options['region'];
  const regionValid = Array.isArray(region) && region.every((code) => typeof code === 'string' && REGION_PATTERN.test(code));
  return {
    waitForUpdate: Number.isInteger(wait) && (wait as number) >= 0 && (wait as number) <= MAX_WAIT_FOR_UPDATE ? (wait as number) : DEFAULT_WAIT_FOR_UPDATE,
    region: regionValid ? [...new Set(region as string[])] : [],
    adsDataRedaction: options['adsDataRedaction'] === true,
    urlPassthrough: options['urlPassthrough'] === true,
  };
}
