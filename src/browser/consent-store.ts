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
 *
 * Reading is here; appending to the log and purging it (which need the hash
 * chain code) are in consent-log-store.ts, which only the engine chunk loads.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { CachedConfig } from '../core/config-cache.js';
import { parseStoredState, type ConsentState } from '../core/consent.js';
import type { ChainAnchor } from '../core/log.js';
import type { ShownText } from '../core/shown-text.js';

export const DATABASE_NAME = 'cookie-consent';
export const OBJECT_STORE_NAME = 'consent';
export const CURRENT_KEY = 'current';
export const ANCHOR_KEY = 'anchor';
export const LOG = 'log';
export const TEXT = 'text';
const QUARANTINE = 'quarantine';
const CONFIG = 'config';
export const PURGE_CHECKED = 'purge-checked';
/** Validated configs kept at once: enough for a site with a few differently configured sections. */
const CACHED_CONFIGS = 5;
export const LOG_RANGE = (): IDBKeyRange => IDBKeyRange.bound([LOG, -Infinity], [LOG, Infinity]);

interface ConsentDatabase {
  store: UseStore;
  /**
   * True as soon as this open turns out to create the database; false once it
   * opened an existing one (or failed), and false for good once it is open.
   * A new database holds nothing, and on a first visit creating it is the
   * slowest step before the banner: the loader need not wait for it to finish
   * to know there is no decision.
   */
  isNew: Promise<boolean>;
}

let database: ConsentDatabase | undefined;

/**
 * Opened on first use, not at import, so merely loading the script touches no
 * storage. idb-keyval's own `createStore`, plus the `isNew` signal it lacks.
 */
function openDatabase(): ConsentDatabase {
  if (database) return database;
  let isNew!: (created: boolean) => void;
  const created = new Promise<boolean>((resolve) => (isNew = resolve));
  // Inside a promise, so that a browser refusing storage (a sandboxed frame) rejects instead of throwing.
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onupgradeneeded = (event) => {
      request.result.createObjectStore(OBJECT_STORE_NAME);
      if (event.oldVersion === 0) isNew(true);
    };
    promisifyRequest(request).then(resolve, reject);
  });
  const current: ConsentDatabase = {
    store: (mode, callback) => opened.then((db) => callback(db.transaction(OBJECT_STORE_NAME, mode).objectStore(OBJECT_STORE_NAME))),
    isNew: created,
  };
  const settled = (): void => {
    isNew(false);
    // Once open, the database is no longer new: it may hold what this page has written since.
    current.isNew = Promise.resolve(false);
  };
  opened.then(settled, settled);
  database = current;
  return current;
}

export function consentStore(): UseStore {
  return openDatabase().store;
}

/**
 * Values of these keys, in one transaction. (idb-keyval's get and getMany
 * would bring its own default database's code along, for nothing.)
 */
function readKeys(keys: IDBValidKey[], store: UseStore): Promise<unknown[]> {
  return store('readonly', (objectStore) => Promise.all(keys.map((key) => promisifyRequest(objectStore.get(key)))));
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
  const [raw] = await readKeys([CURRENT_KEY], store);
  return checkDecision(raw, store);
}

/**
 * The same for a `current` record already read (the loader reads it with the
 * rest of what a page needs at start). Storage is touched only to quarantine.
 */
export async function checkDecision(raw: unknown, store: UseStore = consentStore()): Promise<StoredDecision> {
  if (raw === undefined) return { state: null, quarantined: false };
  const state = parseStoredState(raw);
  if (state) return { state, quarantined: false };
  await store('readwrite', async (objectStore) => {
    // Read again inside the transaction: another tab may have stored a valid decision since.
    const now: unknown = await promisifyRequest(objectStore.get(CURRENT_KEY));
    if (now === undefined || parseStoredState(now)) return;
    objectStore.put({ key: CURRENT_KEY, value: now, reason: 'not a valid decision record' }, [QUARANTINE, new Date().toISOString()]);
    objectStore.delete(CURRENT_KEY);
    await promisifyRequest(objectStore.transaction);
  });
  return { state: null, quarantined: true };
}

/**
 * What the loader needs on every page, in one transaction: the current record,
 * the cached config, the last purge. From a database this very read created,
 * nothing: answered without waiting for the creation to finish.
 */
export function readStartup(configKey: string): Promise<unknown[]> {
  const { store, isNew } = openDatabase();
  const read = readKeys([CURRENT_KEY, [CONFIG, configKey], PURGE_CHECKED], store);
  // When the answer is "nothing", the read's own outcome no longer matters.
  read.catch(() => undefined);
  return isNew.then((created) => (created ? [undefined, undefined, undefined] : read));
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

/** Every log entry in this browser, oldest first, exactly as stored. */
export function readLog(store: UseStore = consentStore()): Promise<unknown[]> {
  return store('readonly', (objectStore) => promisifyRequest(objectStore.getAll(LOG_RANGE())));
}

export function readAnchor(store: UseStore = consentStore()): Promise<ChainAnchor | null> {
  return readKeys([ANCHOR_KEY], store).then(([anchor]) => (anchor as ChainAnchor | undefined) ?? null);
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

