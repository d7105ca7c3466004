/**
 * Consent decisions and the rules that say whether a stored one still holds.
 * Pure functions of (config, stored state, clock): no DOM, no storage.
 */
import type { ConsentConfig } from './config.js';

export const CONSENT_ACTIONS = ['accept-all', 'reject-all', 'save', 'withdraw', 'load-content'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

export const CONSENT_SOURCES = ['banner', 'preferences', 'placeholder', 'api'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** Per-category choices; `necessary` (and any required category) is always true. */
export type CategoryChoices = Record<string, boolean>;
/** Per-service choices, grouped by category: `{ analytics: { ga4: true } }`. */
export type ServiceChoices = Record<string, Record<string, boolean>>;

/** A visitor's decision, as `get()` returns it and `cookie-consent:change` carries it. */
export interface ConsentState {
  /** Random UUID for this browser, kept across decisions. */
  id: string;
  categories: CategoryChoices;
  /** Present when the config names services. */
  services?: ServiceChoices;
  revision: number;
  /** ISO-8601 UTC. */
  decidedAt: string;
  /** ISO-8601 UTC; the decision holds while now < expiresAt. */
  expiresAt: string;
  action: ConsentAction;
  source: ConsentSource;
  /** Whether the browser sent Global Privacy Control when the decision was made. */
  gpc: boolean;
  /**
   * Embeds the visitor loaded from a placeholder ("Load content"), each granted
   * alone, whatever its categories say: `service:NAME` for embeds marked
   * `data-service="NAME"`, `host:HOST` for unnamed embeds from that host.
   * Present only when there is one.
   */
  embeds?: string[];
}

/** What the visitor (or the API caller) asked for; unknown keys are ignored. */
export interface DecisionRequest {
  action: ConsentAction;
  source: ConsentSource;
  /** For `save`: the categories to grant; every other optional category is refused. */
  categories?: Record<string, boolean | undefined>;
  /** For `save`: per-service choices inside granted categories; missing services follow their category. */
  services?: Record<string, Record<string, boolean | undefined> | undefined>;
  /** For `load-content`: the one embed to grant, `service:NAME` or `host:HOST` (see `ConsentState.embeds`). */
  embed?: string;
}

export interface DecisionContext {
  id: string;
  now: Date;
  gpc: boolean;
  /** The decision in force before this one, if any: "Load content" adds to it and changes nothing else. */
  previous?: ConsentState | null;
}

/** The grant key of an embed: its `data-service` when it names one, else its host (see `ConsentState.embeds`). */
export function embedKey(service: string | null, host: string | null): string | null {
  return service ? `service:${service}` : host ? `host:${host}` : null;
}

/** Whether a decision granted this one embed by "Load content". */
export function embedGranted(state: ConsentState, service: string | null, host: string | null): boolean {
  const key = embedKey(service, host);
  return key !== null && (state.embeds?.includes(key) ?? false);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Turns a request into a complete decision covering every configured category.
 * "Accept all" leaves GPC-marked categories off when the browser sends GPC: the
 * signal is an opt-out that only an explicit switch in the preferences overrides.
 */
export function decide(config: ConsentConfig, request: DecisionRequest, context: DecisionContext): ConsentState {
  if (request.action === 'load-content') return loadContent(config, request, context);
  const categories: CategoryChoices = {};
  for (const [key, category] of Object.entries(config.categories)) {
    let granted: boolean;
    if (category.required) granted = true;
    else if (request.action === 'accept-all') granted = !(context.gpc && category.gpc);
    else if (request.action === 'save') granted = request.categories?.[key] === true;
    else granted = false;
    categories[key] = granted;
  }

  const state: ConsentState = {
    id: context.id,
    categories,
    revision: config.revision,
    decidedAt: context.now.toISOString(),
    expiresAt: new Date(context.now.getTime() + config.expiresAfterDays * DAY_MS).toISOString(),
    action: request.action,
    source: request.source,
    gpc: context.gpc,
  };

  const services = serviceChoices(config, categories, request.services);
  if (services) state.services = services;
  // Embeds loaded one by one stay loaded through later choices, until the visitor refuses or withdraws everything.
  const embeds = context.previous?.embeds;
  if (embeds && (request.action === 'accept-all' || request.action === 'save')) state.embeds = [...embeds];
  return state;
}

/**
 * "Load content": grants the one embed and decides nothing else. The earlier
 * decision (if any) stands as it was, expiry included; purposes nobody decided
 * stay undecided (absent from `categories`), so the banner still asks about
 * them, and nothing else in their categories runs.
 */
function loadContent(config: ConsentConfig, request: DecisionRequest, context: DecisionContext): ConsentState {
  const previous = context.previous ?? null;
  const categories: CategoryChoices = {};
  for (const [key, category] of Object.entries(config.categories)) {
    if (category.required) categories[key] = true;
    else if (previous && Object.hasOwn(previous.categories, key)) categories[key] = previous.categories[key] === true;
  }
  const embeds = [...(previous?.embeds ?? [])];
  if (request.embed && !embeds.includes(request.embed)) embeds.push(request.embed);
  const state: ConsentState = {
    id: context.id,
    categories,
    revision: config.revision,
    decidedAt: context.now.toISOString(),
    expiresAt: previous?.expiresAt ?? new Date(context.now.getTime() + config.expiresAfterDays * DAY_MS).toISOString(),
    action: 'load-content',
    source: request.source,
    gpc: context.gpc,
    embeds,
  };
  if (previous?.services) state.services = structuredCloneServices(previous.services);
  return state;
}

function serviceChoices(
  config: ConsentConfig,
  categories: CategoryChoices,
  requested: DecisionRequest['services'],
): ServiceChoices | undefined {
  let any = false;
  const result: ServiceChoices = {};
  for (const [key, category] of Object.entries(config.categories)) {
    const names = Object.keys(category.services);
    if (names.length === 0) continue;
    any = true;
    result[key] = {};
    for (const name of names) {
      const explicit = requested?.[key]?.[name];
      // A service is on only inside a granted category; an explicit "off" inside a granted category stands.
      result[key]![name] = categories[key] === true && explicit !== false;
    }
  }
  return any ? result : undefined;
}

/** Why a stored decision does or does not settle things without asking the visitor. */
export type DecisionStatus =
  | { kind: 'none' }
  | { kind: 'valid'; state: ConsentState }
  /**
   * Still ours but the config now has purposes it never covered: ask again, keep old choices meanwhile.
   * `newServices` (category → names) are services it never covered, which stay off until the visitor answers.
   */
  | { kind: 'incomplete'; state: ConsentState; newServices?: Record<string, string[]> }
  /** Expired or made for another revision: ask again, nothing optional runs meanwhile. */
  | { kind: 'stale'; state: ConsentState };

/**
 * Classifies a stored decision against the current config and clock, on a
 * page that sends Global Privacy Control (`gpc`) or not. "Accept all" made
 * without GPC never covers a GPC-marked category on a page that sends it:
 * that category is off here and the visitor is asked again (`incomplete`,
 * with the category turned off in the state in force), until a decision made
 * while GPC is sent settles it.
 */
export function classifyDecision(config: ConsentConfig, state: ConsentState | null, now: Date, gpc = false): DecisionStatus {
  if (!state) return { kind: 'none' };
  if (state.revision !== config.revision) return { kind: 'stale', state };
  if (!(now.getTime() < Date.parse(state.expiresAt))) return { kind: 'stale', state };
  let complete = true;
  const newServices: Record<string, string[]> = {};
  for (const [key, category] of Object.entries(config.categories)) {
    if (!Object.hasOwn(state.categories, key)) complete = false;
    for (const name of Object.keys(category.services)) {
      // A new service is a new recipient, also in a category that listed no services when the visitor chose.
      if (state.services?.[key]?.[name] === undefined) (newServices[key] ??= []).push(name);
    }
  }
  const overridden = Object.keys(config.categories).filter((key) => config.categories[key]!.gpc && !config.categories[key]!.required && state.categories[key]);
  let inForce = state;
  if (gpc && !state.gpc && state.action === 'accept-all' && overridden.length > 0) {
    inForce = { ...state, categories: { ...state.categories } };
    for (const key of overridden) inForce.categories[key] = false;
    complete = false;
  }
  if (Object.keys(newServices).length > 0) return { kind: 'incomplete', state: inForce, newServices };
  return complete ? { kind: 'valid', state } : { kind: 'incomplete', state: inForce };
}

/**
 * The categories that may run now. Required ones always; optional ones only
 * when a decision that still applies granted them. Old consent never covers a
 * category that the config added later.
 */
export function grantedCategories(config: ConsentConfig, status: DecisionStatus): Set<string> {
  const granted = new Set<string>();
  for (const [key, category] of Object.entries(config.categories)) {
    if (category.required) granted.add(key);
    else if ((status.kind === 'valid' || status.kind === 'incomplete') && status.state.categories[key] === true) {
      granted.add(key);
    }
  }
  return granted;
}

/**
 * Whether a single service may run. Inside a granted category a service runs
 * unless the decision turned it off or never covered it (a service added later,
 * even to a category that listed none before). A tag naming a service the
 * config does not list follows its category.
 */
export function serviceGranted(status: DecisionStatus, granted: Set<string>, category: string, service: string): boolean {
  if (!granted.has(category)) return false;
  if (status.kind !== 'valid' && status.kind !== 'incomplete') return true;
  if (status.kind === 'incomplete' && status.newServices?.[category]?.includes(service)) return false;
  const stored = status.state.services?.[category];
  return stored === undefined || stored[service] === true;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));
}

function isBooleanRecord(value: unknown): value is Record<string, boolean> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'boolean');
}

