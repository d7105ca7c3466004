/**
 * The consent engine's heavier half, fetched only when it is needed: writing a
 * decision to the hash-chained log, the text archive, export and verification,
 * and the collector outbox. A returning visitor who does nothing never loads it.
 * What only some pages need comes in chunks of its own, imported from here when
 * needed: the collector outbox (pages whose config names a collector).
 */
import { recordDecision } from '../browser/consent-log-store.js';
import type { Receipt, ReceiptOutbox } from '../browser/receipt-outbox.js';
import { readAnchor, readLog, readTexts } from '../browser/consent-store.js';
import type { ConsentConfig } from '../core/config.js';
import type { ConsentState } from '../core/consent.js';
import { buildCsvExport, buildJsonExport } from '../core/export.js';
import { verifyChain, type EntryContext, type LogEntry, type VerificationResult } from '../core/log.js';
import { shownText, textHash, type ShownText } from '../core/shown-text.js';
import { WIDGET_VERSION } from '../version.js';

export { purgeLog } from '../browser/consent-log-store.js';

/** The collector's outbox is a chunk of its own: most sites have no collector, and recording does not wait for it. */
const receiptOutbox = () => import('../browser/receipt-outbox.js');

/** An outbox sending this browser's log entries to the collector at `collectorUrl`. */
export async function openReceiptOutbox(collectorUrl: string, win: Window): Promise<ReceiptOutbox> {
  return new (await receiptOutbox()).ReceiptOutbox(collectorUrl, win);
}

/** This browser's receipts from the collector, keyed by log seq. */
export async function readReceipts(): Promise<Map<number, Receipt>> {
  return (await receiptOutbox()).readReceipts();
}

/** The canonical text shown in a language, and its hash. */
export async function describeShownText(
  config: ConsentConfig,
  language: string,
  strings: Record<string, string>,
): Promise<{ text: ShownText; hash: string }> {
  const text = shownText(config, language, strings);
  return { text, hash: await textHash(text) };
}

/** Stores a decision with its log entry and text, in one transaction. */
export function storeDecision(state: ConsentState, context: EntryContext, text: ShownText | null): Promise<LogEntry> {
  return recordDecision(state, context, text);
}

export async function logEntries(): Promise<LogEntry[]> {
  return (await readLog()) as LogEntry[];
}

export async function verifyStoredLog(): Promise<VerificationResult> {
  const [entries, anchor] = await Promise.all([readLog(), readAnchor()]);
  return verifyChain(entries, anchor);
}

/** The auditor's export: JSON (`cookie-consent-log/1`) or CSV. */
export async function exportStoredLog(format: 'json' | 'csv', site: string, categoryOrder: string[]): Promise<string> {
  const [entries, anchor] = await Promise.all([readLog(), readAnchor()]);
  if (format === 'csv') return buildCsvExport(entries, categoryOrder);
  const hashes = entries.map((entry) => (entry as Partial<LogEntry>)?.textHash).filter((hash): hash is string => typeof hash === 'string');
  const exported = buildJsonExport({
    site,
    exportedAt: new Date().toISOString(),
    widgetVersion: WIDGET_VERSION,
    verification: await verifyChain(entries, anchor),
    anchor,
    entries,
    texts: await readTexts(hashes),
  });
  return JSON.stringify(exported, null, 2);
}

export type EngineModule = typeof import('./engine.js');
export type EngineLoader = () => Promise<EngineModule>;
