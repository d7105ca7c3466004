/**
 * The consent database: IndexedDB `cookie-consent`, object store `consent`,
 * through idb-keyval with its own store (never idb-keyval's shared default).
 *
 * Keys:
 * - `current`           the decision in force (ConsentState)
 * - `["log", seq]`      the append-only log, one LogEntry per decision
 * - `["text", hash]`    the text each `textHash` stands for (ShownText)
 * - `anchor`            what retention purges left: the last purged entry's seq and hash
 * - `["quarantine", t]` records that failed validation, kept aside rather than deleted
 * - `["config", key]`   validated configs the loader may trust (see core/config-cache.ts)
 * - `purge-checked`     when the retention purge last ran (ISO 8601), so it runs about once a day
 */
import { createStore, get, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import type { CachedConfig } from '../core/config-cache.js';
import { parseStoredState, type ConsentState } from '../core/consent.js';
import { createEntry, entriesToPurge, type ChainAnchor, type ChainHead, type EntryContext, type LogEntry } from '../core/log.js';
import type { ShownText } from '../core/shown-text.js';

export const DATABASE_NAME = 'cookie-consent';
export const OBJECT_STORE_NAME = 'consent';
const CURRENT_KEY = 'current';
const ANCHOR_KEY = 'anchor';
const LOG = 'log';
const TEXT = 'text';
const QUARANTINE = 'quarantine';
const CONFIG = 'config';
const PURGE_CHECKED = 'purge-checked';
/** Validated configs kept at once: enough for a site with a few differently configured sections. */
const CACHED_CONFIGS = 5;
const LOG_RANGE = (): IDBKeyRange => IDBKeyRange.bound([LOG, -Infinity], [LOG, Infinity]);

/** Thrown inside a write transaction when another tab appended first; the write is retried. */
class ChainMoved extends Error {}

let defaultStore: UseStore | undefined;

/** The store is opened on first use, not at import, so merely loading the script touches no storage. */
export function consentStore(): UseStore {
  defaultStore ??= createStore(DATABASE_NAME, OBJECT_STORE_NAME);
  return defaultStore;
}

export interface StoredDecision {
  state: ConsentState | null;
  /** True when a record was found but failed validation (it has been moved to quarantine). */
  quarantined: boolean;
}

/**
 * Reads the decision in force. A corrupt, truncated or foreign record reads as
 * no decision, never as consent; it is moved aside under `["quarantine", time]`
 * for whoever investigates, not silently deleted.
 */
export async function readDecision(store: UseStore = consentStore()): Promise<StoredDecision> {
  const raw: unknown = await get(CURRENT_KEY, store);
  if (raw === undefined) return { state: null, quarantined: false };
  const state = parseStoredState(raw);
  if (state) return { state, quarantined: false };
  await store('readwrite', (objectStore) => {
    objectStore.put({ key: CURRENT_KEY, value: raw, reason: 'not a valid decision record' }, [QUARANTINE, new Date().toISOString()]);
    objectStore.delete(CURRENT_KEY);
    return promisifyRequest(objectStore.transaction);
  });
  return { state: null, quarantined: true };
}

/** What the loader needs on every page, in one transaction: the current record, the cached config, the last purge. */
export function readStartup(configKey: string, store: UseStore = consentStore()): Promise<unknown[]> {
  return getMany([CURRENT_KEY, [CONFIG, configKey], PURGE_CHECKED], store);
}

/** Keeps a validated config for the loader, dropping the oldest beyond the last few. */
export async function cacheConfig(configKey: string, record: CachedConfig, store: UseStore = consentStore()): Promise<void> {
  return store('readwrite', async (objectStore) => {
    objectStore.put(record, [CONFIG, configKey]);
    const range = IDBKeyRange.bound([CONFIG, ''], [CONFIG, '\uffff']);
    const [keys, records] = await Promise.all([
      promisifyRequest(objectStore.getAllKeys(range)),
      promisifyRequest(objectStore.getAll(range)) as Promise<Partial<CachedConfig>[]>,
    ]);
    const byAge = keys.map((key, index) => ({ key, savedAt: String(records[index]?.savedAt ?? '') })).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
    for (const { key } of byAge.slice(CACHED_CONFIGS)) objectStore.delete(key);
    await promisifyRequest(objectStore.transaction);
  });
}

/** The chain's head: the last log entry's key seq and hash, or the purge anchor, or null for an empty log. */
async function headIn(objectStore: IDBObjectStore): Promise<ChainHead | null> {
  const cursor = await promisifyRequest(objectStore.openCursor(LOG_RANGE(), 'prev'));
  if (cursor) {
    const seq = (cursor.key as [string, number])[1];
    const hash = (cursor.value as Partial<LogEntry> | null)?.hash;
    return { seq, hash: typeof hash === 'string' ? hash : '' };
  }
  const anchor = (await promisifyRequest(objectStore.get(ANCHOR_KEY))) as ChainAnchor | undefined;
  return anchor && Number.isInteger(anchor.seq) ? { seq: anchor.seq, hash: anchor.hash } : null;
}

const sameHead = (a: ChainHead | null, b: ChainHead | null): boolean => a?.seq === b?.seq && a?.hash === b?.hash;

/**
 * Stores a decision, its log entry and (once per hash) the text shown, in one
 * transaction: the current decision and the log can never disagree. The entry's
 * hash is computed before the transaction, because Web Crypto is asynchronous
 * and would let the transaction commit early; if another tab appended meanwhile,
 * the entry is rebuilt on the new head and written again.
 */
export async function recordDecision(
  state: ConsentState,
  context: EntryContext,
  text: ShownText | null,
  store: UseStore = consentStore(),
): Promise<LogEntry> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const head = await store('readonly', headIn);
    const entry = await createEntry(state, context, head);
    try {
      await store('readwrite', async (objectStore) => {
        if (!sameHead(await headIn(objectStore), head)) throw new ChainMoved();
        objectStore.put(state, CURRENT_KEY);
        objectStore.put(entry, [LOG, entry.seq]);
        if (text) objectStore.put(text, [TEXT, context.textHash]);
        return promisifyRequest(objectStore.transaction);
      });
      return entry;
    } catch (error) {
      if (!(error instanceof ChainMoved)) throw error;
    }
  }
  throw new Error('could not append to the consent log: it kept changing under us');
}

