/**
 * The decision in force, mirrored in a first-party cookie that the page's
 * script (and the site's server) can read synchronously, first thing. It is a
 * copy for speed, never the record: IndexedDB holds the decision and its log
 * and wins whenever the two disagree. Pure: no DOM, no storage.
 *
 * The cookie value (name `cookie-consent`), fields joined by `&`, lists by `.`:
 *
 *     v=1&cfg=1a2b3c4d&rev=3&exp=1767225600&gpc=0&on=necessary.analytics&off=marketing&soff=analytics:hotjar&gcm=analytics_storage
 *
 * - `v`    format version (1)
 * - `cfg`  fingerprint of the config (and widget version) the decision was made against: FNV-1a, hex
 * - `rev`  the config's revision
 * - `exp`  when the decision expires, seconds since 1970 (the cookie expires then too)
 * - `gpc`  1 when the browser sent Global Privacy Control when the decision was made
 * - `on`   the granted categories, required ones included
 * - `off`  the refused categories
 * - `soff` services turned off inside a granted category, as `category:service`
 * - `gcm`  the Consent Mode types granted (present only when Consent Mode is on)
 * - `mcm`  the Clarity consent types granted (present only when Microsoft's signals are on; UET's
 *          `ad_storage` follows `ad_Storage`)
 *
 * No consent ID and no other identifier: the same decision gives every visitor the same value.
 */
import type { ConsentConfig } from './config.js';
import { embedGranted, grantedCategories, serviceGranted, type DecisionStatus } from './consent.js';
import type { ConsentModeKey, ConsentModeSignals } from './consent-mode.js';
import { CONSENT_MODE_KEYS, defaultSignals, signalsFor } from './consent-mode.js';
import { CLARITY_CONSENT_KEYS, microsoftSignalsFor, type ClarityConsentKey, type MicrosoftConsentSignals } from './microsoft-consent-mode.js';

export interface ConsentMirror {
  config: string;
  revision: number;
  /** Expiry in seconds since 1970. */
  expires: number;
  gpc: boolean;
  granted: string[];
  refused: string[];
  /** `category:service` for each service refused inside a granted category. */
  refusedServices: string[];
  /** Granted Consent Mode types, or null when Consent Mode is off. */
  consentMode: ConsentModeKey[] | null;
  /** Granted Clarity consent types, or null when Microsoft's signals are off. */
  microsoft: ClarityConsentKey[] | null;
}

/** What the page needs to put a decision into effect: the same shape from the mirror and from IndexedDB. */
export interface DecisionInForce {
  /** Whether a decision holds (a refusal is one too). */
  decided: boolean;
  granted: ReadonlySet<string>;
  /** Whether a tag naming this service (inside a granted category) may run. */
  serviceAllowed(category: string, service: string): boolean;
  /** The Consent Mode signals to send, or null when Consent Mode is off or nothing is decided. */
  signals: ConsentModeSignals | null;
  /** Microsoft's signals (Clarity, UET) to send, or null when they are off or nothing is decided. */
  microsoft: MicrosoftConsentSignals | null;
  /** Whether an embed the visitor loaded alone ("Load content") may load: by its service, else its host. */
  embedAllowed(service: string | null, host: string): boolean;
}

const NAME = /^[a-z][a-z0-9_-]*$/;
const SERVICE = /^[a-z][a-z0-9_-]*:[a-z][a-z0-9_-]*$/;

export function formatMirror(mirror: ConsentMirror): string {
  const fields = [
    'v=1',
    `cfg=${mirror.config}`,
    `rev=${mirror.revision}`,
    `exp=${mirror.expires}`,
    `gpc=${mirror.gpc ? 1 : 0}`,
    `on=${mirror.granted.join('.')}`,
    `off=${mirror.refused.join('.')}`,
    `soff=${mirror.refusedServices.join('.')}`,
  ];
  if (mirror.consentMode) fields.push(`gcm=${mirror.consentMode.join('.')}`);
  if (mirror.microsoft) fields.push(`mcm=${mirror.microsoft.join('.')}`);
  return fields.join('&');
}

const list = (value: string | undefined): string[] => (value ? value.split('.') : []);

/** Reads a cookie value back; anything that is not exactly what `formatMirror` writes is no mirror. */
export function parseMirror(value: string | null | undefined): ConsentMirror | null {
  if (!value) return null;
  const fields = new Map(value.split('&').map((field) => [field.slice(0, field.indexOf('=')), field.slice(field.indexOf('=') + 1)]));
  const revision = Number(fields.get('rev'));
  const expires = Number(fields.get('exp'));
  const granted = list(fields.get('on'));
  const refused = list(fields.get('off'));
  const refusedServices = list(fields.get('soff'));
  const gcm = fields.get('gcm');
  const consentMode = gcm === undefined ? null : (list(gcm) as ConsentModeKey[]);
  const mcm = fields.get('mcm');
  const microsoft = mcm === undefined ? null : (list(mcm) as ClarityConsentKey[]);
  const valid =
    fields.get('v') === '1' &&
    /^[0-9a-f]{1,8}$/.test(fields.get('cfg') ?? '') &&
    Number.isInteger(revision) &&
    Number.isInteger(expires) &&
    /^[01]$/.test(fields.get('gpc') ?? '') &&
    [...granted, ...refused].every((key) => NAME.test(key)) &&
    refusedServices.every((key) => SERVICE.test(key)) &&
    (consentMode ?? []).every((key) => CONSENT_MODE_KEYS.includes(key)) &&
    (microsoft ?? []).every((key) => CLARITY_CONSENT_KEYS.includes(key));
  if (!valid) return null;
  return { config: fields.get('cfg')!, revision, expires, gpc: fields.get('gpc') === '1', granted, refused, refusedServices, consentMode, microsoft };
}

