/**
 * Checking a consent log: each entry's shape and hash, and the chain between
 * them. Apart from log.ts because recording a decision never needs it: in the
 * browser it is fetched only when someone verifies or exports the log.
 */
import { CONSENT_ACTIONS, CONSENT_SOURCES } from './consent.js';
import { entryHash, GENESIS_HASH, type ChainHead, type ChainProblem, type LogEntry, type VerificationResult } from './log.js';

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Schema problems of one entry, as plain sentences. */
export function entryShapeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['is not an object'];
  const e = value as Record<string, unknown>;
  const problems: string[] = [];
  const need = (ok: boolean, text: string): void => {
    if (!ok) problems.push(text);
  };
  need(typeof e['consentId'] === 'string' && e['consentId'] !== '', 'consentId: expected a non-empty string');
  need(Number.isInteger(e['seq']) && (e['seq'] as number) >= 0, 'seq: expected a whole number ≥ 0');
  need(typeof e['at'] === 'string' && ISO_UTC.test(e['at']), 'at: expected an ISO-8601 UTC time');
  need((CONSENT_ACTIONS as readonly unknown[]).includes(e['action']), `action: expected one of ${CONSENT_ACTIONS.join(', ')}`);
  need((CONSENT_SOURCES as readonly unknown[]).includes(e['source']), `source: expected one of ${CONSENT_SOURCES.join(', ')}`);
  const categories = e['categories'];
  need(
    typeof categories === 'object' && categories !== null && Object.values(categories).every((v) => typeof v === 'boolean'),
    'categories: expected an object of true/false',
  );
  need(Number.isInteger(e['revision']), 'revision: expected a whole number');
  need(typeof e['language'] === 'string', 'language: expected a string');
  need(typeof e['gpc'] === 'boolean', 'gpc: expected true or false');
  need(typeof e['expiresAt'] === 'string' && ISO_UTC.test(e['expiresAt']), 'expiresAt: expected an ISO-8601 UTC time');
  need(typeof e['textHash'] === 'string' && HEX64.test(e['textHash']), 'textHash: expected 64 hex digits');
  need(typeof e['url'] === 'string', 'url: expected a string');
  need(typeof e['prevHash'] === 'string' && HEX64.test(e['prevHash']), 'prevHash: expected 64 hex digits');
  need(typeof e['hash'] === 'string' && HEX64.test(e['hash']), 'hash: expected 64 hex digits');
  return problems;
}

/**
 * Checks a log: each entry's shape and own hash, sequence numbers from 0 (or
 * from just after the retention anchor) without gaps, and each `prevHash` equal
 * to the previous entry's hash. Names the entry that was edited, removed,
 * inserted or moved.
 */
export async function verifyChain(entries: readonly unknown[], anchor: ChainHead | null = null): Promise<VerificationResult> {
  const problems: ChainProblem[] = [];
  // After a retention purge the log starts after the anchor: the last purged entry's seq and hash.
  let previousHash = anchor ? anchor.hash : GENESIS_HASH;
  let expectedSeq = anchor ? anchor.seq + 1 : 0;
  for (const [index, value] of entries.entries()) {
    const seq = typeof value === 'object' && value !== null && Number.isInteger((value as LogEntry).seq) ? (value as LogEntry).seq : null;
    const shape = entryShapeProblems(value);
    if (shape.length > 0) {
      for (const problem of shape) problems.push({ seq, problem: `entry ${index}: ${problem}` });
      expectedSeq += 1;
      continue;
    }
    const entry = value as LogEntry;
    if (entry.seq !== expectedSeq) {
      problems.push({
        seq: entry.seq,
        problem: entry.seq > expectedSeq
          ? `expected seq ${expectedSeq} here: entries ${expectedSeq}–${entry.seq - 1} are missing or out of order`
          : `seq ${entry.seq} comes after seq ${expectedSeq - 1}: an entry was inserted or moved`,
      });
    }
    if ((await entryHash(entry)) !== entry.hash) {
      problems.push({ seq: entry.seq, problem: 'its content does not match its hash: the entry was edited' });
    }
    if (entry.prevHash !== previousHash) {
      problems.push({ seq: entry.seq, problem: 'prevHash does not match the previous entry: the chain is broken before this entry' });
    }
    previousHash = entry.hash;
    expectedSeq = entry.seq + 1;
  }
  return { ok: problems.length === 0, entries: entries.length, problems };
}
