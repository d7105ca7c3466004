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
import type { FoundProblem } from './config-reader.js';
import type { MessageKey } from './config-messages.js';
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
  const errors: FoundProblem[] = [];
  const warnings: FoundProblem[] = [];
  const result = { options, errors, warnings };
  const expected = (path: string, rule: MessageKey, value: unknown): void => {
    errors.push({ path, rule, value });
  };
  if (raw === undefined) return result;
  if (!isRecord(raw)) {
    expected(OPTION, 'optionsObject', raw);
    return result;
  }
  for (const key of Object.keys(raw)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) {
      warnings.push({ path: `${OPTION}.${key}`, rule: 'unknownOption', value: key, list: OPTION_KEYS });
    }
  }
  const enabled = raw['enabled'];
  if (typeof enabled === 'boolean') options.enabled = enabled;
  else if (enabled !== undefined) expected(`${OPTION}.enabled`, 'boolean', enabled);

  const given = raw['mapping'];
  if (given !== undefined && !isRecord(given)) {
    expected(`${OPTION}.mapping`, 'microsoftMapping', given);
  } else if (given) {
    for (const [category, list] of Object.entries(given)) {
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
  }
  return result;
}