/** Whether a mirror may stand for the decision on this page: same config, same revision, not expired. */
export function mirrorHolds(mirror: ConsentMirror, page: { config: string; revision: unknown; now: Date }): boolean {
  return mirror.config === page.config && mirror.revision === page.revision && page.now.getTime() < mirror.expires * 1000;
}

/** Microsoft's signals for the Clarity types a mirror lists as granted (UET's `ad_storage` follows `ad_Storage`). */
function microsoftSignalsOf(granted: readonly ClarityConsentKey[]): MicrosoftConsentSignals {
  const value = (key: ClarityConsentKey) => (granted.includes(key) ? 'granted' : 'denied');
  return { clarity: { ad_Storage: value('ad_Storage'), analytics_Storage: value('analytics_Storage') }, uet: { ad_storage: value('ad_Storage') } };
}

/** The decision a mirror stands for. */
export function mirroredDecision(mirror: ConsentMirror): DecisionInForce {
  const granted = new Set(mirror.granted);
  let signals: ConsentModeSignals | null = null;
  if (mirror.consentMode) {
    signals = defaultSignals();
    for (const key of mirror.consentMode) signals[key] = 'granted';
  }
  return {
    decided: true,
    granted,
    serviceAllowed: (category, service) => granted.has(category) && !mirror.refusedServices.includes(`${category}:${service}`),
    signals,
    microsoft: mirror.microsoft && microsoftSignalsOf(mirror.microsoft),
    // Embeds granted alone are not mirrored: they load once IndexedDB has answered.
    embedAllowed: () => false,
  };
}

/** The decision a stored (IndexedDB) decision stands for on this page, under this config. */
export function storedDecision(config: ConsentConfig, status: DecisionStatus): DecisionInForce {
  const granted = grantedCategories(config, status);
  const decided = status.kind === 'valid' || status.kind === 'incomplete';
  return {
    decided,
    granted,
    serviceAllowed: (category, service) => serviceGranted(status, granted, category, service),
    signals: decided && config.googleConsentMode.enabled ? signalsFor(granted, config.googleConsentMode) : null,
    // Optional: a config cached by an older widget has no such option.
    microsoft: decided && config.microsoftConsentMode?.enabled ? microsoftSignalsFor(granted, config.microsoftConsentMode.mapping) : null,
    embedAllowed: (service, host) => (status.kind === 'valid' || status.kind === 'incomplete') && embedGranted(status.state, service, host),
  };
}

/** The mirror of a decision that holds (`valid`), or null: nothing else is mirrored. */
export function mirrorOf(config: ConsentConfig, status: DecisionStatus, fingerprint: string): ConsentMirror | null {
  if (status.kind !== 'valid') return null;
  const { granted, serviceAllowed, signals, microsoft } = storedDecision(config, status);
  const keys = Object.keys(config.categories);
  return {
    config: fingerprint,
    revision: config.revision,
    expires: Math.floor(Date.parse(status.state.expiresAt) / 1000),
    gpc: status.state.gpc,
    granted: keys.filter((key) => granted.has(key)),
    refused: keys.filter((key) => !granted.has(key)),
    refusedServices: keys.flatMap((key) =>
      granted.has(key) ? Object.keys(config.categories[key]!.services).filter((name) => !serviceAllowed(key, name)).map((name) => `${key}:${name}`) : [],
    ),
    consentMode: signals && CONSENT_MODE_KEYS.filter((key) => key !== 'security_storage' && signals[key] === 'granted'),
    microsoft: microsoft && CLARITY_CONSENT_KEYS.filter((key) => microsoft.clarity[key] === 'granted'),
  };
}

/**
 * The mirror to write BEFORE a decision is stored: what the old one and the
 * new one both grant, so that the mirror never grants more than IndexedDB
 * holds, whether the write then succeeds or fails. Null (no mirror) when the
 * old one was for another config or revision: it may grant there what the new
 * decision refuses.
 */
export function mirrorBeforeWrite(old: ConsentMirror | null, next: ConsentMirror): ConsentMirror | null {
  if (!old || old.config !== next.config || old.revision !== next.revision) return null;
  return {
    ...next,
    expires: Math.min(old.expires, next.expires),
    gpc: old.gpc && next.gpc,
    granted: next.granted.filter((key) => old.granted.includes(key)),
    refused: [...new Set([...next.refused, ...next.granted.filter((key) => !old.granted.includes(key))])],
    refusedServices: [...new Set([...old.refusedServices, ...next.refusedServices])],
    consentMode: next.consentMode && (old.consentMode ?? []).filter((key) => next.consentMode!.includes(key)),
    microsoft: next.microsoft && (old.microsoft ?? []).filter((key) => next.microsoft!.includes(key)),
  };
}