/** Every log entry in this browser, oldest first, exactly as stored. */
export function readLog(store: UseStore = consentStore()): Promise<unknown[]> {
  return store('readonly', (objectStore) => promisifyRequest(objectStore.getAll(LOG_RANGE())));
}

export function readAnchor(store: UseStore = consentStore()): Promise<ChainAnchor | null> {
  return get<ChainAnchor>(ANCHOR_KEY, store).then((anchor) => anchor ?? null);
}

/** The archived texts for these hashes (those we have). */
export async function readTexts(hashes: Iterable<string>, store: UseStore = consentStore()): Promise<Record<string, ShownText>> {
  const unique = [...new Set(hashes)];
  const texts = await store('readonly', (objectStore) =>
    Promise.all(unique.map((hash) => promisifyRequest(objectStore.get([TEXT, hash]) as IDBRequest<ShownText | undefined>))),
  );
  const result: Record<string, ShownText> = {};
  unique.forEach((hash, index) => {
    const text = texts[index];
    if (text) result[hash] = text;
  });
  return result;
}

/**
 * Deletes log entries older than `retentionDays` (never the newest) and moves
 * the anchor past them, so what remains still verifies. Returns how many went.
 */
export async function purgeLog(retentionDays: number, now: Date, store: UseStore = consentStore()): Promise<number> {
  return store('readwrite', async (objectStore) => {
    const entries = (await promisifyRequest(objectStore.getAll(LOG_RANGE()))) as LogEntry[];
    const purge = entriesToPurge(entries.filter((e) => typeof e?.at === 'string'), retentionDays, now);
    objectStore.put(now.toISOString(), PURGE_CHECKED);
    if (purge.length === 0) return 0;
    const last = purge[purge.length - 1]!;
    const previous = (await promisifyRequest(objectStore.get(ANCHOR_KEY))) as ChainAnchor | undefined;
    for (const entry of purge) objectStore.delete([LOG, entry.seq]);
    const anchor: ChainAnchor = { seq: last.seq, hash: last.hash, purgedAt: now.toISOString(), purged: (previous?.purged ?? 0) + purge.length };
    objectStore.put(anchor, ANCHOR_KEY);
    await promisifyRequest(objectStore.transaction);
    return purge.length;
  });
}
