/**
 * The auditor's export from the collector, in the browser's formats: JSON
 * (`cookie-consent-log/1`, so the same verifier works) and CSV (the same
 * columns). Both are produced as a stream of chunks, reading the database a
 * page at a time, so a large export never sits in memory whole, and giving the
 * event loop a turn every few milliseconds, so that /health and receipts are
 * answered while it runs (on SQLite every query is synchronous: without these
 * turns an export would hold the process until it ended).
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CSV_FIXED_COLUMNS, CSV_TRAILING_COLUMNS, buildJsonExport, csvCategories, csvCell } from '../core/export.js';
import type { ChainAnchor, ChainHead, ChainProblem, LogEntry, VerificationResult } from '../core/log.js';
import { verifyChain } from '../core/log-verification.js';
import { WIDGET_VERSION } from '../version.js';
import type { Storage } from './database.js';

export interface ExportQuery {
  /** Entries received at or after this ISO-8601 UTC time. */
  from?: string | undefined;
  /** Entries received before this ISO-8601 UTC time. */
  to?: string | undefined;
  consentId?: string | undefined;
}

const PAGE_SIZE = 500;
/** Past this many, the verification lists a count instead of every problem. */
const MAX_LISTED_PROBLEMS = 1000;
/** The well-known categories lead the CSV columns, as the widget's default config orders them. */
const CATEGORY_ORDER = ['necessary', 'functional', 'analytics', 'marketing'];

/** Work an export does between two turns of the event loop. */
const SLICE_MS = 5;

/** Gives the event loop a turn whenever SLICE_MS of work has passed since the last one. */
class EventLoopTurns {
  private since = performance.now();

  async take(): Promise<void> {
    if (performance.now() - this.since < SLICE_MS) return;
    await nextTurn();
    this.since = performance.now();
  }
}

interface StoredRow {
  consent_id: string;
  seq: number;
  entry: string;
  /** Set for an entry that found its slot (consent ID, seq) taken by an earlier, different one: kept in `flags` only. */
  slotFork?: { hash: string; receivedAt: string } | undefined;
}

/** The entries that lost their slot to an earlier one, for these consent IDs, by consent ID and seq. */
async function slotForks(storage: Storage, consentIds: string[]): Promise<Map<string, StoredRow[]>> {
  const forks = new Map<string, StoredRow[]>();
  if (consentIds.length === 0) return forks;
  const rows = await storage.db
    .selectFrom('flags')
    .select(['consent_id', 'seq', 'hash', 'entry', 'received_at'])
    .where('in_entries', '=', 0)
    .where('consent_id', 'in', consentIds)
    .orderBy('received_at')
    .orderBy('hash')
    .execute();
  for (const row of rows) {
    const key = `${row.consent_id}\u0000${Number(row.seq)}`;
    const list = forks.get(key) ?? [];
    list.push({ consent_id: row.consent_id, seq: Number(row.seq), entry: row.entry, slotFork: { hash: row.hash, receivedAt: row.received_at } });
    forks.set(key, list);
  }
  return forks;
}

/**
 * The matching entries ordered by consent ID then seq, read by keyset pages
 * (no long-held cursor or lock). Each entry that lost its slot to an earlier
 * one follows the entry holding the slot.
 */
async function* storedEntries(storage: Storage, query: ExportQuery): AsyncGenerator<StoredRow> {
  const turns = new EventLoopTurns();
  let after: { consentId: string; seq: number } | null = null;
  for (;;) {
    let select = storage.db.selectFrom('entries').select(['consent_id', 'seq', 'entry']);
    if (query.from) select = select.where('received_at', '>=', query.from);
    if (query.to) select = select.where('received_at', '<', query.to);
    if (query.consentId !== undefined) select = select.where('consent_id', '=', query.consentId);
    if (after) {
      const { consentId, seq } = after;
      select = select.where((eb) => eb(eb.refTuple('consent_id', 'seq'), '>', eb.tuple(consentId, seq)));
    }
    const page = await select.orderBy('consent_id').orderBy('seq').limit(PAGE_SIZE).execute();
    const forks = await slotForks(storage, [...new Set(page.map((row) => row.consent_id))]);
    for (const row of page) {
      yield { consent_id: row.consent_id, seq: Number(row.seq), entry: row.entry };
      yield* forks.get(`${row.consent_id}\u0000${Number(row.seq)}`) ?? [];
      await turns.take();
    }
    await nextTurn();
    if (page.length < PAGE_SIZE) return;
    const last = page[page.length - 1]!;
    after = { consentId: last.consent_id, seq: Number(last.seq) };
  }
}

/**
 * Where a consent ID's exported run starts in its stored chain: the stored
 * entry just before it (when a date range cut the run), or the retention anchor.
 */
async function startOfRun(storage: Storage, consentId: string, firstSeq: number): Promise<ChainHead | null> {
  if (firstSeq === 0) return null;
  const before = await storage.db
    .selectFrom('entries')
    .select(['seq', 'hash'])
    .where('consent_id', '=', consentId)
    .where('seq', '=', firstSeq - 1)
    .executeTakeFirst();
  if (before) return { seq: Number(before.seq), hash: before.hash };
  const anchor = await storage.db.selectFrom('anchors').select(['seq', 'hash']).where('consent_id', '=', consentId).executeTakeFirst();
  return anchor && Number(anchor.seq) === firstSeq - 1 ? { seq: Number(anchor.seq), hash: anchor.hash } : null;
}

/** Chain verification per consent ID, combined into one result. */
class CombinedVerification {
  private entries = 0;
  private readonly problems: ChainProblem[] = [];
  private unlisted = 0;
  private run: { consentId: string; entries: LogEntry[] } | null = null;

