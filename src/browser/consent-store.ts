/**
 * The consent database: IndexedDB `cookie-consent`, object store `consent`,
 * through idb-keyval. Keys: `current` (the decision in force), `head` (the last
 * log entry's seq and hash) and `["log", seq]` (the append-only log).
 */
import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { parseStoredState, type ConsentState } from '../core/consent.js';
import { createEntry, type ChainHead, type EntryContext, type LogEntry } from '../core/log.js';

export const DATABASE_NAME = 'cookie-consent';
export const OBJECT_STORE_NAME = 'consent';
const CURRENT_KEY = 'current';
const HEAD_KEY = 'head';
const LOG_PREFIX = 'log';

/** Thrown inside a write transaction when another tab appended first; the write is retried. */
class ChainMoved extends Error {}

let defaultStore: UseStore | undefined;

/** The store is opened on first use, not at import, so merely loading the script touches no storage. */
export function consentStore(): UseStore {
  defaultStore ??= createStore(DATABASE_NAME, OBJECT_STORE_NAME);
  return defaultStore;
}

function sameHead(a: ChainHead | undefined, b: ChainHead | null): boolean {
  return (a?.seq ?? null) === (b?.seq ?? null) && (a?.hash ?? null) === (b?.hash ?? null);
}

function parseHead(value: unknown): ChainHead | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, hash } = value as Record<string, unknown>;
  return Number.isInteger(seq) && typeof hash === 'string' ? { seq: seq as number, hash } : null;
}

/** Reads the decision in force. A corrupt or foreign record reads as no decision. */
export async function readDecision(store: UseStore = consentStore()): Promise<ConsentState | null> {
  return parseStoredState(await get(CURRENT_KEY, store));
}

/**
 * Stores a decision and its log entry in one transaction, so the current
 * decision and the log can never disagree. The entry's hash is computed before
 * the transaction (Web Crypto is asynchronous and would let the transaction
 * commit early); if another tab appended meanwhile, the entry is rebuilt on the
 * new head and written again.
 */
export async function recordDecision(
  state: ConsentState,
  context: EntryContext,
  store: UseStore = consentStore(),
): Promise<LogEntry> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const head = parseHead(await get(HEAD_KEY, store));
    const entry = await createEntry(state, context, head);
    try {
      await store('readwrite', async (objectStore) => {
        const current = parseHead(await promisifyRequest(objectStore.get(HEAD_KEY)));
        if (!sameHead(current ?? undefined, head)) throw new ChainMoved();
        objectStore.put(state, CURRENT_KEY);
        objectStore.put(entry, [LOG_PREFIX, entry.seq]);
        objectStore.put({ seq: entry.seq, hash: entry.hash } satisfies ChainHead, HEAD_KEY);
        return promisifyRequest(objectStore.transaction);
      });
      return entry;
    } catch (error) {
      if (!(error instanceof ChainMoved)) throw error;
    }
  }
  throw new Error('cookie-consent: could not append to the consent log (it kept changing under us)');
}

/** Every log entry in this browser, oldest first. */
export async function readLog(store: UseStore = consentStore()): Promise<unknown[]> {
  return store('readonly', (objectStore) => {
    const range = IDBKeyRange.bound([LOG_PREFIX, -Infinity], [LOG_PREFIX, Infinity]);
    return promisifyRequest(objectStore.getAll(range));
  });
}
