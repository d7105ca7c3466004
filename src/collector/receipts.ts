/**
 * Ingest: checks each received log entry against the consent ID's stored
 * chain, stores it (append-only, idempotent on consentId + seq) and answers
 * with a signed receipt. Nothing is silently dropped: an entry that does not
 * fit the chain is stored and flagged; only an entry that is not a valid log
 * entry at all is rejected.
 */
import { canonicalJson, entryHash, GENESIS_HASH, type LogEntry } from '../core/log.js';
import { entryShapeProblems } from '../core/log-verification.js';
import { sha256Hex } from '../core/sha256.js';
import type { CollectorDb, StoredStatus, Storage } from './database.js';
import { isolated, isRetryable, withRetry } from './transaction-retry.js';
import type { ReceiptSigner } from './signing.js';
import type { SiteNames } from './site-names.js';
import { describeError } from '../core/problems.js';

/**
 * `conflict`: the slot was settled before and this entry is not taken into it
 * (it was received once and since purged under the retention policy).
 * `rejected` is only ever signed for an entry the collector never took.
 */
export type ReceiptStatus = 'accepted' | 'duplicate' | 'gap' | 'fork' | 'conflict' | 'rejected';

export interface Receipt {
  /** null only in the receipt of a rejected entry that had no usable value. */
  consentId: string | null;
  seq: number | null;
  hash: string | null;
  /** ISO-8601 UTC: when the collector first stored this entry (the original time for a duplicate). */
  receivedAt: string;
  status: ReceiptStatus;
  /** Why an entry was rejected, or what is wrong with its place in the chain. */
  problems?: string[];
  keyId: string;
  /** Base64url Ed25519 over canonicalJson({ consentId, seq, hash, receivedAt, status }). */
  signature: string;
}

export interface IngestBatch {
  entries: readonly unknown[];
  texts?: Readonly<Record<string, unknown>> | undefined;
  /** Truncated client network, only when the site owner enabled it. */
  ip: string | null;
}

export interface IngestResult {
  receipts: Receipt[];
  textsStored: number;
  /** Texts that hash right but were not archived: not shaped like a shown text, outside --categories, or past the caps. */
  textsRefused: number;
  /** Database errors that cost one entry (or text) of the batch, not the others: for the log. */
  failures: unknown[];
}

/** Consent IDs are random UUIDs; printable ASCII up to this length keeps keys and indexes sane. */
const CONSENT_ID = /^[\x21-\x7e]{1,200}$/;
/** seq is stored as a 32-bit integer (PostgreSQL's `integer`, and the same limit on SQLite); no browser makes two billion decisions. */
export const MAX_SEQ = 2 ** 31 - 1;
const HEX64 = /^[0-9a-f]{64}$/;

interface Outcome {
  status: Exclude<ReceiptStatus, 'rejected'>;
  receivedAt: string;
  problems?: string[];
}

/** Everything that makes an entry unacceptable, or [] for a valid one. */
async function entryProblems(value: unknown): Promise<string[]> {
  const problems = entryShapeProblems(value);
  if (problems.length > 0) return problems;
  const entry = value as LogEntry;
  if (!CONSENT_ID.test(entry.consentId)) problems.push('consentId: expected at most 200 printable ASCII characters');
  if (entry.seq > MAX_SEQ) problems.push(`seq: expected at most ${MAX_SEQ}`);
  if (problems.length > 0) return problems;
  try {
    if ((await entryHash(entry)) !== entry.hash) problems.push('hash: does not match the entry\'s content (SHA-256 of its canonical JSON without "hash")');
  } catch (error) {
    // canonicalJson recurses: absurdly nested input ends here, not in a crash.
    problems.push(`the entry cannot be hashed (${describeError(error)})`);
  }
  return problems;
}

/** An entry for a slot that already holds a different one: kept beside it in `flags`, never over it. */
async function recordSlotFork(trx: CollectorDb, entry: LogEntry, json: string, storedHash: string, receivedAt: string, ip: string | null): Promise<Outcome> {
  const problem = `seq ${entry.seq} of this consent ID is already stored with hash ${storedHash.slice(0, 12)}…: both are kept, this one flagged as a fork`;
  await trx
    .insertInto('flags')
    .values({ consent_id: entry.consentId, seq: entry.seq, hash: entry.hash, kind: 'fork', problem, entry: json, text_hash: entry.textHash, received_at: receivedAt, in_entries: 0, ip })
    .onConflict((conflict) => conflict.columns(['consent_id', 'seq', 'hash']).doNothing())
    .execute();
  const flag = await trx
    .selectFrom('flags')
    .select('received_at')
    .where('consent_id', '=', entry.consentId)
    .where('seq', '=', entry.seq)
    .where('hash', '=', entry.hash)
    .executeTakeFirstOrThrow();
  return { status: 'fork', receivedAt: flag.received_at, problems: [problem] };
}

