/**
 * The rules of the site owner's configuration: each option is read and checked
 * once, here, and its default filled in. A problem comes back as the rule it
 * broke and the value found (config-reader.ts); its words are in
 * config-messages.ts, which the page fetches only when a config has something
 * to be told about. Pure data in, pure data out: no DOM, no storage.
 */
import type { CategoryConfig, CollectorConfig, ConsentConfig, CookieInfo, ServiceConfig } from './config.js';
import { parseConsentModeOptions } from './consent-mode-options.js';
import { parseMicrosoftConsentModeOptions } from './microsoft-consent-mode-options.js';
import { ConfigReader, type FoundProblem, type Raw } from './config-reader.js';
import { isRecord } from './problems.js';

/** What the rules found: the config with its defaults when nothing is wrong, and every problem by its rule. */
export type ConfigFindings =
  | { ok: true; config: ConsentConfig; errors: []; warnings: FoundProblem[] }
  | { ok: false; errors: FoundProblem[]; warnings: FoundProblem[] };

/** Keys that come from the config are checked against patterns, which also keeps out `__proto__` and friends. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const STRING_KEY = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9_-]+)*$/;

export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** 13 months: the longest a consent (or refusal) may be kept before asking again, by the CNIL's guidance. */
export const MAX_EXPIRES_AFTER_DAYS = 395;
export const DEFAULT_RETENTION_DAYS = 1095;

/** Every top-level option, in documented order (the README's options table is checked against it). */
export const CONFIG_OPTIONS = [
  'owner', 'policyUrl', 'revision', 'expiresAfterDays', 'language', 'categories', 'autoBlock',
  'googleConsentMode', 'microsoftConsentMode', 'reloadOnWithdraw', 'retentionDays', 'collector', 'texts', 'theme', 'layout', 'settingsButton',
] as const;
const CATEGORY_KEYS = ['required', 'gpc', 'label', 'description', 'services'] as const;
const SERVICE_KEYS = ['label', 'provider', 'description', 'thirdParty', 'cookies'] as const;
const COOKIE_KEYS = ['name', 'duration', 'description'] as const;

