/**
 * The consent engine's heavier half, fetched only when it is needed: writing a
 * decision to the hash-chained log, the text archive, export and verification,
 * and the collector outbox. A returning visitor who does nothing never loads it.
 * What only some pages need comes in chunks of its own, imported from here when
 * needed: the collector outbox (pages whose config names a collector), and
 * verification and export (an auditor's actions).
 */
import { recordDecision } from '../browser/consent-log-store.js';
import type { Receipt, ReceiptOutbox } from '../browser/receipt-outbox.js';
import { readLog } from '../browser/consent-store.js';
import type { ConsentConfig } from '../core/config.js';
import type { ConsentState } from '../core/consent.js';
import type { EntryContext, LogEntry, VerificationResult } from '../core/log.js';
import { shownText, textHash, type ShownText } from '../core/shown-text.js';

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

/** Verification and export are an auditor's actions, rare: a chunk of their own, which recording never fetches. */
const logAudit = () => import('../browser/log-audit.js');

export async function verifyStoredLog(): Promise<VerificationResult> {
  return (await logAudit()).verifyStoredLog();
}

/** The auditor's export: JSON (`cookie-consent-log/1`) or CSV. */
export async function exportStoredLog(format: 'json' | 'csv', site: string, categoryOrder: string[]): Promise<string> {
  return (await logAudit()).exportStoredLog(format, site, categoryOrder);
}

export type EngineModule = typeof import('./engine.js');
export type EngineLoader = () => Promise<EngineModule>;