/**
 * Reads a stored decision back. Anything that is not exactly a decision we
 * wrote (a corrupt record, an old format, someone's edit) counts as no
 * decision, never as consent.
 */
export function parseStoredState(value: unknown): ConsentState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v['id'] !== 'string' || v['id'] === '') return null;
  if (!isBooleanRecord(v['categories'])) return null;
  if (typeof v['revision'] !== 'number' || !Number.isInteger(v['revision'])) return null;
  if (!isIsoDate(v['decidedAt']) || !isIsoDate(v['expiresAt'])) return null;
  if (!(CONSENT_ACTIONS as readonly unknown[]).includes(v['action'])) return null;
  if (!(CONSENT_SOURCES as readonly unknown[]).includes(v['source'])) return null;
  if (typeof v['gpc'] !== 'boolean') return null;
  const embeds = v['embeds'];
  if (embeds !== undefined && !(Array.isArray(embeds) && embeds.every((key) => typeof key === 'string'))) return null;
  const state: ConsentState = {
    id: v['id'],
    categories: { ...v['categories'] },
    revision: v['revision'],
    decidedAt: v['decidedAt'],
    expiresAt: v['expiresAt'],
    action: v['action'] as ConsentAction,
    source: v['source'] as ConsentSource,
    gpc: v['gpc'],
  };
  if (v['services'] !== undefined) {
    const services = v['services'];
    if (typeof services !== 'object' || services === null || !Object.values(services).every(isBooleanRecord)) return null;
    state.services = structuredCloneServices(services as ServiceChoices);
  }
  if (embeds) state.embeds = [...(embeds as string[])];
  return state;
}

function structuredCloneServices(services: ServiceChoices): ServiceChoices {
  const copy: ServiceChoices = {};
  for (const [key, value] of Object.entries(services)) copy[key] = { ...value };
  return copy;
}