/** Links accept only http(s) and relative URLs, so a config can never smuggle `javascript:` into the UI. */
export function isSafeUrl(value: string): boolean {
  // Browsers drop tabs, newlines and leading control characters when parsing a URL,
  // so "java\tscript:" must be judged without them.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020]/g, '');
  if (cleaned === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return !scheme || /^https?$/i.test(scheme[1] ?? '');
}

/** RFC 6265's cookie-name token (a browser refuses or splits anything else); `*` is our wildcard and a token sign too. */
const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;

function readCookie(reader: ConfigReader, raw: unknown, path: string): CookieInfo | null {
  if (!isRecord(raw)) {
    reader.error(path, 'cookie', raw);
    return null;
  }
  reader.warnUnknownKeys(raw, COOKIE_KEYS, path);
  if (typeof raw['name'] !== 'string' || raw['name'] === '') {
    reader.error(`${path}.name`, 'nonEmptyString', raw['name']);
    return null;
  }
  if (!COOKIE_NAME.test(raw['name'])) {
    reader.error(`${path}.name`, 'cookieName', raw['name']);
    return null;
  }
  const cookie: CookieInfo = { name: raw['name'] };
  const duration = reader.optionalString(raw, 'duration', `${path}.duration`);
  const description = reader.optionalString(raw, 'description', `${path}.description`);
  if (duration !== undefined) cookie.duration = duration;
  if (description !== undefined) cookie.description = description;
  return cookie;
}

function readService(reader: ConfigReader, raw: unknown, path: string): ServiceConfig {
  const service: ServiceConfig = { cookies: [] };
  if (!isRecord(raw)) {
    reader.error(path, 'object', raw);
    return service;
  }
  reader.warnUnknownKeys(raw, SERVICE_KEYS, path);
  for (const key of ['label', 'provider', 'description'] as const) {
    const value = reader.optionalString(raw, key, `${path}.${key}`);
    if (value !== undefined) service[key] = value;
  }
  if (raw['thirdParty'] !== undefined) service.thirdParty = reader.boolean(raw, 'thirdParty', `${path}.thirdParty`, false);
  const cookies = raw['cookies'];
  if (cookies !== undefined) {
    if (!Array.isArray(cookies)) {
      reader.error(`${path}.cookies`, 'array', cookies);
    } else {
      cookies.forEach((cookie, index) => {
        const parsed = readCookie(reader, cookie, `${path}.cookies[${index}]`);
        if (parsed) service.cookies.push(parsed);
      });
    }
  }
  return service;
}

function readCategory(reader: ConfigReader, raw: unknown, path: string): CategoryConfig {
  const category: CategoryConfig = { required: false, gpc: false, services: {} };
  if (!isRecord(raw)) {
    reader.error(path, 'category', raw);
    return category;
  }
  reader.warnUnknownKeys(raw, CATEGORY_KEYS, path);
  category.required = reader.boolean(raw, 'required', `${path}.required`, false);
  category.gpc = reader.boolean(raw, 'gpc', `${path}.gpc`, false);
  const label = reader.optionalString(raw, 'label', `${path}.label`);
  const description = reader.optionalString(raw, 'description', `${path}.description`);
  if (label !== undefined) category.label = label;
  if (description !== undefined) category.description = description;
  const services = reader.record(raw, 'services', `${path}.services`);
  for (const [key, value] of Object.entries(services ?? {})) {
    const servicePath = `${path}.services.${key}`;
    if (reader.key(key, servicePath)) category.services[key] = readService(reader, value, servicePath);
  }
  return category;
}

function readCategories(reader: ConfigReader, raw: Raw): Record<string, CategoryConfig> {
  const value = raw['categories'];
  const categories: Record<string, CategoryConfig> = {};
  if (!isRecord(value)) {
    reader.error('categories', 'categories', value);
    return categories;
  }
  for (const [key, category] of Object.entries(value)) {
    if (reader.key(key, `categories.${key}`)) categories[key] = readCategory(reader, category, `categories.${key}`);
  }
  if (Object.keys(value).length > 0 && !Object.values(categories).some((c) => !c.required)) {
    reader.warnings.push({ path: 'categories', rule: 'noOptionalCategory' });
  }
  return categories;
}

function readStringLists(reader: ConfigReader, raw: Raw, key: string, categories: Record<string, CategoryConfig>): Record<string, string[]> {
  const value = reader.record(raw, key, key);
  const result: Record<string, string[]> = {};
  for (const [category, list] of Object.entries(value ?? {})) {
    const path = `${key}.${category}`;
    // An empty list may name any category: that is how a site switches off a default host list.
    if (!Object.hasOwn(categories, category) && !(Array.isArray(list) && list.length === 0)) {
      reader.errors.push({ path, rule: 'notConfiguredCategory', list: Object.keys(categories) });
      continue;
    }
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
      reader.error(path, 'hosts', list);
      continue;
    }
    result[category] = list as string[];
  }
  return result;
}

function readTexts(reader: ConfigReader, raw: Raw): Record<string, Record<string, string>> {
  const value = reader.record(raw, 'texts', 'texts');
  const texts: Record<string, Record<string, string>> = {};
  for (const [language, strings] of Object.entries(value ?? {})) {
    const path = `texts.${language}`;
    if (!isRecord(strings)) {
      reader.error(path, 'strings', strings);
      continue;
    }
    if (!LANGUAGE_TAG.test(language)) {
      reader.errors.push({ path, rule: 'languageTag', value: language });
      continue;
    }
    const clean: Record<string, string> = {};
    for (const [name, text] of Object.entries(strings)) {
      if (!STRING_KEY.test(name)) reader.errors.push({ path: `${path}.${name}`, rule: 'stringKey' });
      else if (typeof text === 'string') clean[name] = text;
      else reader.error(`${path}.${name}`, 'string', text);
    }
    texts[language.toLowerCase()] = clean;
  }
  return texts;
}

function readCollector(reader: ConfigReader, raw: Raw): CollectorConfig | null {
  const value = reader.record(raw, 'collector', 'collector');
  if (!value) return null;
  reader.warnUnknownKeys(value, ['url'], 'collector');
  const url = value['url'];
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    reader.error('collector.url', 'collectorUrl', url);
    return null;
  }
  return { url };
}

/** Categories whose label and description every built-in language carries. */
const BUILT_IN_CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'];

/**
 * A category of the site's own needs a label (in the config or in `texts`):
 * otherwise visitors would read its raw key, and a typo like "analytcs" would
 * go unseen while the tags marked "analytics" stay blocked.
 */
