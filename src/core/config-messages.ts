/**
 * The words for every config rule (config-rules.ts, config-reader.ts and the
 * Consent Mode options): what was expected, what was found, and the "did you
 * mean" hints. A module of its own because a valid config needs none of it:
 * the page session fetches it only when there is a problem or a warning to
 * tell (session/config-check.ts); parseConfig (config.ts) words every problem
 * at once for the npm entry and the command line. Pure: no DOM, no storage.
 */
import { MAX_WAIT_FOR_UPDATE, REGION_PATTERN } from './consent-mode.js';
import { MAX_EXPIRES_AFTER_DAYS } from './config-rules.js';
import type { ConfigProblem, FoundProblem } from './config-reader.js';
import { suggestion } from './problems.js';

/** How a wrong value is named in a message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  // String() of these says nothing useful ("[object Object]") or far too much (a function's whole source).
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return `${typeof value} ${String(value)}`;
}

type Words = (problem: FoundProblem) => string;

/** "expected X, got Y"; "got undefined" reads like a bug of ours, so a field that is not there is called missing. */
const expected =
  (what: string | ((list: readonly string[]) => string)): Words =>
  ({ value, list = [] }) => {
    const text = typeof what === 'string' ? what : what(list);
    return value === undefined ? `missing: add it, expected ${text}` : `expected ${text}, got ${describe(value)}`;
  };

/** "expected X, got Y" for values inside a list the config gave, where "missing" would not fit; `hint` adds a "did you mean". */
const expectedIn =
  (what: (list: readonly string[]) => string, hint: (value: unknown, list: readonly string[]) => string = () => ''): Words =>
  ({ value, list = [] }) =>
    `expected ${what(list)}, got ${describe(value)}${hint(value, list)}`;

const quoted = (list: readonly string[]): string[] => list.map((item) => JSON.stringify(item));

/** RFC 6265's cookie-name token signs, besides letters and digits (`*` is our wildcard and a token sign too). */
const COOKIE_NAME_SIGNS = "!#$%&'*+-.^_`|~";

