/**
 * Validates the site owner's `googleConsentMode` option and fills in its
 * defaults. Only the controller (first visit, edited config) needs it; the
 * signals a decision turns into are in consent-mode.ts. Pure: no DOM, no storage.
 */
import {
  AD_CONSENT_KEYS,
  CONSENT_MODE_KEYS,
  CONSENT_MODE_OPTION,
  DEFAULT_CONSENT_MODE_MAPPING,
  DEFAULT_WAIT_FOR_UPDATE,
  REGION_PATTERN,
  type ConsentModeKey,
  type ConsentModeOptions,
} from './consent-mode.js';
import { ConfigReader, type FoundProblem, type Raw } from './config-reader.js';
import { isRecord } from './problems.js';
import { isWaitForUpdate } from './raw-config.js';


/**
 * The consent types a category may grant. `security_storage` is left out: it
 * covers what keeps the site secure (authentication, fraud prevention), which
 * needs no consent, so it is always granted and never follows a category.
 */
export const MAPPABLE_CONSENT_MODE_KEYS: readonly ConsentModeKey[] = CONSENT_MODE_KEYS.filter((key) => key !== 'security_storage');


/** What `parseConsentModeOptions` returns: usable options even when there are errors (the caller fails closed on errors). */
export interface ConsentModeParseResult {
  options: ConsentModeOptions;
  errors: FoundProblem[];
  warnings: FoundProblem[];
}

/**
 * The EEA countries, the UK and Switzerland, where the denied default must
 * apply (COMPLIANCE F.33; Google's EU user consent policy covers Switzerland
 * too). ISO 3166 spells Greece "GR", not the EU's "EL".
 */
const CONSENT_REQUIRED_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS',
  'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'GB', 'CH',
] as const;

/** Codes that look like ISO 3166 but are not: the EU's own spellings of the UK and Greece (the message names the right ones). */
const NOT_ISO_3166: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

const OPTION_KEYS = ['enabled', 'mapping', 'waitForUpdate', 'region', 'adsDataRedaction', 'urlPassthrough'] as const;


function defaultOptions(categoryKeys: readonly string[]): ConsentModeOptions {
  const mapping: Record<string, ConsentModeKey[]> = {};
  for (const category of categoryKeys) mapping[category] = [...(DEFAULT_CONSENT_MODE_MAPPING[category] ?? [])];
  return { enabled: false, mapping, waitForUpdate: DEFAULT_WAIT_FOR_UPDATE, region: [], adsDataRedaction: false, urlPassthrough: false };
}

/**
 * Validates `googleConsentMode` from the site owner's config and fills in the
 * defaults. `categoryKeys` are the configured categories (already validated),
 * since a mapping may only name those. Never throws; paths start with
 * `googleConsentMode`; the problems' words are in config-messages.ts.
 *
 * A `mapping` replaces the default only for the categories it names, so
 * `{"mapping": {"analytics": []}}` turns off analytics_storage and keeps the
 * marketing and functional defaults.
 */
export function parseConsentModeOptions(raw: unknown, categoryKeys: string[]): ConsentModeParseResult {
  const options = defaultOptions(categoryKeys);
  const reader = new ConfigReader();
  const { errors, warnings } = reader;
  const path = (key: string): string => `${CONSENT_MODE_OPTION}.${key}`;
  const boolean = (object: Raw, key: 'enabled' | 'adsDataRedaction' | 'urlPassthrough'): void => {
    options[key] = reader.boolean(object, key, path(key), options[key]);
  };

  if (raw === undefined) return { options, errors, warnings };
  if (!isRecord(raw)) {
    reader.error(CONSENT_MODE_OPTION, 'optionsObject', raw);
    return { options, errors, warnings };
  }
  reader.warnUnknownKeys(raw, OPTION_KEYS, CONSENT_MODE_OPTION);

  // Read in the order the options are documented, so problems are listed in that order too.
  boolean(raw, 'enabled');

  for (const [category, keys] of Object.entries(reader.record(raw, 'mapping', path('mapping'), 'googleMapping') ?? {})) {
    const at = path(`mapping.${category}`);
    if (!categoryKeys.includes(category)) {
      errors.push({ path: at, rule: 'notConfiguredCategory', list: categoryKeys });
      continue;
    }
    if (!Array.isArray(keys)) {
      reader.error(at, 'consentTypes', keys);
      continue;
    }
    const parsed: ConsentModeKey[] = [];
    keys.forEach((key: unknown, index) => {
      if (typeof key === 'string' && (MAPPABLE_CONSENT_MODE_KEYS as readonly string[]).includes(key)) {
        if (!parsed.includes(key as ConsentModeKey)) parsed.push(key as ConsentModeKey);
        return;
      }
      errors.push({ path: `${at}[${index}]`, rule: 'consentType', value: key, list: MAPPABLE_CONSENT_MODE_KEYS });
    });
    options.mapping[category] = parsed;
  }

  const wait = raw['waitForUpdate'];
  if (wait !== undefined) {
    if (isWaitForUpdate(wait)) options.waitForUpdate = wait;
    else reader.error(path('waitForUpdate'), 'waitForUpdate', wait);
  }

  const region = raw['region'];
  if (region !== undefined) {
    if (!Array.isArray(region)) {
      reader.error(path('region'), 'regions', region);
    } else {
      region.forEach((code: unknown, index) => {
        if (typeof code === 'string' && REGION_PATTERN.test(code)) {
          if (!options.region.includes(code)) options.region.push(code);
          const iso = NOT_ISO_3166[code.split('-')[0]!];
          if (iso) warnings.push({ path: path(`region[${index}]`), rule: 'notIso3166', value: code, list: [iso] });
          return;
        }
        reader.error(path(`region[${index}]`), 'region', code);
      });
      // A region list limits the denied default to those regions. Visitors anywhere
      // else get no default at all, and Google tags then act as if consent were granted.
      const missing = CONSENT_REQUIRED_COUNTRIES.filter((country) => !options.region.includes(country));
      if (region.length > 0 && missing.length > 0) {
        warnings.push({ path: path('region'), rule: 'regionsLeftOut', list: missing });
      }
    }
  }

  boolean(raw, 'adsDataRedaction');
  boolean(raw, 'urlPassthrough');

  warnAboutAdConsent(options.mapping, warnings);
  return { options, errors, warnings };
}

/** Mappings that look like they grant ad_user_data or ad_personalization, but by the marketing rule never will on their own. */
function warnAboutAdConsent(mapping: Record<string, ConsentModeKey[]>, warnings: FoundProblem[]): void {
  const hasMarketing = Object.hasOwn(mapping, 'marketing');
  const anyAdStorage = Object.values(mapping).some((keys) => keys.includes('ad_storage'));
  for (const [category, keys] of Object.entries(mapping)) {
    if (hasMarketing && category === 'marketing') continue;
    for (const key of keys) {
      if (!AD_CONSENT_KEYS.includes(key)) continue;
      const path = `${CONSENT_MODE_OPTION}.mapping.${category}`;
      if (hasMarketing) warnings.push({ path, rule: 'adNeedsMarketing', value: key });
      else if (!anyAdStorage) warnings.push({ path, rule: 'adStaysDenied', value: key });
    }
  }
}
