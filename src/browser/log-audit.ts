/**
 * The auditor's actions on the stored log: verifying its chain and exporting it.
 * Rare (an auditor, a visitor opening the consent history), so the engine
 * imports this only then and recording a decision never fetches it.
 */
import { buildCsvExport, buildJsonExport } from '../core/export.js';
import type { LogEntry, VerificationResult } from '../core/log.js';
import { verifyChain } from '../core/log-verification.js';
import { WIDGET_VERSION } from '../version.js';
import { readAnchor, readLog, readTexts } from './consent-store.js';

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
