/**
 * One query layer (Kysely) over two databases: SQLite through better-sqlite3
 * (the default, a single file, zero set-up) and PostgreSQL through pg (for
 * sites that outgrow one machine). The same queries run on both.
 */
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.js';

export type StoredStatus = 'accepted' | 'gap' | 'fork';
export type FlagKind = 'gap' | 'fork';

/** One received log entry; (consent_id, seq) is the primary key. */
export interface EntriesTable {
  consent_id: string;
  seq: number;
  hash: string;
  prev_hash: string;
  text_hash: string;
  /** The entry's canonical JSON exactly as hashed, so exports verify byte for byte. */
  entry: string;
  /** ISO-8601 UTC, the collector's clock; retention and export ranges use it. */
  received_at: string;
  status: StoredStatus;
  /** Only with --store-ip truncated: the /24 or /48 network. */
  ip: string | null;
}

/**
 * Entries that did not fit the chain. A fork on an occupied (consent_id, seq)
 * lives only here (in_entries = 0; exports put it after the entry holding the
 * slot); a gap, or a fork found through prevHash, is also in `entries` (in_entries = 1).
 */
export interface FlagsTable {
  consent_id: string;
  seq: number;
  hash: string;
  kind: FlagKind;
  problem: string;
  entry: string;
  text_hash: string;
  received_at: string;
  in_entries: number;
  ip: string | null;
}

/** The exact texts visitors were shown, filed under their SHA-256. */
export interface TextsTable {
  hash: string;
  text: string;
  received_at: string;
}

/** Where a consent ID's chain continues after the retention purge removed its oldest entries. */
export interface AnchorsTable {
  consent_id: string;
  seq: number;
  hash: string;
  purged_at: string;
  purged: number;
}

/** The category (`analytics`) and service (`analytics/ga4`) names learned from archived texts. */
export interface SiteNamesTable {
  name: string;
  kind: 'category' | 'service';
  learned_at: string;
}

export interface CollectorTables {
  entries: EntriesTable;
  flags: FlagsTable;
  texts: TextsTable;
  anchors: AnchorsTable;
  site_names: SiteNamesTable;
}

export type CollectorDb = Kysely<CollectorTables>;

export interface Storage {
  db: CollectorDb;
  dialect: 'sqlite' | 'postgres';
  /** For logs: the file, or the PostgreSQL host and database without credentials. */
  description: string;
  /** A warning worth logging, e.g. a database file others can read. */
  warning?: string | undefined;
  close(): Promise<void>;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

function describePostgres(target: string): string {
  try {
    const url = new URL(target);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return 'postgres';
  }
}

export interface OpenOptions {
  /** Refuse a SQLite file that does not exist yet (the export command must not create an empty database). */
  mustExist?: boolean;
  /** Called with pool errors (a dropped idle PostgreSQL connection), which must not crash the process. */
  onPoolError?: (error: Error) => void;
}

/** Opens the database and brings its schema up to date. */
export async function openStorage(target: string, options: OpenOptions = {}): Promise<Storage> {
  let storage: Storage;
  if (isPostgresUrl(target)) {
    const pool = new pg.Pool({ connectionString: target, max: 10, connectionTimeoutMillis: 10_000 });
    pool.on('error', (error) => options.onPoolError?.(error));
    storage = {
      db: new Kysely<CollectorTables>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      description: describePostgres(target),
      close: async () => storage.db.destroy(),
    };
  } else {
    const inFile = target !== ':memory:' && !target.startsWith('file:');
    if (options.mustExist && inFile && !existsSync(target)) throw new Error(`no database at ${target}`);
    // Created 0600 like the signing key: it holds every visitor's decisions. SQLite gives its -wal and -shm
    // files the database file's mode.
    if (inFile && !existsSync(target)) closeSync(openSync(target, 'a', 0o600));
    const mode = inFile ? statSync(target).mode & 0o777 : 0o600;
    const sqlite = new Database(target, { timeout: 10_000 });
    // WAL lets the export command read while the server writes. FULL makes each
    // commit durable before its receipt is signed: a receipt is a promise.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    storage = {
      db: new Kysely<CollectorTables>({ dialect: new SqliteDialect({ database: sqlite }) }),
      dialect: 'sqlite',
      description: target,
      warning: mode & 0o077 ? `the database ${target} can be read by other users (mode ${mode.toString(8)}): chmod 600 it` : undefined,
      close: async () => storage.db.destroy(),
    };
  }
  try {
    let schema: string | undefined;
    if (storage.dialect === 'postgres') {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(storage.db);
      schema = rows[0]?.schema ?? undefined;
      if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path of this database user');
    }
    await migrateToLatest(storage.db, schema);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}
