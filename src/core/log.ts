/**
 * The consent log: entries and their SHA-256 hash chain (the checks of a chain
 * are in log-verification.ts). Shared by the browser and the collector, so both
 * agree byte for byte.
 */
import type { ConsentAction, ConsentSource, ConsentState, ServiceChoices } from './consent.js';
import type { MicrosoftConsentSignals } from './microsoft-consent-mode.js';
import { sha256Hex } from './sha256.js';

/** One decision as recorded for proof of consent. No IP address, no fingerprint. */
export interface LogEntry {
  consentId: string;
  /** 0 for the first entry in this browser, then +1 each. */
  seq: number;
  /** ISO-8601 UTC. */
  at: string;
  action: ConsentAction;
  source: ConsentSource;
  categories: Record<string, boolean>;
  services?: ServiceChoices;
  /** Embeds granted one by one by "Load content" (`service:NAME`, `host:HOST`), when there are any. */
  embeds?: string[];
  revision: number;
  language: string;
  gpc: boolean;
  /** The Consent Mode signals sent with this decision, when Consent Mode is on. */
  consentMode?: Record<string, 'granted' | 'denied'>;
  /** Microsoft's signals sent with this decision (Clarity, UET), when `microsoftConsentMode` is on. */
  microsoftConsentMode?: MicrosoftConsentSignals;
  expiresAt: string;
  /** SHA-256 (hex) of the canonical text the visitor was shown. */
  textHash: string;
  /** Page URL without query or fragment. */
  url: string;
  /** Hash of the previous entry, or 64 zeros for the first. */
  prevHash: string;
  /** SHA-256 (hex) of this entry's canonical JSON without `hash`. */
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface EntryContext {
  language: string;
  textHash: string;
  url: string;
  consentMode?: Record<string, 'granted' | 'denied'>;
  microsoftConsentMode?: MicrosoftConsentSignals;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** What a retention purge leaves behind so the rest of the chain still verifies. */
export interface ChainAnchor extends ChainHead {
  /** ISO-8601 UTC time of the last purge. */
  purgedAt: string;
  /** How many entries all purges removed so far. */
  purged: number;
}

/**
 * Which entries a retention purge removes: those older than `retentionDays`,
 * but never the newest one, which backs the decision in force.
 */
export function entriesToPurge(entries: readonly LogEntry[], retentionDays: number, now: Date): LogEntry[] {
  const cutoff = now.getTime() - retentionDays * 24 * 60 * 60 * 1000;
  const purge: LogEntry[] = [];
  // Only a leading run goes, so what stays is one unbroken chain even if a clock once jumped back.
  for (const entry of entries.slice(0, -1)) {
    if (!(Date.parse(entry.at) < cutoff)) break;
    purge.push(entry);
  }
  return purge;
}

/**
 * Serialises a value with object keys sorted at every level and no spaces, so
 * the same entry always hashes the same in any browser and in Node.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** The hash an entry must carry: over every field but `hash` itself. */
export function entryHash(entry: Omit<LogEntry, 'hash'> | LogEntry): Promise<string> {
  const { hash: _ignored, ...rest } = entry as LogEntry;
  return sha256Hex(canonicalJson(rest));
}

/** Builds the next log entry for a decision, chained to `head` (null for an empty log). */
export async function createEntry(state: ConsentState, context: EntryContext, head: ChainHead | null): Promise<LogEntry> {
  const draft: Omit<LogEntry, 'hash'> = {
    consentId: state.id,
    seq: head ? head.seq + 1 : 0,
    at: state.decidedAt,
    action: state.action,
    source: state.source,
    categories: { ...state.categories },
    revision: state.revision,
    language: context.language,
    gpc: state.gpc,
    expiresAt: state.expiresAt,
    textHash: context.textHash,
    url: context.url,
    prevHash: head ? head.hash : GENESIS_HASH,
  };
  if (state.services) draft.services = state.services;
  if (state.embeds) draft.embeds = [...state.embeds];
  if (context.consentMode) draft.consentMode = context.consentMode;
  if (context.microsoftConsentMode) draft.microsoftConsentMode = context.microsoftConsentMode;
  return { ...draft, hash: await entryHash(draft) };
}

export interface ChainProblem {
  seq: number | null;
  problem: string;
}

export interface VerificationResult {
  ok: boolean;
  entries: number;
  problems: ChainProblem[];
}
