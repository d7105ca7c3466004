/**
 * Google Consent Mode v2: its types and the signals a consent decision turns
 * into, which every page needs. Validating the site owner's options is in
 * consent-mode-options.ts, which only the controller loads. Pure data in, pure
 * data out: no DOM, no storage. The gtag calls that send them live in
 * `src/browser/gtag.ts`.
 */

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

/** The two v2 types that Google ties to advertising consent specifically. */
export const AD_CONSENT_KEYS: readonly ConsentModeKey[] = ['ad_user_data', 'ad_personalization'];

export const CONSENT_MODE_OPTION = 'googleConsentMode';

/** What Google tags should assume before the visitor decides: nothing but security_storage. */
export function defaultSignals(): ConsentModeSignals {
  return Object.fromEntries(CONSENT_MODE_KEYS.map((key) => [key, key === 'security_storage' ? 'granted' : 'denied'])) as ConsentModeSignals;
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