  constructor(private readonly storage: Storage) {}

  /** Adds the next entry (in consent ID, seq order); verifies a consent ID's run when the next one starts. */
  async add(consentId: string, entry: LogEntry, slotFork?: StoredRow['slotFork']): Promise<void> {
    if (slotFork) {
      // Not part of the chain (its slot holds another entry), but in the file, and said so here.
      this.entries += 1;
      this.note(consentId, {
        seq: entry.seq,
        problem: `a different entry (hash ${slotFork.hash.slice(0, 12)}…, received ${slotFork.receivedAt}) came for a slot already taken: both are exported, this one right after the one holding the slot; the chain forks here`,
      });
      return;
    }
    if (this.run && this.run.consentId !== consentId) await this.flush();
    this.run ??= { consentId, entries: [] };
    this.run.entries.push(entry);
  }

  async result(): Promise<VerificationResult> {
    await this.flush();
    const problems = this.unlisted > 0 ? [...this.problems, { seq: null, problem: `… and ${this.unlisted} more problems` }] : this.problems;
    return { ok: problems.length === 0, entries: this.entries, problems };
  }

  private async flush(): Promise<void> {
    if (!this.run) return;
    const { consentId, entries } = this.run;
    this.run = null;
    const start = await startOfRun(this.storage, consentId, entries[0]!.seq);
    const result = await verifyChain(entries, start);
    this.entries += result.entries;
    for (const problem of result.problems) this.note(consentId, problem);
  }

  private note(consentId: string, { seq, problem }: ChainProblem): void {
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ seq, problem: `consentId ${consentId}: ${problem}` });
    else this.unlisted++;
  }
}

/** The retention anchor to put in the file: only for a one-consent-ID export whose chain starts right after it. */
async function exportAnchor(storage: Storage, query: ExportQuery): Promise<ChainAnchor | null> {
  if (query.consentId === undefined) return null;
  const anchor = await storage.db.selectFrom('anchors').selectAll().where('consent_id', '=', query.consentId).executeTakeFirst();
  if (!anchor) return null;
  let first = storage.db.selectFrom('entries').select('seq').where('consent_id', '=', query.consentId);
  if (query.from) first = first.where('received_at', '>=', query.from);
  if (query.to) first = first.where('received_at', '<', query.to);
  const row = await first.orderBy('seq').limit(1).executeTakeFirst();
  if (!row || Number(row.seq) !== Number(anchor.seq) + 1) return null;
  return { seq: Number(anchor.seq), hash: anchor.hash, purgedAt: anchor.purged_at, purged: Number(anchor.purged) };
}

/**
 * The JSON export as chunks. The envelope comes first, then the entries one
 * by one, then `texts` and `verification`, which are only known once every
 * entry has been read (key order means nothing in JSON).
 */
export async function* jsonExportChunks(storage: Storage, query: ExportQuery, site: string): AsyncGenerator<string> {
  const anchor = await exportAnchor(storage, query);
  const pending: VerificationResult = { ok: false, entries: 0, problems: [] };
  const { entries: _entries, texts: _texts, verification: _verification, ...head } = buildJsonExport({
    site,
    exportedAt: new Date().toISOString(),
    widgetVersion: WIDGET_VERSION,
    verification: pending,
    anchor,
    entries: [],
    texts: {},
  });
  yield `${JSON.stringify(head).slice(0, -1)},"entries":[`;

  const verification = new CombinedVerification(storage);
  const textHashes = new Set<string>();
  let first = true;
  for await (const row of storedEntries(storage, query)) {
    const entry = JSON.parse(row.entry) as LogEntry;
    await verification.add(row.consent_id, entry, row.slotFork);
    textHashes.add(entry.textHash);
    // The stored text is the entry's canonical JSON: written as is, it hashes as it did on arrival.
    yield `${first ? '' : ','}\n${row.entry}`;
    first = false;
  }

  yield '\n],"texts":{';
  first = true;
  const hashes = [...textHashes];
  for (let index = 0; index < hashes.length; index += PAGE_SIZE) {
    const rows = await storage.db.selectFrom('texts').select(['hash', 'text']).where('hash', 'in', hashes.slice(index, index + PAGE_SIZE)).orderBy('hash').execute();
    for (const { hash, text } of rows) {
      yield `${first ? '' : ','}\n${JSON.stringify(hash)}:${text}`;
      first = false;
    }
    await nextTurn();
  }
  yield `\n},"verification":${JSON.stringify(await verification.result())}}\n`;
}

/**
 * The CSV export as chunks: the same columns as the browser's `buildCsvExport`.
 * The header needs every category first, so the entries are read twice.
 */
export async function* csvExportChunks(storage: Storage, query: ExportQuery): AsyncGenerator<string> {
  const seen: Record<string, boolean> = {};
  for await (const row of storedEntries(storage, query)) {
    const { categories } = JSON.parse(row.entry) as LogEntry;
    for (const key of Object.keys(categories)) seen[key] = true;
  }
  const categories = csvCategories([{ categories: seen }], CATEGORY_ORDER);
  const line = (cells: unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;
  yield line([...CSV_FIXED_COLUMNS, ...categories.map((key) => `category:${key}`), ...CSV_TRAILING_COLUMNS]);
  for await (const row of storedEntries(storage, query)) {
    const entry = JSON.parse(row.entry) as Record<string, unknown>;
    const states = (entry['categories'] ?? {}) as Record<string, unknown>;
    yield line([
      ...CSV_FIXED_COLUMNS.map((column) => entry[column]),
      ...categories.map((key) => states[key]),
      ...CSV_TRAILING_COLUMNS.map((column) => entry[column]),
    ]);
  }
}
