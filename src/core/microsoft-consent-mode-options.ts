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
import { ConfigReader, type FoundProblem } from './config-reader.js';
import { isRecord } from './problems.js';

const OPTION = MICROSOFT_CONSENT_MODE_OPTION;
const OPTION_KEYS = ['enabled', 'mapping'] as const;

/**
 * Validates `microsoftConsentMode`. `categories` are the configured ones with
 * whether each is required: a required category is on without consent, so it
 * may grant nothing here. A `mapping` replaces the default only for the
 * categories it names, as `googleConsentMode.mapping` does. Never throws.
 */
export function parseMicrosoftConsentModeOptions(
  raw: unknown,
  categories: Readonly<Record<string, { required: boolean }>>,
): { options: MicrosoftConsentModeOptions; errors: FoundProblem[]; warnings: FoundProblem[] } {
  const keys = Object.keys(categories);
  const mapping: Record<string, ClarityConsentKey[]> = {};
  for (const category of keys) mapping[category] = categories[category]!.required ? [] : [...(DEFAULT_MICROSOFT_MAPPING[category] ?? [])];
  const options: MicrosoftConsentModeOptions = { enabled: false, mapping };
  const reader = new ConfigReader();
  const { errors, warnings } = reader;
  const result = { options, errors, warnings };
  if (raw === undefined) return result;
  if (!isRecord(raw)) {
    reader.error(OPTION, 'optionsObject', raw);
    return result;
  }
  reader.warnUnknownKeys(raw, OPTION_KEYS, OPTION);
  options.enabled = reader.boolean(raw, 'enabled', `${OPTION}.enabled`, false);
  for (const [category, list] of Object.entries(reader.record(raw, 'mapping', `${OPTION}.mapping`, 'microsoftMapping') ?? {})) {
    const path = `${OPTION}.mapping.${category}`;
    if (!keys.includes(category)) {
      errors.push({ path, rule: 'notConfiguredCategory', list: keys });
    } else if (!Array.isArray(list) || !list.every((key) => (CLARITY_CONSENT_KEYS as readonly unknown[]).includes(key))) {
      errors.push({ path, rule: 'clarityTypes', value: list, list: CLARITY_CONSENT_KEYS });
    } else if (categories[category]!.required && list.length > 0) {
      errors.push({ path, rule: 'requiredGrants', list });
    } else {
      mapping[category] = [...new Set(list as ClarityConsentKey[])];
    }
  }
  return result;
}
