/**
 * The auditor's export from the collector, in the browser's formats: JSON
 * (`cookie-consent-log/1`, so the same verifier works) and CSV (the same
 * columns). Both are produced as a stream of chunks, reading the database a
 * page at a time, so a large export never sits in memory whole.
 */
import { CSV_FIXED_COLUMNS, CSV_TRAILING_COLUMNS, buildJsonExport, csvCategories, csvCell } from '../core/export.js';
import { verifyChain, type ChainAnchor, type ChainHead, type ChainProblem, type LogEntry, type VerificationResult } from '../core/log.js';
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

interface StoredRow {
  consent_id: string;
  seq: number;
  entry: string;
}

/** The matching entries ordered by consent ID then seq, read by keyset pages (no long-held cursor or lock). */
async function* storedEntries(storage: Storage, query: ExportQuery): AsyncGenerator<StoredRow> {
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
    for (const row of page) yield { consent_id: row.consent_id, seq: Number(row.seq), entry: row.entry };
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
  async add(consentId: string, entry: LogEntry): Promise<void> {
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
    for (const { seq, problem } of result.problems) {
      if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ seq, problem: `consentId ${consentId}: ${problem}` });
      else this.unlisted++;
    }
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
    await verification.add(row.consent_id, entry);
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
