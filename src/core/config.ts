/**
 * The site owner's configuration: its types, and `parseConfig`, which
 * validates it (the rules are in config-rules.ts) and words every problem
 * (config-messages.ts), all at once with the path and the expected value.
 * For the npm entry, the command line and tests; the page session uses the
 * rules alone and fetches the words only when there is something to say
 * (session/config-check.ts). Pure data in, pure data out: no DOM, no storage.
 */
import type { ConsentModeOptions } from './consent-mode.js';
import type { MicrosoftConsentModeOptions } from './microsoft-consent-mode.js';
import type { ConfigProblem } from './config-reader.js';
import { describeProblems } from './config-messages.js';
import { validateConfig } from './config-rules.js';

export type { ConfigProblem } from './config-reader.js';
export { CONFIG_OPTIONS, DEFAULT_EXPIRES_AFTER_DAYS, DEFAULT_RETENTION_DAYS, MAX_EXPIRES_AFTER_DAYS, isSafeUrl } from './config-rules.js';
export { formatProblems } from './config-messages.js';

/** One cookie a service sets, as the preferences list it. */
export interface CookieInfo {
  /** Cookie name; `*` matches any run of characters (`_ga_*`). */
  name: string;
  /** How long it lives, in the site owner's words ("2 years", "session"). */
  duration?: string;
  /** What it is for. */
  description?: string;
}

/** A named service (Google Analytics, a video player…) inside a category. */
export interface ServiceConfig {
  label?: string;
  provider?: string;
  description?: string;
  /** Whether a third party gets access to the data (shown to the visitor). */
  thirdParty?: boolean;
  cookies: CookieInfo[];
}

/** One purpose the visitor can allow or refuse. */
export interface CategoryConfig {
  /** Strictly necessary: always on, shown locked. */
  required: boolean;
  /** Off by default when the browser sends Global Privacy Control. */
  gpc: boolean;
  label?: string;
  description?: string;
  services: Record<string, ServiceConfig>;
}

export interface CollectorConfig {
  url: string;
}

export type ThemeName = 'auto' | 'light' | 'dark';
export type LayoutName = 'bar' | 'box' | 'center';

/** The validated configuration with every default filled in. */
export interface ConsentConfig {
  owner: string;
  policyUrl: string;
  revision: number;
  expiresAfterDays: number;
  language: string;
  categories: Record<string, CategoryConfig>;
  autoBlock: Record<string, string[]>;
  googleConsentMode: ConsentModeOptions;
  /** Microsoft Clarity and UET consent signals. */
  microsoftConsentMode: MicrosoftConsentModeOptions;
  reloadOnWithdraw: boolean;
  retentionDays: number;
  collector: CollectorConfig | null;
  texts: Record<string, Record<string, string>>;
  theme: ThemeName;
  layout: LayoutName;
  /** A small persistent "Cookie settings" button, for sites without a footer link. */
  settingsButton: boolean;
}

export type ConfigResult =
  | { ok: true; config: ConsentConfig; warnings: ConfigProblem[] }
  | { ok: false; errors: ConfigProblem[]; warnings: ConfigProblem[] };

/**
 * Validates a site owner's config and fills in defaults.
 * Never throws: every problem comes back with its path, all at once.
 */
export function parseConfig(input: unknown): ConfigResult {
  const found = validateConfig(input);
  const warnings = describeProblems(found.warnings);
  return found.ok ? { ok: true, config: found.config, warnings } : { ok: false, errors: describeProblems(found.errors), warnings };
}
