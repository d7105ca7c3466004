/**
 * What the records mean: violations of the visitor's choice, cookies the
 * config does not declare (or declares but never were seen), and a proposed
 * config. Pure: records and config in, findings out.
 *
 * The rules:
 * - `before` and `reject`: anything stored other than the consent record
 *   itself (ours, or another consent tool's that the known-cookie table
 *   names) and what the config declares under a required category, and any
 *   request to a known tracker host, breaks the visitor's (missing or
 *   negative) choice.
 * - `withdraw`: the same, since after a withdrawal every optional purpose is
 *   refused: what survives it is named with the purpose it served.
 * - `accept`: everything is allowed; its records only feed the comparison
 *   with the config.
 */
import type { ConsentConfig } from '../core/config.js';
import { cookieNameMatcher, patternsFor } from '../core/cookie-patterns.js';
import { classifyCookie, isConsentRecord } from '../core/known-cookies.js';
import type { CookieRecord, PhaseName, PhaseRecord, SetBy, UndeclaredCookie, Violation } from './scan-types.js';

export type Phases = Partial<Record<PhaseName, PhaseRecord>>;

/** The widget's own storage: its IndexedDB database, and any name it uses, all starting with `cookie-consent`. */
export function isConsentStorage(name: string): boolean {
  return name.startsWith('cookie-consent');
}

const NOT_ALLOWED = 'only the consent record and what the config declares under a required category may be stored then';

const WHEN: Record<PhaseName, string> = {
  before: 'before any choice',
  reject: 'after Reject all',
  accept: 'after Accept all',
  withdraw: 'after consent was withdrawn',
};

