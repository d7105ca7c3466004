/**
 * Sends log entries (and each new text, once per hash) to the site owner's
 * consent-receipt collector, and keeps the signed receipts beside the entries.
 *
 * The outbox is simply "every log entry without a receipt": nothing extra to
 * keep in step, and an entry written while offline or while the collector is
 * down is sent on a later try or a later page load. Sending never blocks the
 * page: it starts after a decision is stored, backs off on failure, and uses
 * `keepalive` when the page is being hidden so a last batch can outlive it.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { LogEntry } from '../core/log.js';
import type { ShownText } from '../core/shown-text.js';
import { consentStore } from './consent-store.js';
import { describeError } from '../core/problems.js';

/** What the collector answers for each entry. */
export interface Receipt {
  consentId: string;
  seq: number;
  hash: string;
  receivedAt: string;
  status: 'accepted' | 'duplicate' | 'gap' | 'fork' | 'conflict' | 'rejected';
  problems?: string[];
  keyId: string;
  signature: string;
}

const RECEIPT = 'receipt';
const TEXT = 'text';
/** Texts the collector already has: each is sent once per hash. */
const TEXT_SENT = 'text-sent';
const BATCH = 100;
const MAX_BACKOFF_MS = 5 * 60 * 1000;
const KEEPALIVE_LIMIT = 60 * 1024;

const range = (prefix: string): IDBKeyRange => IDBKeyRange.bound([prefix, -Infinity], [prefix, Infinity]);

function isReceipt(value: unknown): value is Receipt {
  const r = value as Partial<Receipt> | null;
  return typeof r === 'object' && r !== null && typeof r.consentId === 'string' && Number.isInteger(r.seq) && typeof r.status === 'string';
}

/** Entries that have no receipt yet, oldest first, with the texts they refer to. */
async function pending(store: UseStore, limit: number): Promise<{ entries: LogEntry[]; texts: Record<string, ShownText> }> {
  return store('readonly', async (objectStore) => {
    const [entries, receiptKeys] = await Promise.all([
      promisifyRequest(objectStore.getAll(range('log'))) as Promise<LogEntry[]>,
      promisifyRequest(objectStore.getAllKeys(range(RECEIPT))),
    ]);
    const receipted = new Set(receiptKeys.map((key) => (key as [string, number])[1]));
    const unsent = entries.filter((entry) => !receipted.has(entry.seq)).slice(0, limit);
    const texts: Record<string, ShownText> = {};
    for (const hash of new Set(unsent.map((entry) => entry.textHash))) {
      if ((await promisifyRequest(objectStore.count([TEXT_SENT, hash]))) > 0) continue;
      const text = (await promisifyRequest(objectStore.get([TEXT, hash]))) as ShownText | undefined;
      if (text) texts[hash] = text;
    }
    return { entries: unsent, texts };
  });
}

/** This browser's receipts, keyed by log seq. */
export async function readReceipts(store: UseStore = consentStore()): Promise<Map<number, Receipt>> {
  const receipts = (await store('readonly', (objectStore) => promisifyRequest(objectStore.getAll(range(RECEIPT))))) as unknown[];
  return new Map(receipts.filter(isReceipt).map((receipt) => [receipt.seq, receipt]));
}

export class ReceiptOutbox {
  #sending: Promise<void> | null = null;
  #batchSize = BATCH;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly collectorUrl: string,
    private readonly win: Window,
    private readonly store: UseStore = consentStore(),
  ) {
    // A last try as the page goes away; keepalive lets the request finish after unload.
    win.addEventListener('pagehide', () => void this.flush({ keepalive: true }));
  }

  /** Sends what is pending, now; overlapping calls share one run. Never rejects. */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    this.#sending ??= this.#send(options.keepalive === true).finally(() => (this.#sending = null));
    return this.#sending;
  }

  async #send(keepalive: boolean): Promise<void> {
    try {
      for (;;) {
        const batch = await pending(this.store, this.#batchSize);
        if (batch.entries.length === 0) break;
        const body = JSON.stringify(batch);
        // Browsers refuse keepalive bodies over 64 KB; a smaller batch goes instead.
        if (keepalive && body.length > KEEPALIVE_LIMIT && this.#shrink()) continue;
        const response = await this.win.fetch(this.#endpoint(), {
          method: 'POST',
          // text/plain keeps this a "simple" request: no CORS preflight, so it can go out as the page unloads.
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
          body,
          credentials: 'omit',
          keepalive,
        });
        // Too large or refused as a whole: try fewer entries at a time before giving up.
        if ((response.status === 413 || response.status === 400) && this.#shrink()) continue;
        if (!response.ok) throw new Error(`the collector answered HTTP ${response.status}`);
        const { receipts } = (await response.json()) as { receipts?: unknown[] };
        const sent = new Set(batch.entries.map((entry) => entry.seq));
        const valid = (receipts ?? []).filter((receipt): receipt is Receipt => isReceipt(receipt) && sent.has(receipt.seq));
        // Without progress the same batch would go out again at once: treat it as a failure and back off.
        if (valid.length === 0) throw new Error('the collector sent no receipts for these entries');
        await this.store('readwrite', (objectStore) => {
          for (const receipt of valid) objectStore.put(receipt, [RECEIPT, receipt.seq]);
          for (const hash of Object.keys(batch.texts)) objectStore.put(true, [TEXT_SENT, hash]);
          return promisifyRequest(objectStore.transaction);
        });
        if (keepalive) break;
      }
      this.#failures = 0;
    } catch (error) {
      this.#retryLater(error);
    }
  }

  #endpoint(): URL {
    return new URL('v1/receipts', this.collectorUrl.endsWith('/') ? this.collectorUrl : `${this.collectorUrl}/`);
  }

  /** Halves the batch; false when it is already one entry. */
  #shrink(): boolean {
    if (this.#batchSize <= 1) return false;
    this.#batchSize = Math.max(1, Math.floor(this.#batchSize / 2));
    return true;
  }

  /** Exponential backoff (2 s, 4 s, … up to 5 min) while the page stays open; the next page load tries again anyway. */
  #retryLater(error: unknown): void {
    this.#failures += 1;
    if (this.#failures === 1) {
      console.warn(`cookie-consent: could not reach the consent collector (${describeError(error)}); will retry`);
    }
    if (this.#timer !== null) return;
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.#failures);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, delay);
  }
}