function requireLabels(reader: ConfigReader, categories: Record<string, CategoryConfig>, texts: Record<string, Record<string, string>>): void {
  for (const [key, category] of Object.entries(categories)) {
    if (BUILT_IN_CATEGORIES.includes(key) || category.label !== undefined) continue;
    if (Object.values(texts).some((strings) => strings[`category.${key}.label`] !== undefined)) continue;
    reader.errors.push({ path: `categories.${key}`, rule: 'ownCategory', value: key, list: BUILT_IN_CATEGORIES });
  }
}

/**
 * Validates a site owner's config and fills in defaults: the rules, without
 * their words (parseConfig in config.ts adds them; the page session fetches
 * them only when there is something to say). Never throws: every problem comes
 * back with its path, all at once.
 */
export function validateConfig(input: unknown): ConfigFindings {
  const reader = new ConfigReader();
  if (!isRecord(input)) {
    reader.error('(config)', 'config', input);
    return { ok: false, errors: reader.errors, warnings: reader.warnings };
  }
  reader.warnUnknownKeys(input, CONFIG_OPTIONS, '');

  // Read in the order the options are documented, so problems are listed in that order too.
  const owner = reader.string(input, 'owner', 'owner', '');
  const policyUrl = reader.string(input, 'policyUrl', 'policyUrl', '');
  if (policyUrl !== '' && !isSafeUrl(policyUrl)) reader.error('policyUrl', 'url', policyUrl);
  // The first layer must name who asks and link to the details (COMPLIANCE A.9); both work without, but poorly.
  if (owner === '') reader.warnings.push({ path: 'owner', rule: 'noOwner' });
  if (policyUrl === '') reader.warnings.push({ path: 'policyUrl', rule: 'noPolicyUrl' });
  const revision = reader.positiveInteger(input, 'revision', 'revision', undefined);
  const expiresAfterDays = reader.positiveInteger(input, 'expiresAfterDays', 'expiresAfterDays', DEFAULT_EXPIRES_AFTER_DAYS);
  if (expiresAfterDays > MAX_EXPIRES_AFTER_DAYS) {
    reader.errors.push({ path: 'expiresAfterDays', rule: 'tooLong', value: expiresAfterDays });
  }
  const language = reader.string(input, 'language', 'language', '');
  const categories = readCategories(reader, input);
  const autoBlock = readStringLists(reader, input, 'autoBlock', categories);
  const consentMode = parseConsentModeOptions(input['googleConsentMode'], Object.keys(categories));
  reader.errors.push(...consentMode.errors);
  reader.warnings.push(...consentMode.warnings);
  for (const [key, category] of Object.entries(categories)) {
    // A required category is on without consent, so it may only carry signals that need none.
    const needsConsent = (consentMode.options.mapping[key] ?? []).filter((signal) => signal !== 'functionality_storage');
    if (category.required && needsConsent.length > 0) {
      reader.errors.push({ path: `googleConsentMode.mapping.${key}`, rule: 'requiredGrants', list: needsConsent });
    }
  }
  const microsoft = parseMicrosoftConsentModeOptions(input['microsoftConsentMode'], categories);
  reader.errors.push(...microsoft.errors);
  reader.warnings.push(...microsoft.warnings);
  const config: ConsentConfig = {
    owner,
    policyUrl: isSafeUrl(policyUrl) ? policyUrl : '',
    revision,
    expiresAfterDays,
    language,
    categories,
    autoBlock,
    googleConsentMode: consentMode.options,
    microsoftConsentMode: microsoft.options,
    reloadOnWithdraw: reader.boolean(input, 'reloadOnWithdraw', 'reloadOnWithdraw', true),
    retentionDays: reader.positiveInteger(input, 'retentionDays', 'retentionDays', DEFAULT_RETENTION_DAYS),
    collector: readCollector(reader, input),
    texts: readTexts(reader, input),
    theme: reader.oneOf(input, 'theme', 'theme', ['auto', 'light', 'dark'] as const, 'auto'),
    layout: reader.oneOf(input, 'layout', 'layout', ['bar', 'box', 'center'] as const, 'bar'),
    settingsButton: reader.boolean(input, 'settingsButton', 'settingsButton', false),
  };
  requireLabels(reader, categories, config.texts);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors, warnings: reader.warnings };
  return { ok: true, config, errors: [], warnings: reader.warnings };
}