export function findViolations(phases: Phases, config: ConsentConfig | null): Violation[] {
  const required = config ? Object.keys(config.categories).filter((key) => config.categories[key]!.required) : [];
  const necessary = cookieNameMatcher(config ? patternsFor(config, required) : []);
  // A consent tool's own record of the choice is "the consent storage itself", whichever tool keeps it.
  const allowed = (name: string) => isConsentStorage(name) || isConsentRecord(name) || necessary(name);
  const declared = declaredPatterns(config).map((entry) => ({ ...entry, matches: cookieNameMatcher([entry.name]) }));
  const declaredIn = (name: string) => declared.find((entry) => entry.matches(name));
  const violations: Violation[] = [];
  for (const phase of ['before', 'reject', 'withdraw'] as const) {
    const record = phases[phase];
    if (!record) continue;
    for (const cookie of record.cookies) {
      if (allowed(cookie.name)) continue;
      violations.push({
        phase,
        kind: 'cookie',
        name: cookie.name,
        host: cookie.domain.replace(/^\./, ''),
        page: cookie.pages[0]!,
        why: `${phase === 'withdraw' ? 'still present' : 'set'} ${WHEN[phase]}${details(cookie.setBy, cookie.known, declaredIn(cookie.name))}; ${NOT_ALLOWED}`,
      });
    }
    for (const entry of record.storage) {
      if (allowed(entry.name)) continue;
      violations.push({
        phase,
        kind: 'storage',
        name: `${entry.area}: ${entry.name}`,
        url: entry.origin,
        page: entry.pages[0]!,
        why: `${phase === 'withdraw' ? 'still present' : 'written'} ${WHEN[phase]}${details(entry.setBy, entry.known, declaredIn(entry.name))}; ${NOT_ALLOWED}`,
      });
    }
    // One violation per tracker host and page: a tag firing twenty beacons is one fault.
    const seen = new Set<string>();
    for (const request of record.requests) {
      if (request.tracker === null) continue;
      const key = `${request.host}\u0000${request.page}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = record.requests.filter((other) => other.host === request.host && other.page === request.page).length;
      violations.push({
        phase,
        kind: 'request',
        url: request.url,
        host: request.host,
        page: request.page,
        why: `request to a known ${request.tracker} tracker host ${WHEN[phase]}${count > 1 ? ` (${count} requests)` : ''}${request.initiator ? `, started by ${request.initiator}` : ''}`,
      });
    }
  }
  return violations;
}

/**
 * Who stored it and for which purpose, as far as the browser, the tag that
 * wrote it, the config or the known-cookie table say: " (set by …; …)".
 */
function details(
  setBy: SetBy | null,
  known: { category: string; service: string } | null,
  declared: { category: string; service: string } | undefined,
): string {
  const parts: string[] = [];
  if (setBy?.via === 'response') parts.push(`set by the response of ${setBy.url}${setBy.requestedBy ? `, requested by the script ${setBy.requestedBy}` : ''}`);
  else if (setBy) parts.push(setBy.url ? `set by the script ${setBy.url}` : 'set by a script');
  if (setBy?.category) parts.push(`its tag is marked data-category="${setBy.category}"`);
  else if (declared) parts.push(`the config declares it under ${declared.category} / ${declared.service}`);
  else if (known) parts.push(`known as ${known.service} (${known.category})`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** Every declared cookie pattern with where the config declares it. */
function declaredPatterns(config: ConsentConfig | null): { name: string; category: string; service: string }[] {
  if (!config) return [];
  const declared: { name: string; category: string; service: string }[] = [];
  for (const [category, settings] of Object.entries(config.categories)) {
    for (const [service, info] of Object.entries(settings.services)) {
      for (const cookie of info.cookies) declared.push({ name: cookie.name, category, service });
    }
  }
  return declared;
}

/** A cookie as seen across phases: every record of the same name and domain. */
interface SeenCookie {
  record: CookieRecord;
  phases: PhaseName[];
  longestDays: number | null;
}

function cookiesAcrossPhases(phases: Phases): SeenCookie[] {
  const byKey = new Map<string, SeenCookie>();
  for (const [phase, record] of Object.entries(phases) as [PhaseName, PhaseRecord][]) {
    for (const cookie of record.cookies) {
      const key = `${cookie.name}\u0000${cookie.domain.replace(/^\./, '')}`;
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { record: cookie, phases: [phase], longestDays: cookie.lifetimeDays });
        continue;
      }
      if (!seen.phases.includes(phase)) seen.phases.push(phase);
      if (!seen.record.setBy && cookie.setBy) seen.record = cookie;
      if (cookie.lifetimeDays !== null && (seen.longestDays === null || cookie.lifetimeDays > seen.longestDays)) seen.longestDays = cookie.lifetimeDays;
    }
  }
  return [...byKey.values()];
}

/** The category a cookie's purpose points to: its tag's data-category first, then the known-cookie table. */
function attributedCategory(cookie: CookieRecord): string | undefined {
  const tagged = cookie.setBy?.category?.split(/\s+/).find(Boolean);
  return tagged ?? cookie.known?.category;
}

export function findUndeclared(phases: Phases, config: ConsentConfig | null): UndeclaredCookie[] {
  const declared = cookieNameMatcher(declaredPatterns(config).map((entry) => entry.name));
  return cookiesAcrossPhases(phases)
    .filter(({ record }) => !isConsentStorage(record.name) && !declared(record.name))
    .map(({ record, phases: seenIn }) => {
      const category = attributedCategory(record);
      const provider = record.known?.provider;
      return {
        name: record.name,
        domain: record.domain.replace(/^\./, ''),
        ...(category ? { category } : {}),
        ...(provider ? { provider } : {}),
        phases: seenIn,
      };
    });
}

/** Declared cookies (and storage keys, which the config's patterns also cover) that no phase showed. */
export function findDeclaredNotSeen(phases: Phases, config: ConsentConfig | null): { name: string; category: string; service: string }[] {
  const names = new Set<string>();
  for (const record of Object.values(phases)) {
    for (const cookie of record.cookies) names.add(cookie.name);
    for (const entry of record.storage) names.add(entry.name);
  }
  return declaredPatterns(config).filter((entry) => {
    const matches = cookieNameMatcher([entry.name]);
    return ![...names].some(matches);
  });
}

/** "2 years", "90 days", "session": the config's way of saying how long a cookie lives. */
export function describeLifetime(days: number | null): string {
  if (days === null) return 'session';
  if (days < 1 / 24) return `${Math.max(1, Math.round(days * 1440))} minutes`;
  if (days < 2) return `${Math.round(days * 24)} hours`;
  if (days < 90) return `${Math.round(days)} days`;
  if (days < 700) return `${Math.round(days / 30.44)} months`;
  return `${Math.round(days / 365.25)} years`;
}

type RawConfig = Record<string, unknown> & { categories?: Record<string, unknown> };

const serviceKey = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'service';

/**
 * The site's config (its own text, unchanged otherwise) with every undeclared
 * cookie added to the service and category it was attributed to, with the
 * lifetime seen; what nothing attributes goes to `unclassified` for the owner
 * to decide (the widget warns about that key until they do).
 */
export function proposeConfig(rawConfig: unknown, phases: Phases, config: ConsentConfig | null): RawConfig {
  const proposed: RawConfig = isObject(rawConfig)
    ? (structuredClone(rawConfig) as RawConfig)
    : { revision: 1, categories: { necessary: { required: true } } };
  const categories = (isObject(proposed.categories) ? proposed.categories : (proposed.categories = {})) as Record<string, Record<string, unknown>>;
  const declared = cookieNameMatcher(declaredPatterns(config).map((entry) => entry.name));
  const added = new Set<string>();
  const unclassified: { name: string; domain: string; duration: string }[] = [];
  for (const { record, longestDays } of cookiesAcrossPhases(phases)) {
    if (isConsentStorage(record.name) || declared(record.name)) continue;
    const known = classifyCookie(record.name);
    // A known cookie is declared by its pattern (`_ga_*`), so that the next container ID is covered too.
    const name = known?.name ?? record.name;
    if (added.has(name)) continue;
    added.add(name);
    const duration = describeLifetime(longestDays);
    const category = attributedCategory(record);
    if (!category) {
      unclassified.push({ name, domain: record.domain.replace(/^\./, ''), duration });
      continue;
    }
    const categoryConfig = (categories[category] ??= category === 'necessary' ? { required: true } : {});
    const services = (isObject(categoryConfig['services']) ? categoryConfig['services'] : (categoryConfig['services'] = {})) as Record<string, Record<string, unknown>>;
    const key = pickService(services, known?.service, record.setBy);
    const service = (services[key] ??= {
      label: known?.service ?? key,
      ...(known ? { provider: known.provider } : {}),
      cookies: [],
    });
    const cookies = (Array.isArray(service['cookies']) ? service['cookies'] : (service['cookies'] = [])) as unknown[];
    cookies.push({ name, duration });
  }
  if (unclassified.length > 0) proposed['unclassified'] = unclassified;
  return proposed;
}

/** The service an attributed cookie joins: the one already named like its known service, the category's only service, or a new one. */
function pickService(services: Record<string, Record<string, unknown>>, knownService: string | undefined, setBy: SetBy | null): string {
  const keys = Object.keys(services);
  if (knownService) {
    const existing = keys.find((key) => key === serviceKey(knownService) || services[key]!['label'] === knownService);
    return existing ?? serviceKey(knownService);
  }
  if (keys.length === 1) return keys[0]!;
  if (setBy?.url) {
    try {
      return serviceKey(new URL(setBy.url).hostname);
    } catch {
      // Not a URL: fall through.
    }
  }
  return 'unknown-service';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