/** Each rule's message, by the key the rules report it under. */
const MESSAGES = {
  config: expected('a JSON object like {"revision": 1, "categories": {…}}'),
  unknownOption: ({ value, list = [] }) => `unknown option, ignored${suggestion(String(value), list)}`,
  string: expected('a string'),
  nonEmptyString: expected('a non-empty string'),
  boolean: expected('true or false'),
  positiveInteger: expected('a whole number of 1 or more'),
  oneOf: expected((list) => `one of ${quoted(list).join(', ')}`),
  object: expected('an object'),
  array: expected('an array'),
  key: ({ value }) =>
    `expected a key of lower-case letters, digits, "_" or "-" starting with a letter (and not a built-in name like "constructor"), got ${JSON.stringify(value)}`,
  url: expected('an http(s) or relative URL'),
  noOwner: () => 'missing: the banner then says "This site" instead of naming who asks for consent',
  noPolicyUrl: () => 'missing: the banner and the preferences then link to no privacy policy',
  tooLong: ({ value }) =>
    `expected at most ${MAX_EXPIRES_AFTER_DAYS} days (13 months, the CNIL's limit for keeping a choice before asking again), got ${String(value)}`,
  categories: expected('an object of categories, e.g. {"necessary": {"required": true}, "analytics": {}}'),
  noOptionalCategory: () => 'no optional category: there is nothing to ask the visitor',
  category: expected('an object (use {} for a category with no options)'),
  cookie: expected('an object like {"name": "_ga", "duration": "2 years"}'),
  cookieName: expected(
    `a cookie name a browser can set (letters, digits and ${COOKIE_NAME_SIGNS}; no spaces, quotes, ";", "," or "="; "*" matches any run of characters)`,
  ),
  ownCategory: ({ value, list = [] }) =>
    `not a built-in category (${list.join(', ')})${suggestion(String(value), list)}: ` +
    'a category of your own needs a "label" (and a "description") for visitors to read',
  notConfiguredCategory: ({ list = [] }) => `expected the name of a configured category (${list.join(', ') || 'none'})`,
  hosts: expected('an array of host names, e.g. ["googletagmanager.com"]'),
  strings: expected('an object of strings'),
  languageTag: ({ value }) => `expected a language tag like "en" or "pt-BR", got ${JSON.stringify(value)}`,
  stringKey: () => 'expected a string key like "banner.title"',
  collectorUrl: expected('an absolute http(s) URL'),
  requiredGrants: ({ list = [] }) => `a required category is granted without consent, so it may not grant ${list.join(', ')}`,
  optionsObject: expected('an object like {"enabled": true}'),
  googleMapping: expected('an object of categories and consent types, e.g. {"analytics": ["analytics_storage"]}'),
  consentTypes: expectedIn(() => 'an array of consent types, e.g. ["analytics_storage"]'),
  consentType: expectedIn(
    (list) => `one of ${quoted(list).join(', ')}`,
    (value, list) =>
      value === 'security_storage'
        ? ' (security_storage is always granted, so no category controls it)'
        : typeof value === 'string' ? suggestion(value, list) : '',
  ),
  waitForUpdate: expected(`a whole number of milliseconds from 0 to ${MAX_WAIT_FOR_UPDATE}`),
  regions: expected('an array of ISO 3166 codes like "DE" or "ES-MD"'),
  region: expectedIn(
    () => 'ISO 3166 codes like "DE" or "ES-MD"',
    (value) => (typeof value === 'string' && REGION_PATTERN.test(value.toUpperCase()) ? ` (did you mean "${value.toUpperCase()}"?)` : ''),
  ),
  notIso3166: ({ value, list = [] }) =>
    `"${String(value)}" is not an ISO 3166 code, so Google will not match it (did you mean "${String(value).replace(/^[A-Z]{2}/, list[0] ?? '')}"?)`,
  regionsLeftOut: ({ list = [] }) =>
    'the denied default applies only to the listed regions; these countries of the EEA, the UK and Switzerland get none, ' +
    `so Google tags there may act before the visitor decides: ${list.join(', ')}`,
  adNeedsMarketing: ({ value }) => `${String(value)} is granted only when "marketing" is granted too`,
  adStaysDenied: ({ value }) => `${String(value)} stays denied: it needs the categories mapped to ad_storage, and there are none`,
  microsoftMapping: expected('an object of categories and consent types, e.g. {"analytics": ["analytics_Storage"]}'),
  clarityTypes: expectedIn((list) => `an array of ${quoted(list).join(' and ')}`),
} satisfies Record<string, Words>;

/**
 * What the page session tells beside a valid config's warnings: the config is right, the page around it is
 * not (session/config-check.ts finds these).
 */
export const SETUP_WARNINGS = {
  tagRanFirst: 'cookie-consent: a Google tag ran before this script; put the consent script first in <head> so Consent Mode defaults apply',
  liteAutoBlock: 'cookie-consent: the config has autoBlock, but cookie-consent-lite.js does not block automatically; use cookie-consent.js for that',
};

export type SetupWarning = keyof typeof SETUP_WARNINGS;

/** A rule's key: the rules report problems by it, and the compiler holds them to the messages above. */
export type MessageKey = keyof typeof MESSAGES;

/** The problems the rules found, in the words a site owner reads. */
export function describeProblems(found: readonly FoundProblem[]): ConfigProblem[] {
  return found.map((problem) => ({ path: problem.path, message: MESSAGES[problem.rule](problem) }));
}

/** Formats problems as the one console message a site owner reads. */
export function formatProblems(heading: string, problems: ConfigProblem[]): string {
  return [heading, ...problems.map((p) => `  - ${p.path}: ${p.message}`)].join('\n');
}
