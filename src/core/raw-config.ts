/**
 * What the session reads from the site's config before it is validated (on a
 * returning visit nothing validates it; on a first visit these are needed
 * before the validator arrives). Lenient on purpose: a malformed value reads
 * as the strictest setting, and the validator reports it wherever it runs.
 */
import {
  CONSENT_MODE_OPTION,
  DEFAULT_WAIT_FOR_UPDATE,
  MAX_WAIT_FOR_UPDATE,
  REGION_PATTERN,
  type ConsentModeOptions,
} from './consent-mode.js';
import { isRecord } from './problems.js';
import type { AutoBlockHosts } from './tracker-hosts.js';

/** The raw config's option `key` when it is an object, else undefined: the one way these readers look in. */
function section(raw: unknown, key: string): Record<string, unknown> | undefined {
  const value = isRecord(raw) ? raw[key] : undefined;
  return isRecord(value) ? value : undefined;
}

const isStringList = (value: unknown, valid: (item: string) => boolean = () => true): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && valid(item));

/** `googleConsentMode.waitForUpdate`'s rule, for the validator and the early read alike. */
export function isWaitForUpdate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_WAIT_FOR_UPDATE;
}

/**
 * Whether the raw config turns Microsoft's signals on: UET's denied default must be queued while the embed
 * script runs, before the validator is even loaded (as Google's, `earlyDefaultOptions` below).
 */
export function microsoftConsentModeEnabled(raw: unknown): boolean {
  return section(raw, 'microsoftConsentMode')?.['enabled'] === true;
}

/**
 * The config's `autoBlock`: only lists of strings are taken (merging drops
 * entries that are no host), so a malformed entry can only leave the
 * built-in list in force.
 */
export function rawAutoBlock(raw: unknown): AutoBlockHosts {
  return Object.fromEntries(Object.entries(section(raw, 'autoBlock') ?? {}).filter((entry): entry is [string, string[]] => isStringList(entry[1])));
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
  const options = section(raw, CONSENT_MODE_OPTION);
  if (options?.['enabled'] !== true) return null;
  const wait = options['waitForUpdate'];
  const region = options['region'];
  return {
    waitForUpdate: isWaitForUpdate(wait) ? wait : DEFAULT_WAIT_FOR_UPDATE,
    region: isStringList(region, (code) => REGION_PATTERN.test(code)) ? [...new Set(region)] : [],
    adsDataRedaction: options['adsDataRedaction'] === true,
    urlPassthrough: options['urlPassthrough'] === true,
  };
}

/**
 * The language hints the banner's strings are guessed from before validation
 * (`language`, and the languages the site's `texts` add), so that a first
 * visit fetches the likely strings with the banner's code. A wrong guess costs
 * one unused download.
 */
export function rawLanguageHints(raw: unknown): { language: unknown; own: string[] } {
  return { language: isRecord(raw) ? raw['language'] : undefined, own: Object.keys(section(raw, 'texts') ?? {}).map((tag) => tag.toLowerCase()) };
}
