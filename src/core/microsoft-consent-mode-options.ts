/**
 * Validates the site owner's `microsoftConsentMode` option and fills in its
 * defaults. Only the controller (first visit, edited config) needs it; the
 * signals are in microsoft-consent-mode.ts. Pure: no DOM, no storage.
 */
import {
  CLARITY_CONSENT_KEYS,
  DEFAULT_MICROSOFT_MAPPING,
  MICROSOFT_CONSENT_MODE_OPTION,
  type ClarityConsentKey,
  type MicrosoftConsentModeOptions,
} from './microsoft-consent-mode.js';
import { describe, isRecord, suggestion } from './problems.js';

const OPTION = MICROSOFT_CONSENT_MODE_OPTION;
const OPTION_KEYS = ['enabled', 'mapping'] as const;

/** One thing wrong with the options, addressed by its path (the shape of `ConfigProblem`). */
export interface MicrosoftConsentModeProblem {
  path: string;
  message: string;
}

/**
 * Validates `microsoftConsentMode`. `categories` are the configured ones with
 * whether each is required: a required category is on without consent, so it
 * may grant nothing here. A `mapping` replaces the default only for the
 * categories it names, as `googleConsentMode.mapping` does. Never throws.
 */
export function parseMicrosoftConsentModeOptions(
  raw: unknown,
  categories: Readonly<Record<string, { required: boolean }>>,
): { options: MicrosoftConsentModeOptions; errors: MicrosoftConsentModeProblem[]; warnings: MicrosoftConsentModeProblem[] } {
  const keys = Object.keys(categories);
  const mapping: Record<string, ClarityConsentKey[]> = {};
  for (const category of keys) mapping[category] = categories[category]!.required ? [] : [...(DEFAULT_MICROSOFT_MAPPING[category] ?? [])];
  const options: MicrosoftConsentModeOptions = { enabled: false, mapping };
  const errors: MicrosoftConsentModeProblem[] = [];
  const warnings: MicrosoftConsentModeProblem[] = [];
  const result = { options, errors, warnings };
  const expected = (path: string, what: string, value: unknown): void => {
    errors.push({ path, message: `expected ${what}, got ${describe(value)}` });
  };
  if (raw === undefined) return result;
  if (!isRecord(raw)) {
    expected(OPTION, 'an object like {"enabled": true}', raw);
    return result;
  }
  for (const key of Object.keys(raw)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) {
      warnings.push({ path: `${OPTION}.${key}`, message: `unknown option, ignored${suggestion(key, OPTION_KEYS)}` });
    }
  }
  const enabled = raw['enabled'];
  if (typeof enabled === 'boolean') options.enabled = enabled;
  else if (enabled !== undefined) expected(`${OPTION}.enabled`, 'true or false', enabled);

  const given = raw['mapping'];
  if (given !== undefined && !isRecord(given)) {
    expected(`${OPTION}.mapping`, 'an object of categories and consent types, e.g. {"analytics": ["analytics_Storage"]}', given);
  } else if (given) {
    for (const [category, list] of Object.entries(given)) {
      const path = `${OPTION}.mapping.${category}`;
      if (!keys.includes(category)) {
        errors.push({ path, message: `expected the name of a configured category (${keys.join(', ') || 'none'})` });
      } else if (!Array.isArray(list) || !list.every((key) => (CLARITY_CONSENT_KEYS as readonly unknown[]).includes(key))) {
        expected(path, `an array of ${CLARITY_CONSENT_KEYS.map((key) => JSON.stringify(key)).join(' and ')}`, list);
      } else if (categories[category]!.required && list.length > 0) {
        errors.push({ path, message: `a required category is granted without consent, so it may not grant ${list.join(', ')}` });
      } else {
        mapping[category] = [...new Set(list as ClarityConsentKey[])];
      }
    }
  }
  return result;
}
