/**
 * Verifies an exported log file (`cookie-consent-log/1`) as an auditor
 * receives it: the file's shape, every entry, the hash chain, and that each
 * archived text really hashes to the key it is filed under. The browser's
 * `verifyLog()`, the command-line verifier and the audit page all use this.
 */
import { EXPORT_FORMAT } from './export.js';
import { canonicalJson, type ChainAnchor, type ChainProblem } from './log.js';
import { verifyChain } from './log-verification.js';
import { describeError, isRecord } from './problems.js';
import { sha256Hex } from './sha256.js';

export interface ExportVerification {
  ok: boolean;
  /** Entries in the file. */
  entries: number;
  /** Archived texts in the file. */
  texts: number;
  problems: ChainProblem[];
  /** Things worth knowing that do not make the file invalid (e.g. an empty log). */
  notes: string[];
}

const fail = (problem: string): ExportVerification => ({ ok: false, entries: 0, texts: 0, problems: [{ seq: null, problem }], notes: [] });

function parseAnchor(value: unknown): ChainAnchor | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || !Number.isInteger(value['seq']) || typeof value['hash'] !== 'string') return undefined;
  return value as unknown as ChainAnchor;
}

/** Parses the file's text; a non-JSON, truncated or too deeply nested file gives one clear problem. */
export function parseExportText(text: string): { value: unknown } | { error: string } {
  // The CSV export is for spreadsheets: it carries neither the archived texts nor the anchor that verification needs.
  if (/^\uFEFF?"?consentId"?,/.test(text)) {
    return { error: "this is the CSV export: verification needs the JSON export of the same log (exportLog('json'), or \"Download JSON\" under Consent history)" };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = describeError(error);
    return { error: `the file is not valid JSON (${reason}); it may be truncated or not an export at all` };
  }
}

/**
 * One browser's log is one chain. A collector's export holds many browsers'
 * logs, one chain per consent ID, so each is checked on its own (the retention
 * anchor, when present, belongs to a single-browser export).
 */
async function verifyChains(entries: unknown[], anchor: ChainAnchor | null): Promise<ChainProblem[]> {
  const byConsentId = new Map<unknown, unknown[]>();
  for (const entry of entries) {
    const id = isRecord(entry) ? entry['consentId'] : undefined;
    byConsentId.set(id, [...(byConsentId.get(id) ?? []), entry]);
  }
  if (byConsentId.size <= 1) return (await verifyChain(entries, anchor)).problems;
  const problems: ChainProblem[] = [];
  for (const [id, chain] of byConsentId) {
    for (const { seq, problem } of (await verifyChain(chain, null)).problems) {
      problems.push({ seq, problem: `consent ID ${String(id)}: ${problem}` });
    }
  }
  return problems;
}

/** Checks an export object. Never throws. */
export async function verifyExport(value: unknown): Promise<ExportVerification> {
  try {
    if (!isRecord(value)) return fail('expected a JSON object, the export of CookieConsent.exportLog("json")');
    if (value['format'] !== EXPORT_FORMAT) {
      return fail(`expected "format": "${EXPORT_FORMAT}", got ${JSON.stringify(value['format'])?.slice(0, 80) ?? 'nothing'}`);
    }
    const entries = value['entries'];
    if (!Array.isArray(entries)) return fail('expected "entries" to be an array');
    const texts = value['texts'] ?? {};
    if (!isRecord(texts)) return fail('expected "texts" to be an object mapping text hashes to texts');
    const anchor = parseAnchor(value['anchor']);
    if (anchor === undefined) return fail('expected "anchor" to be null or { seq, hash }');

    const problems = await verifyChains(entries, anchor);
    const notes: string[] = [];
    if (entries.length === 0) notes.push('the log is empty: no decision was recorded (or every one was purged)');
    if (anchor) notes.push(`entries up to seq ${anchor.seq} were purged under the retention policy; the chain continues from there`);

    for (const [hash, text] of Object.entries(texts)) {
      if ((await sha256Hex(canonicalJson(text))) !== hash) {
        problems.push({ seq: null, problem: `the archived text filed under ${hash.slice(0, 12)}… does not hash to that value: it was edited` });
      }
    }
    const missing = new Set<string>();
    for (const entry of entries) {
      const hash = isRecord(entry) ? entry['textHash'] : undefined;
      if (typeof hash === 'string' && !Object.hasOwn(texts, hash)) missing.add(hash);
    }
    if (missing.size > 0) notes.push(`${missing.size} text hash(es) have no archived text in this file`);

    return { ok: problems.length === 0, entries: entries.length, texts: Object.keys(texts).length, problems, notes };
  } catch (error) {
    // Hostile input (absurd nesting, for one) must end in a verdict, not a crash.
    return fail(`the file could not be checked (${describeError(error)})`);
  }
}