/** Where the entry sits in its chain: checked against the stored neighbours (or the retention anchor). */
function chainStatus(
  entry: LogEntry,
  previous: { hash: string; what: string } | undefined,
  next: { prev_hash: string } | undefined,
): { status: StoredStatus; problem?: string } {
  if (previous === undefined) {
    return { status: 'gap', problem: `no entry with seq ${entry.seq - 1} is stored for this consent ID: entries are missing before this one` };
  }
  if (previous.hash !== entry.prevHash) {
    return { status: 'fork', problem: `prevHash does not match ${previous.what}: the chain forks here` };
  }
  if (next && next.prev_hash !== entry.hash) {
    return { status: 'fork', problem: `the stored entry seq ${entry.seq + 1} does not chain to this one: the chain forks here` };
  }
  return { status: 'accepted' };
}

type Stored = Outcome | { rejected: string[] };

/** An entry for a seq the retention purge already removed: never stored again, and never signed "rejected". */
function purgedSlot(entry: LogEntry, anchor: { seq: number; hash: string; purged_at: string }, receivedAt: string): Outcome {
  if (entry.seq === Number(anchor.seq) && entry.hash === anchor.hash) {
    return { status: 'duplicate', receivedAt, problems: [`already received, then purged under the retention policy on ${anchor.purged_at}; its hash is kept as where the chain continues`] };
  }
  return {
    status: 'conflict',
    receivedAt,
    problems: [`seq ${entry.seq}: entries up to seq ${anchor.seq} of this consent ID were received and then purged under the retention policy; this one is not taken into that slot`],
  };
}

