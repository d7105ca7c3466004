/**
 * Appending to the consent log and purging it: the writes that need the hash
 * chain (core/log.ts and SHA-256), kept apart from consent-store.ts so that
 * only the engine chunk carries them, not every page that merely reads.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { ConsentState } from '../core/consent.js';
import { createEntry, entriesToPurge, type ChainAnchor, type ChainHead, type EntryContext, type LogEntry } from '../core/log.js';
import type { ShownText } from '../core/shown-text.js';
import { ANCHOR_KEY, CURRENT_KEY, LOG, LOG_RANGE, PURGE_CHECKED, TEXT, consentStore } from './consent-store.js';

/** Thrown inside a write transaction when another tab appended first; the write is retried. */
class ChainMoved extends Error {}

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
        // A log that starts now has nothing to purge for a while: the next page need not fetch the engine to look.
        if (head === null) objectStore.put(new Date().toISOString(), PURGE_CHECKED);
        return promisifyRequest(objectStore.transaction);
      });
      return entry;
    } catch (error) {
      if (!(error instanceof ChainMoved)) throw error;
    }
  }
  throw new Error('could not append to the consent log: it kept changing under us');
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