async function storeEntry(trx: CollectorDb, names: SiteNames, entry: LogEntry, receivedAt: string, ip: string | null): Promise<Stored> {
  const json = canonicalJson(entry);
  // Two tries: a concurrent request may fill the slot between our read and our insert.
  for (let attempt = 0; attempt < 2; attempt++) {
    const neighbours = await trx
      .selectFrom('entries')
      .select(['seq', 'hash', 'prev_hash', 'received_at'])
      .where('consent_id', '=', entry.consentId)
      .where('seq', '>=', entry.seq - 1)
      // Clamped: seq + 1 past the integer range fails on PostgreSQL, and there is no such neighbour anyway.
      .where('seq', '<=', Math.min(entry.seq + 1, MAX_SEQ))
      .execute();
    const at = (seq: number) => neighbours.find((row) => Number(row.seq) === seq);
    const existing = at(entry.seq);
    // An entry the collector already has is a duplicate, whatever limits came in since it was taken.
    if (existing?.hash === entry.hash) return { status: 'duplicate', receivedAt: existing.received_at };

    let previous: { hash: string; what: string } | undefined;
    const stored = at(entry.seq - 1);
    if (stored) previous = { hash: stored.hash, what: `the stored entry seq ${entry.seq - 1}` };
    else if (!existing) {
      // No stored predecessor: the chain may start here, continue from a retention anchor, or have a gap.
      const anchor = await trx.selectFrom('anchors').select(['seq', 'hash', 'purged_at']).where('consent_id', '=', entry.consentId).executeTakeFirst();
      if (anchor && entry.seq <= Number(anchor.seq)) return purgedSlot(entry, anchor, receivedAt);
      if (anchor && Number(anchor.seq) === entry.seq - 1) previous = { hash: anchor.hash, what: `the retention anchor (the last purged entry, seq ${anchor.seq})` };
      else if (entry.seq === 0) previous = { hash: GENESIS_HASH, what: 'the start of a chain (seq 0 has 64 zeros as prevHash)' };
    }

    // What an anonymous sender can store is bounded: checked before anything of this entry is written.
    const problems = await names.entryProblems(trx, entry, json);
    if (problems.length > 0) return { rejected: problems };
    if (existing) return recordSlotFork(trx, entry, json, existing.hash, receivedAt, ip);

    const { status, problem } = chainStatus(entry, previous, at(entry.seq + 1));

    const inserted = await trx
      .insertInto('entries')
      .values({ consent_id: entry.consentId, seq: entry.seq, hash: entry.hash, prev_hash: entry.prevHash, text_hash: entry.textHash, entry: json, received_at: receivedAt, status, ip })
      .onConflict((conflict) => conflict.columns(['consent_id', 'seq']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
    if (status === 'accepted') return { status, receivedAt };
    await trx
      .insertInto('flags')
      .values({ consent_id: entry.consentId, seq: entry.seq, hash: entry.hash, kind: status, problem: problem!, entry: json, text_hash: entry.textHash, received_at: receivedAt, in_entries: 1, ip })
      .onConflict((conflict) => conflict.columns(['consent_id', 'seq', 'hash']).doNothing())
      .execute();
    return { status, receivedAt, problems: [problem!] };
  }
  throw new Error(`could not store ${entry.consentId}/${entry.seq}: the slot keeps changing`);
}

/**
 * Texts whose content hashes to the key they are filed under, in canonical
 * form; only those an entry of the same request refers to.
 */
async function verifiedTexts(texts: IngestBatch['texts'], referenced: ReadonlySet<string>): Promise<{ hash: string; text: string; value: object }[]> {
  const verified: { hash: string; text: string; value: object }[] = [];
  for (const [hash, text] of Object.entries(texts ?? {})) {
    if (!referenced.has(hash) || !HEX64.test(hash) || typeof text !== 'object' || text === null) continue;
    try {
      const canonical = canonicalJson(text);
      if ((await sha256Hex(canonical)) === hash) verified.push({ hash, text: canonical, value: text });
    } catch {
      // Unhashable (absurdly nested): not stored, like any text that does not match its hash.
    }
  }
  return verified;
}

/** Stores a batch in one transaction and returns one signed receipt per entry, in order. */
export async function ingestBatch(storage: Storage, signer: ReceiptSigner, names: SiteNames, batch: IngestBatch): Promise<IngestResult> {
  const receivedAt = new Date().toISOString();
  const checks = await Promise.all(batch.entries.map(entryProblems));
  const referenced = new Set(batch.entries.filter((_, index) => checks[index]!.length === 0).map((value) => (value as LogEntry).textHash));
  const texts = await verifiedTexts(batch.texts, referenced);

  // Fast path: the whole batch in one transaction. Only when that fails for a reason other than a
  // deadlock is it run again with a savepoint around each item, so one bad item costs only itself.
  const store = (isolate: boolean) => withRetry(async () => {
    const trx = await storage.db.startTransaction().execute();
    const item = async <T>(run: (db: CollectorDb) => Promise<T>): Promise<{ value: T } | { error: unknown }> =>
      isolate ? isolated(trx, run) : { value: await run(trx) };
    try {
      const failures: unknown[] = [];
      // Texts first: an entry of this request may use the names its text brings.
      let stored = 0;
      let refused = 0;
      for (const { hash, text, value } of texts) {
        const result = await item(async (db) => {
          if (!(await names.learnText(db, value, receivedAt))) return -1;
          const insert = await db.insertInto('texts').values({ hash, text, received_at: receivedAt }).onConflict((conflict) => conflict.column('hash').doNothing()).executeTakeFirst();
          return Number(insert.numInsertedOrUpdatedRows ?? 0n);
        });
        if ('error' in result) failures.push(result.error);
        else if (result.value < 0) refused += 1;
        else stored += result.value;
      }
      const results: (Stored | null)[] = [];
      for (const [index, value] of batch.entries.entries()) {
        if (checks[index]!.length > 0) {
          results.push(null);
          continue;
        }
        const result = await item((db) => storeEntry(db, names, value as LogEntry, receivedAt, batch.ip));
        if ('value' in result) results.push(result.value);
        else {
          failures.push(result.error);
          results.push({ rejected: ['the collector could not store this entry (a database error, logged on the server); it was not kept'] });
        }
      }
      await trx.commit().execute();
      return { results, stored, refused, failures };
    } catch (error) {
      await trx.rollback().execute().catch(() => undefined);
      throw error;
    }
  });
  let outcomes;
  try {
    outcomes = await store(false);
  } catch (error) {
    if (isRetryable(error)) throw error;
    outcomes = await store(true);
  }

  const receipts = batch.entries.map((value, index): Receipt => {
    const record = value as Record<string, unknown>;
    const outcome = outcomes.results[index];
    const base = {
      consentId: typeof record['consentId'] === 'string' ? record['consentId'] : null,
      seq: Number.isInteger(record['seq']) ? (record['seq'] as number) : null,
      hash: typeof record['hash'] === 'string' ? record['hash'] : null,
    };
    const signed =
      outcome === null || outcome === undefined || 'rejected' in outcome
        ? { ...base, receivedAt, status: 'rejected' as const }
        : { ...base, receivedAt: outcome.receivedAt, status: outcome.status };
    const problems = outcome === null || outcome === undefined ? checks[index]! : 'rejected' in outcome ? outcome.rejected : outcome.problems;
    return { ...signed, ...(problems?.length ? { problems } : {}), keyId: signer.keyId, signature: signer.sign(signed) };
  });
  return { receipts, textsStored: outcomes.stored, textsRefused: outcomes.refused, failures: outcomes.failures };
}
